//! Deserializing typed values from a positioned [`Tree`](super::Tree) with serde. Errors carry
//! the node they belong to; unknown fields are collected (not fatal) so that one pass reports
//! them all; nodes that failed can be skipped on a retry.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::{is_null, Node, Pos, Style, Value};
use crate::diagnostic::Diagnostic;

/// Shared state of one deserialization: unknown fields found so far, nodes to skip on retry.
#[derive(Default)]
pub(super) struct Ctx {
    pub(super) unknown: RefCell<BTreeMap<Pos, Diagnostic>>,
    pub(super) skip: RefCell<HashSet<usize>>,
    /// Keys of skipped entries, by the id of their mapping.
    pub(super) skipped_keys: RefCell<HashMap<usize, Vec<String>>>,
    pub(super) file: RefCell<String>,
}

impl Ctx {
    pub(super) fn skipped_key(&self, map: usize, field: &str) -> bool {
        self.skipped_keys.borrow().get(&map).is_some_and(|keys| keys.iter().any(|k| k == field))
    }
}

/// A deserialization error at a node.
#[derive(Debug)]
pub struct Error {
    pub(super) message: String,
    pub(super) pos: Option<Pos>,
    /// The node the error belongs to (`usize::MAX` until known).
    pub(super) node: usize,
    pub(super) missing_field: Option<String>,
    /// The key whose value failed, named in the message.
    pub(super) field: Option<String>,
    /// How to fix it, when the error knows better than its message's kind.
    pub(super) hint: Option<Box<str>>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error { message: msg.to_string(), pos: None, node: usize::MAX, missing_field: None, field: None, hint: None }
    }
    fn missing_field(field: &'static str) -> Self {
        Error { missing_field: Some(field.to_string()), ..Error::custom(format!("missing field `{field}`")) }
    }
    fn invalid_type(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Error::custom(format!("expected {}, found {}", plain_expected(expected), plain_unexpected(unexpected)))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let allowed = match expected {
            [] => "no values are allowed here".to_string(),
            [one] => format!("expected `{one}`"),
            [rest @ .., last] => {
                format!("expected {} or `{last}`", rest.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", "))
            }
        };
        Error::custom(format!("unknown value `{}`, {allowed}", crate::text::shorten(variant, 60)))
    }
    fn invalid_value(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Error::custom(format!("expected {}, found {}", plain_expected(expected), plain_unexpected(unexpected)))
    }
}

/// What a field expects, in the words of someone editing YAML rather than Rust's type names.
fn plain_expected(expected: &dyn de::Expected) -> String {
    let written = expected.to_string();
    match written.as_str() {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a boolean" => "`true` or `false`".into(),
        "a sequence" => "a list (lines starting with `- `)".into(),
        "a map" => "a mapping (`key: value` lines)".into(),
        "a string" | "a borrowed string" => "text".into(),
        "a character" => "a single character".into(),
        other if other.starts_with("struct ") => "a mapping (`key: value` lines)".into(),
        other if other.starts_with("enum ") => "one of the allowed values".into(),
        other if other.starts_with("tuple") => "a list".into(),
        _ => written,
    }
}

/// What was found, quoting the author's value (cut short) rather than describing its Rust type.
fn plain_unexpected(unexpected: de::Unexpected<'_>) -> String {
    match unexpected {
        de::Unexpected::Str("") => "empty text".into(),
        de::Unexpected::Str(s) => format!("`{}`", crate::text::shorten(s, 60)),
        de::Unexpected::Bool(b) => format!("`{b}`"),
        de::Unexpected::Signed(i) => format!("the number {i}"),
        de::Unexpected::Unsigned(u) => format!("the number {u}"),
        de::Unexpected::Float(f) => format!("the number {f}"),
        de::Unexpected::Unit => "nothing (an empty value)".into(),
        de::Unexpected::Seq => "a list".into(),
        de::Unexpected::Map => "a mapping".into(),
        other => other.to_string(),
    }
}

