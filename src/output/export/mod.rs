//! Exports for the learning platform a school already runs: a course as a SCORM 1.2 package,
//! and quizzes as question banks (GIFT and Moodle XML). Like every output, they take the
//! prepared site (`pipeline::prepare`) and return bytes; they never read the file system.

pub mod bank;
pub mod gift;
mod links;
pub mod moodle_xml;
pub mod scorm;
pub mod text;

use crate::content::Course;
use crate::diagnostic::{count_errors, Diagnostic};
use crate::output::site::LocaleSite;
use crate::pipeline::{self, Prepared};
use crate::text::markdown::Edition;

/// A question-bank format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankFormat {
    Gift,
    MoodleXml,
}

impl BankFormat {
    pub fn extension(self) -> &'static str {
        match self {
            BankFormat::Gift => "gift",
            BankFormat::MoodleXml => "xml",
        }
    }
}

/// Why an export could not be made.
pub enum ExportError {
    /// A wrong `--course` or `--locale` (a usage error).
    Usage(String),
    /// The content has errors (rendering found them).
    Content(Vec<Diagnostic>),
}

/// The locale site named `locale`.
pub fn find_locale<'p>(prepared: &'p Prepared, locale: &str) -> Result<&'p LocaleSite, ExportError> {
    prepared.sites.iter().find(|s| s.locale == locale).ok_or_else(|| {
        let known: Vec<&str> = prepared.sites.iter().map(|s| s.locale.as_str()).collect();
        ExportError::Usage(format!("no locale `{locale}` (the site has: {})", known.join(", ")))
    })
}

/// The courses an export covers: the one named, or all.
pub fn find_courses<'s>(site: &'s LocaleSite, course: Option<&str>) -> Result<Vec<&'s Course>, ExportError> {
    let courses = &site.cur.courses;
    match course {
        None => Ok(courses.iter().collect()),
        Some(id) => match courses.iter().find(|c| c.doc.meta.id == id) {
            Some(c) => Ok(vec![c]),
            None => {
                let known: Vec<&str> = courses.iter().map(|c| c.doc.meta.id.as_str()).collect();
                Err(ExportError::Usage(format!("no course `{id}` (the site has: {})", known.join(", "))))
            }
        },
    }
}

/// The question bank of `course` (or every course) in `locale`, and a warning for each
/// question left out or changed. `read` reads the site's images (Moodle XML embeds them).
pub fn question_bank(
    prepared: &Prepared,
    format: BankFormat,
    course: Option<&str>,
    locale: &str,
    read: moodle_xml::ReadFile<'_>,
) -> Result<(String, Vec<Diagnostic>), ExportError> {
    let site = find_locale(prepared, locale)?;
    let courses = find_courses(site, course)?;
    let images = match format {
        BankFormat::MoodleXml => text::Images::Embed,
        BankFormat::Gift => text::base_url(&site.cur).map_or(text::Images::Alt, text::Images::Link),
    };
    let text = text::BankText::new(&site.cur, locale, &prepared.static_files, images);
    let quizzes = bank::quizzes(&site.cur, &courses, course.is_none(), &text);
    if quizzes.is_empty() {
        // An empty bank imports as nothing (and GIFT parsers reject an empty file).
        let whose = course.map_or_else(|| "the site".to_string(), |id| format!("course `{id}`"));
        return Err(ExportError::Usage(format!(
            "{whose} has no quizzes, so there is no question bank to export; a chapter's quizzes are its \
             `quiz:` and `reflections:` and the quizzes its text links (`[the quiz](quiz:ID)`)"
        )));
    }
    let (bank, mut problems) = match format {
        BankFormat::Gift => gift::gift(&quizzes, &text, locale),
        BankFormat::MoodleXml => moodle_xml::moodle_xml(&quizzes, &text, locale, read),
    };
    crate::diagnostic::normalize(&mut problems);
    if count_errors(&problems) > 0 {
        return Err(ExportError::Content(problems));
    }
    Ok((bank, problems))
}

/// The SCORM package of `course` in `locale` and `edition`: the site rendered in memory with each
/// chapter's quiz embedded in its page, then packaged. Rendering errors stop it; warnings about
/// the site as a whole (unused files, ...) do not concern the package.
pub fn scorm_package(
    mut prepared: Prepared,
    course: &str,
    locale: &str,
    edition: Edition,
) -> Result<scorm::Package, ExportError> {
    find_courses(find_locale(&prepared, locale)?, Some(course))?;
    // Only this locale is rendered (and the default one, which fallback notices link to).
    let default = prepared.sites[0].locale.clone();
    prepared.sites.retain(|s| s.locale == default || s.locale == locale);
    for site in &mut prepared.sites {
        scorm::embed_quizzes(&mut site.cur, course);
    }
    let rendered = pipeline::render_prepared(prepared, &pipeline::Options { edition, ..Default::default() });
    let errors: Vec<Diagnostic> = rendered.problems.iter().filter(|d| d.is_error()).cloned().collect();
    if count_errors(&errors) > 0 {
        let mut errors = errors;
        crate::diagnostic::normalize(&mut errors);
        return Err(ExportError::Content(errors));
    }
    let Some(prepared) = rendered.prepared else {
        return Err(ExportError::Content(rendered.problems));
    };
    let site = find_locale(&prepared, locale)?;
    let course = find_courses(site, Some(course))?[0];
    Ok(scorm::package(&site.cur, course, locale, rendered.files, &prepared.static_files))
}
