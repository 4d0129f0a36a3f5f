//! The Typst "world" of one book: the generated document, the theme's `book.typ`, the images the
//! book uses and the fonts found. Nothing else exists in it: no file system, no packages, no
//! network, no clock (the PDF carries no date, so the same input gives the same bytes).

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::Fonts;

pub(crate) const MAIN: &str = "/main.typ";
pub(crate) const THEME: &str = "/book.typ";

pub(crate) fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

pub(crate) struct BookWorld<'a> {
    library: LazyHash<Library>,
    fonts: &'a Fonts,
    main: Source,
    theme: Source,
    files: HashMap<FileId, Bytes>,
}

impl<'a> BookWorld<'a> {
    /// `files` are (path from the site root, bytes): the images the document uses.
    /// `inputs` are what the theme reads from `sys.inputs` (the brand's `accent` colour).
    pub fn new(
        main: String,
        theme: String,
        files: Vec<(String, Vec<u8>)>,
        inputs: &[(&str, String)],
        fonts: &'a Fonts,
    ) -> Option<BookWorld<'a>> {
        let files = files
            .into_iter()
            .filter_map(|(path, bytes)| Some((file_id(&format!("/{path}"))?, Bytes::new(bytes))))
            .collect();
        Some(BookWorld {
            library: LazyHash::new(
                Library::builder()
                    .with_inputs(
                        inputs
                            .iter()
                            .map(|(k, v)| ((*k).into(), typst::foundations::IntoValue::into_value(v.as_str())))
                            .collect(),
                    )
                    .build(),
            ),
            fonts,
            main: Source::new(file_id(MAIN)?, main),
            theme: Source::new(file_id(THEME)?, theme),
            files,
        })
    }

    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for BookWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.theme.id() {
            Ok(self.theme.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_with_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        self.source(id).map(Bytes::from_string)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
