//! Line and column of byte offsets, in time linear in the file's size.
//!
//! A chapter with many links asks for the position of each; counting from the start of the file
//! every time made large files quadratic. The index finds the line by binary search over the
//! line starts, and counts columns from the previous answer when it lies earlier on the same
//! line (answers are mostly asked in order), so even a single 5 MB line stays linear.

use std::cell::Cell;

pub struct LineIndex<'a> {
    text: &'a str,
    first_line: usize,
    /// Byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
    /// The last answer: (offset, 0-based line, 1-based column).
    last: Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`, whose first line is line `first_line` of its file.
    pub fn new(text: &'a str, first_line: usize) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|i| i + 1));
        LineIndex { text, first_line, starts, last: Cell::new((0, 0, 1)) }
    }

    /// 1-based (line, column) of byte `offset`; columns count characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && last_offset <= offset {
            last_column + self.text[last_offset..offset].chars().count()
        } else {
            1 + self.text[self.starts[line]..offset].chars().count()
        };
        self.last.set((offset, line, column));
        (self.first_line + line, column)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    // Every chapter is indexed when it is parsed and rendered: a byte loop was 2.7 % of a build.
    memchr::memchr_iter(b'\n', text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn positions_match_counting_from_the_start() {
        let text = "ab\nçé x\n\nlast line";
        let index = LineIndex::new(text, 3);
        let expected = |offset: usize| crate::source::line_col(text, offset, 3);
        // In order, backwards and repeated, so the cached answer is exercised every way.
        let offsets: Vec<usize> =
            (0..=text.len()).filter(|&o| text.is_char_boundary(o)).chain((0..text.len()).rev()).collect();
        for offset in offsets.into_iter().filter(|&o| text.is_char_boundary(o)) {
            assert_eq!(index.position(offset), expected(offset), "offset {offset}");
        }
    }
}