/// Text with `: ` in it, unquoted (`- Handouts: Stage 1 and 2`), which YAML reads as a mapping
/// of one key: the error is at the `: `, with the text quoted as it should be written.
fn text_read_as_mapping(entries: &[(Node, Node)]) -> Option<Error> {
    let [(key, value)] = entries else { return None };
    let (Value::Scalar(k, Style::Plain), Value::Scalar(v, Style::Plain)) = (&key.value, &value.value) else {
        return None;
    };
    let text = if is_null(v) { format!("{k}:") } else { format!("{k}: {v}") };
    Some(Error {
        pos: Some(Pos { line: key.pos.line, column: key.pos.column + k.chars().count() }),
        hint: Some(format!("put the whole text in quotes: {}", super::syntax::quoted(&text)).into()),
        ..de::Error::custom("expected text, found a `key: value` pair: YAML reads text with `: ` in it as one")
    })
}

impl Error {
    fn at(mut self, node: &Node) -> Self {
        // The innermost node is the one that failed; an error may know a finer position in it.
        if self.node == usize::MAX {
            self.node = node.id;
            self.pos.get_or_insert(node.pos);
        }
        self
    }
}

pub(super) struct De<'a> {
    pub(super) node: &'a Node,
    pub(super) ctx: &'a Ctx,
}

impl<'a> De<'a> {
    fn scalar(&self) -> Result<(&'a str, bool), Error> {
        match &self.node.value {
            Value::Scalar(s, style) => Ok((s, *style != Style::Plain)),
            Value::Seq(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &"a single value")),
            Value::Map(_) => Err(de::Error::invalid_type(de::Unexpected::Map, &"a single value")),
        }
    }

    fn unexpected(&self) -> de::Unexpected<'a> {
        match &self.node.value {
            Value::Scalar(s, Style::Quoted | Style::Block) => de::Unexpected::Str(s),
            Value::Scalar(s, Style::Plain) => match resolve(s) {
                Resolved::Null => de::Unexpected::Unit,
                Resolved::Bool(b) => de::Unexpected::Bool(b),
                Resolved::Int(i) => de::Unexpected::Signed(i),
                Resolved::UInt(u) => de::Unexpected::Unsigned(u),
                Resolved::Float(f) => de::Unexpected::Float(f),
                Resolved::Str => de::Unexpected::Str(s),
            },
            Value::Seq(_) => de::Unexpected::Seq,
            Value::Map(_) => de::Unexpected::Map,
        }
    }

    fn entries(&self) -> Vec<&'a (Node, Node)> {
        let skip = self.ctx.skip.borrow();
        match &self.node.value {
            Value::Map(entries) => {
                let kept: Vec<&(Node, Node)> =
                    entries.iter().filter(|(k, v)| !skip.contains(&k.id) && !skip.contains(&v.id)).collect();
                if kept.len() < entries.len() {
                    let keys = entries
                        .iter()
                        .filter(|(k, v)| skip.contains(&k.id) || skip.contains(&v.id))
                        .filter_map(|(k, _)| k.as_str().map(str::to_string))
                        .collect();
                    self.ctx.skipped_keys.borrow_mut().insert(self.node.id, keys);
                }
                kept
            }
            _ => Vec::new(),
        }
    }
}

enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str,
}

/// The YAML 1.2 core schema's reading of a plain scalar.
fn resolve(s: &str) -> Resolved {
    if is_null(s) {
        return Resolved::Null;
    }
    match s {
        "true" | "True" | "TRUE" => return Resolved::Bool(true),
        "false" | "False" | "FALSE" => return Resolved::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Resolved::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Resolved::Float(f64::NAN),
        _ => {}
    }
    let unsigned = s.strip_prefix('+').unwrap_or(s);
    if let Some(hex) = unsigned.strip_prefix("0x") {
        if let Ok(u) = u64::from_str_radix(hex, 16) {
            return Resolved::UInt(u);
        }
    }
    if let Some(oct) = unsigned.strip_prefix("0o") {
        if let Ok(u) = u64::from_str_radix(oct, 8) {
            return Resolved::UInt(u);
        }
    }
    let digits = unsigned.strip_prefix('-').unwrap_or(unsigned);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(u) = unsigned.parse::<u64>() {
            return Resolved::UInt(u);
        }
        if let Ok(i) = unsigned.parse::<i64>() {
            return Resolved::Int(i);
        }
    }
    let looks_numeric = digits.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if looks_numeric {
        if let Ok(f) = s.parse::<f64>() {
            return Resolved::Float(f);
        }
    }
    Resolved::Str
}

macro_rules! deserialize_number {
    ($($method:ident => $visit:ident : $ty:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let node = self.node;
            let result = (|| {
                let (s, quoted) = self.scalar()?;
                if quoted {
                    return Err(de::Error::invalid_type(de::Unexpected::Str(s), &visitor));
                }
                let parsed = match resolve(s) {
                    Resolved::UInt(u) => <$ty>::try_from(u).ok(),
                    Resolved::Int(i) => <$ty>::try_from(i).ok(),
                    _ => None,
                };
                match parsed {
                    Some(n) => visitor.$visit(n),
                    None => match resolve(s) {
                        Resolved::UInt(u) => Err(de::Error::invalid_value(de::Unexpected::Unsigned(u), &visitor)),
                        Resolved::Int(i) => Err(de::Error::invalid_value(de::Unexpected::Signed(i), &visitor)),
                        _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
                    },
                }
            })();
            result.map_err(|e: Error| e.at(node))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Scalar(s, Style::Quoted | Style::Block) => visitor.visit_str(s),
            Value::Scalar(s, Style::Plain) => match resolve(s) {
                Resolved::Null => visitor.visit_unit(),
                Resolved::Bool(b) => visitor.visit_bool(b),
                Resolved::Int(i) => visitor.visit_i64(i),
                Resolved::UInt(u) => visitor.visit_u64(u),
                Resolved::Float(f) => visitor.visit_f64(f),
                Resolved::Str => visitor.visit_str(s),
            },
            Value::Seq(_) => self.deserialize_seq(visitor),
            Value::Map(_) => self.deserialize_map(visitor),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Scalar(s, Style::Plain) => match resolve(s) {
                Resolved::Bool(b) => visitor.visit_bool(b),
                _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
            },
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    deserialize_number!(
        deserialize_i8 => visit_i8: i8, deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32, deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8, deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32, deserialize_u64 => visit_u64: u64
    );

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Scalar(s, Style::Plain) => match resolve(s) {
                Resolved::Float(f) => visitor.visit_f64(f),
                Resolved::UInt(u) => visitor.visit_f64(u as f64),
                Resolved::Int(i) => visitor.visit_f64(i as f64),
                _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
            },
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        // A plain scalar read as text is its text (`title: 2030` is the text "2030").
        let result: Result<V::Value, Error> =
            match &node.value {
                Value::Scalar(s, _) => visitor.visit_str(s),
                Value::Map(entries) => Err(text_read_as_mapping(entries)
                    .unwrap_or_else(|| de::Error::invalid_type(self.unexpected(), &visitor))),
                Value::Seq(_) => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
            };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        match &node.value {
            Value::Scalar(s, Style::Plain) if is_null(s) => visitor.visit_none().map_err(|e: Error| e.at(node)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Scalar(s, Style::Plain) if is_null(s) => visitor.visit_unit(),
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        visitor.visit_newtype_struct(self).map_err(|e| e.at(node))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Seq(items) => {
                let skip = self.ctx.skip.borrow().clone();
                let kept: Vec<&Node> = items.iter().filter(|i| !skip.contains(&i.id)).collect();
                visitor.visit_seq(Seq { items: kept.into_iter(), ctx: self.ctx })
            }
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Map(_) => {
                visitor.visit_map(Map { entries: self.entries().into_iter(), key: None, value: None, ctx: self.ctx })
            }
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let node = self.node;
        if !matches!(node.value, Value::Map(_)) {
            return Err(de::Error::invalid_type(self.unexpected(), &visitor)).map_err(|e: Error| e.at(node));
        }
        // Every unknown field is reported (at its key) and left out, so the others are still read.
        let mut known = Vec::new();
        for entry in self.entries() {
            let key = entry.0.as_str().unwrap_or_default();
            if fields.contains(&key) {
                known.push(entry);
            } else {
                let message = format!("unknown field `{key}`");
                let known = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
                let hint = match crate::diagnostic::suggest(key, fields.iter().copied()) {
                    Some(s) => {
                        // The misspelt key stands for `s`: a "missing field `s`" error of this
                        // mapping would be the same mistake reported twice.
                        self.ctx.skipped_keys.borrow_mut().entry(node.id).or_default().push(s.to_string());
                        format!("did you mean `{s}`?")
                    }
                    None if fields.is_empty() => "remove the field: this entry has no fields".to_string(),
                    None => format!("check the spelling, or remove the field; the fields here are {known}"),
                };
                let file = self.ctx.file.borrow().clone();
                self.ctx.unknown.borrow_mut().entry(entry.0.pos).or_insert_with(|| {
                    Diagnostic::error(file, entry.0.pos.line, entry.0.pos.column, message).with_hint(hint)
                });
            }
        }
        visitor
            .visit_map(Map { entries: known.into_iter(), key: None, value: None, ctx: self.ctx })
            .map_err(|e| e.at(node))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let node = self.node;
        let result: Result<V::Value, Error> = match &node.value {
            Value::Scalar(s, _) => visitor.visit_enum(s.as_str().into_deserializer()),
            Value::Map(entries) if entries.len() == 1 => {
                visitor.visit_enum(Enum { key: &entries[0].0, value: &entries[0].1, ctx: self.ctx })
            }
            _ => Err(de::Error::invalid_type(self.unexpected(), &visitor)),
        };
        result.map_err(|e| e.at(node))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

struct Seq<'a, I: Iterator<Item = &'a Node>> {
    items: I,
    ctx: &'a Ctx,
}

impl<'de, 'a, I: Iterator<Item = &'a Node>> de::SeqAccess<'de> for Seq<'a, I> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(node) => seed.deserialize(De { node, ctx: self.ctx }).map(Some).map_err(|e| e.at(node)),
            None => Ok(None),
        }
    }
}

struct Map<'a, I: Iterator<Item = &'a (Node, Node)>> {
    entries: I,
    key: Option<&'a Node>,
    value: Option<&'a Node>,
    ctx: &'a Ctx,
}

impl<'de, 'a, I: Iterator<Item = &'a (Node, Node)>> de::MapAccess<'de> for Map<'a, I> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.key = Some(key);
                self.value = Some(value);
                seed.deserialize(De { node: key, ctx: self.ctx }).map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Error> {
        let node = self.value.take().ok_or_else(|| <Error as de::Error>::custom("value without a key"))?;
        // An error from a type's own parsing (a duration, a time) has no position yet: it is
        // this value's.
        seed.deserialize(De { node, ctx: self.ctx }).map_err(|e| e.at(node)).map_err(|mut e| {
            if e.field.is_none() && e.pos == Some(node.pos) {
                e.field = self.key.and_then(|k| k.as_str()).map(str::to_string);
            }
            e
        })
    }
}

struct Enum<'a> {
    key: &'a Node,
    value: &'a Node,
    ctx: &'a Ctx,
}

impl<'de, 'a> de::EnumAccess<'de> for Enum<'a> {
    type Error = Error;
    type Variant = De<'a>;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, De<'a>), Error> {
        let variant = seed.deserialize(De { node: self.key, ctx: self.ctx })?;
        Ok((variant, De { node: self.value, ctx: self.ctx }))
    }
}

impl<'de> de::VariantAccess<'de> for De<'_> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_struct(self, "", fields, visitor)
    }
}
