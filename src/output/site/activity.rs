//! Activities (quizzes, worksheets, self-assessments, frameworks): their own pages, and the
//! same HTML embedded in a chapter.

use super::*;
use crate::text::markdown::Edition;

/// An item shown as an activity: on its own page, or in place where a chapter links it alone.
#[derive(Clone, Copy)]
pub(crate) enum ActivityRef<'c> {
    Quiz(&'c Quiz),
    Worksheet(&'c Worksheet),
    Assessment(&'c Assessment),
    Framework(&'c crate::content::Framework),
}

impl<'c> ActivityRef<'c> {
    pub(crate) fn find(cur: &'c Curriculum, kind: Kind, id: &str) -> Option<ActivityRef<'c>> {
        match kind {
            Kind::Quiz => cur.quizzes.iter().find(|q| q.id == id).map(ActivityRef::Quiz),
            Kind::Worksheet => cur.worksheets.iter().find(|w| w.id == id).map(ActivityRef::Worksheet),
            Kind::Assessment => cur.assessments.iter().find(|a| a.id == id).map(ActivityRef::Assessment),
            Kind::Framework => cur.frameworks.iter().find(|f| f.id == id).map(ActivityRef::Framework),
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery | Kind::Setup => None,
        }
    }

    fn entry(self) -> &'c dyn crate::content::Entry {
        match self {
            ActivityRef::Quiz(q) => q,
            ActivityRef::Worksheet(w) => w,
            ActivityRef::Assessment(a) => a,
            ActivityRef::Framework(f) => f,
        }
    }
}

pub(crate) fn render_activity_page(
    r: &Renderer<'_>,
    activity: ActivityRef<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    let locale = r.locale();
    let entry = activity.entry();
    let id = entry.id();
    let url = urls::item(locale, entry.kind(), id)?;
    let to_root = urls::to_root(&url);
    let html = activity_html(r, activity, &url, false, problems)?;
    let title = entry.title();
    // The chapter that uses the activity, for the breadcrumb and a way back.
    let used_by = r.index.cur.courses.iter().flat_map(|c| c.chapters.iter().map(move |ch| (c, ch))).find(|(_, ch)| {
        ch.meta.quiz.as_deref() == Some(id)
            || ch.meta.reflections.as_deref() == Some(id)
            || ch.meta.worksheets.iter().any(|w| w == id)
            || ch.meta.assessments.iter().any(|a| a == id)
    });
    let mut crumbs = vec![r.home_crumb(&url)];
    let mut course_index = None;
    if let Some((course, ch)) = used_by {
        course_index = r.index.cur.courses.iter().position(|c| c.doc.meta.id == course.doc.meta.id);
        crumbs.push(Link {
            url: format!("{to_root}{}", urls::course(locale, &course.doc.meta.id)),
            title: course.doc.meta.title.clone(),
            number: None,
            current: false,
            lang: None,
        });
        crumbs.push(Link {
            url: format!("{to_root}{}", urls::chapter(locale, &course.doc.meta.id, &ch.meta.id)),
            title: ch.meta.title.clone(),
            number: None,
            current: false,
            lang: None,
        });
    }
    let mut context = Context::new();
    context.insert("activity_html", &html);
    let mut page = r.page(&url, title, crumbs, course_index, used_by.map(|(_, ch)| ch.meta.id.as_str()));
    page.needs_activity = true;
    page.needs_assessment = matches!(activity, ActivityRef::Assessment(_));
    r.mark_origin(&mut page, entry.origin());
    r.emit("activity.html", &url, page, context, problems)
}

/// The HTML of an activity, for its own page or embedded in another.
pub(crate) fn activity_html(
    r: &Renderer<'_>,
    activity: ActivityRef<'_>,
    page_url: &str,
    embedded: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let mut context = Context::new();
    context.insert("embedded", &embedded);
    context.insert("locale", r.locale());
    context.insert("edition", &r.input.edition);
    // Embedded in a page of the locale's language, an untranslated activity says its own (its
    // own page says it around the whole content, as for any untranslated page).
    context.insert("lang", &embedded.then(|| r.lang_of(activity.entry().origin())).flatten());
    let template = match activity {
        ActivityRef::Quiz(quiz) => {
            context.insert("quiz", &quiz_view(r, quiz, page_url, problems));
            "partials/quiz.html"
        }
        ActivityRef::Framework(framework) => {
            context.insert("framework", &framework_view(r, framework, page_url, problems));
            "partials/framework.html"
        }
        ActivityRef::Worksheet(sheet) => {
            context.insert("sheet", &worksheet_view(r, sheet, page_url, problems));
            "partials/worksheet.html"
        }
        ActivityRef::Assessment(assessment) => {
            context.insert("assessment", &assessment_view(r, assessment, page_url, problems));
            "partials/assessment.html"
        }
    };
    match r.tera.render(template, &context) {
        Ok(html) => Some(html),
        Err(e) => {
            problems.push(template_error(r.theme, &e));
            None
        }
    }
}

#[derive(Serialize)]
pub(crate) struct QuizView {
    id: String,
    title: String,
    intro: Option<String>,
    pass_mark: u32,
    graded: bool,
    total: u32,
    questions: Vec<QuestionView>,
    /// JSON for the grading script.
    answer_key: String,
}

#[derive(Serialize)]
struct AnswerKey<'a> {
    id: &'a str,
    #[serde(rename = "passMark")]
    pass_mark: u32,
    total: u32,
    questions: Vec<Answer<'a>>,
}

#[derive(Serialize)]
struct QuestionView {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    graded: bool,
    points: u32,
    prompt: String,
    options: Vec<OptionView>,
    answer_bool: Option<bool>,
    answer_number: Option<f64>,
    tolerance: Option<f64>,
    accept: Vec<String>,
    items_shown: Vec<String>,
    items_correct: Vec<String>,
    pairs: Vec<PairView>,
    rights_shown: Vec<String>,
    explanation: Option<String>,
    guidance: Option<String>,
    /// Facilitator edition only.
    model_answer: Option<String>,
}

#[derive(Serialize)]
struct OptionView {
    html: String,
    correct: bool,
    feedback: Option<String>,
}

#[derive(Serialize)]
struct PairView {
    left: String,
    right: String,
}

/// What the grading script needs of a question (sent with the page; never the feedback text).
#[derive(Serialize)]
struct Answer<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    points: u32,
    #[serde(flatten)]
    expected: Expected<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Expected<'a> {
    /// Indexes of the correct options.
    Choices {
        correct: Vec<usize>,
    },
    Bool {
        correct: Option<bool>,
    },
    Text {
        accept: &'a [String],
    },
    Number {
        value: Option<f64>,
        tolerance: f64,
    },
    /// For each item in its correct position, its index as shown.
    Order {
        order: Vec<usize>,
    },
    /// For each left side, the index of its right side as shown.
    Pairs {
        pairs: Vec<usize>,
    },
    Nothing {},
}

impl QuizView {
    /// Whether the answer key has something to say about the quiz: an answer, an explanation
    /// or guidance.
    pub(crate) fn has_answers(&self) -> bool {
        self.questions.iter().any(|q| q.graded || q.explanation.is_some() || q.guidance.is_some())
    }
}

pub(crate) fn quiz_view(r: &Renderer<'_>, quiz: &Quiz, url: &str, problems: &mut Vec<Diagnostic>) -> QuizView {
    quiz_view_with(r, quiz, &|text, problems| r.inline(text, &quiz.path, url, problems), problems)
}

/// [`quiz_view`] with its own inline Markdown (the print book's links stay in the book).
pub(crate) fn quiz_view_with(
    r: &Renderer<'_>,
    quiz: &Quiz,
    inline: &dyn Fn(&str, &mut Vec<Diagnostic>) -> String,
    problems: &mut Vec<Diagnostic>,
) -> QuizView {
    let mut answers = Vec::new();
    let questions: Vec<QuestionView> = quiz
        .questions
        .iter()
        .map(|q| {
            let (view, answer) = question_view(r.input.edition, quiz, q, inline, problems);
            answers.push(answer);
            view
        })
        .collect();
    let graded = quiz.questions.iter().any(|q| q.kind.is_graded());
    let total: u32 = quiz.questions.iter().map(Question::points).sum();
    let key = AnswerKey { id: &quiz.id, pass_mark: quiz.pass_mark, total, questions: answers };
    QuizView {
        id: quiz.id.clone(),
        title: quiz.title.clone(),
        intro: quiz.intro.as_ref().map(|t| inline(t, problems)),
        pass_mark: quiz.pass_mark,
        graded,
        total,
        questions,
        answer_key: script_json(&key),
    }
}

/// A question's view for the template, and its answer key for the browser script.
fn question_view<'q>(
    edition: Edition,
    quiz: &Quiz,
    q: &'q Question,
    inline: &dyn Fn(&str, &mut Vec<Diagnostic>) -> String,
    problems: &mut Vec<Diagnostic>,
) -> (QuestionView, Answer<'q>) {
    let options: Vec<OptionView> = q
        .options
        .iter()
        .map(|o| OptionView {
            html: inline(&o.text, problems),
            correct: o.correct,
            feedback: o.feedback.as_ref().map(|f| inline(f, problems)),
        })
        .collect();
    let seed = format!("{}/{}", quiz.id, q.id);
    let order = shuffled(q.items.len(), &seed);
    let items_shown = order.iter().map(|&i| inline(&q.items[i], problems)).collect();
    let rights_order = shuffled(q.pairs.len(), &seed);
    let view = QuestionView {
        id: q.id.clone(),
        kind: q.kind.name(),
        graded: q.kind.is_graded(),
        points: q.points(),
        prompt: inline(&q.prompt, problems),
        options,
        answer_bool: q.bool_answer(),
        answer_number: q.number_answer(),
        tolerance: q.tolerance,
        accept: q.accept.clone(),
        items_shown,
        items_correct: q.items.iter().map(|t| inline(t, problems)).collect(),
        pairs: q
            .pairs
            .iter()
            .map(|p| PairView { left: inline(&p.left, problems), right: inline(&p.right, problems) })
            .collect(),
        rights_shown: rights_order.iter().map(|&i| inline(&q.pairs[i].right, problems)).collect(),
        explanation: q.explanation.as_ref().map(|t| inline(t, problems)),
        guidance: q.guidance.as_ref().map(|t| inline(t, problems)),
        model_answer: q.model_answer.as_ref().filter(|_| edition == Edition::Facilitator).map(|t| inline(t, problems)),
    };
    let shown_index = |order: &[usize]| {
        let mut index = vec![0; order.len()];
        for (shown, &original) in order.iter().enumerate() {
            index[original] = shown;
        }
        index
    };
    let expected = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => Expected::Choices {
            correct: q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect(),
        },
        QuestionKind::TrueFalse => Expected::Bool { correct: q.bool_answer() },
        QuestionKind::ShortText => Expected::Text { accept: &q.accept },
        QuestionKind::Numeric => Expected::Number { value: q.number_answer(), tolerance: q.tolerance.unwrap_or(0.0) },
        QuestionKind::Ordering => Expected::Order { order: shown_index(&order) },
        QuestionKind::Matching => Expected::Pairs { pairs: shown_index(&rights_order) },
        QuestionKind::Reflection => Expected::Nothing {},
    };
    (view, Answer { id: &q.id, kind: q.kind.name(), points: q.points(), expected })
}

#[derive(Serialize)]
pub(crate) struct WorksheetView {
    id: String,
    title: String,
    intro: Option<String>,
    blocks: Vec<BlockView>,
    /// JSON for the worksheet script (saving, export, import).
    schema: String,
}

#[derive(Serialize)]
struct BlockView {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    label: String,
    help: Option<String>,
    multiline: bool,
    rows: u32,
    columns: Vec<ColumnView>,
    /// A rating's scale labels, lowest first, and its statements.
    scale: Vec<String>,
    items: Vec<ColumnView>,
    /// Facilitator edition only.
    model_answer: Option<String>,
}

#[derive(Serialize)]
struct ColumnView {
    id: String,
    label: String,
    prompt: Option<String>,
}

#[derive(Serialize)]
struct WorksheetSchema<'a> {
    id: &'a str,
    title: &'a str,
    blocks: &'a [crate::content::worksheet::Block],
}

pub(crate) fn worksheet_view(
    r: &Renderer<'_>,
    sheet: &Worksheet,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> WorksheetView {
    let inline = |text: &str, problems: &mut Vec<Diagnostic>| r.inline(text, &sheet.path, url, problems);
    let blocks = sheet
        .blocks
        .iter()
        .map(|b| BlockView {
            kind: b.kind.name(),
            id: b.id.clone(),
            label: b.label.clone(),
            help: b.help.as_ref().map(|h| inline(h, problems)),
            multiline: b.multiline,
            rows: b.rows.unwrap_or(3).max(1),
            columns: b
                .columns
                .iter()
                .map(|c| ColumnView { id: c.id.clone(), label: c.label.clone(), prompt: c.prompt.clone() })
                .collect(),
            scale: match (b.kind, b.scale.is_empty()) {
                (BlockKind::Rating, true) => (1..=5).map(|n| r.strings.get(&format!("rating-agree-{n}"))).collect(),
                _ => b.scale.clone(),
            },
            items: b
                .items
                .iter()
                .map(|i| ColumnView { id: i.id.clone(), label: i.label.clone(), prompt: None })
                .collect(),
            model_answer: b
                .model_answer
                .as_ref()
                .filter(|_| r.input.edition == Edition::Facilitator)
                .map(|t| inline(t, problems)),
        })
        .collect();
    let schema = WorksheetSchema { id: &sheet.id, title: &sheet.title, blocks: &sheet.blocks };
    WorksheetView {
        id: sheet.id.clone(),
        title: sheet.title.clone(),
        intro: sheet.intro.as_ref().map(|t| inline(t, problems)),
        blocks,
        schema: script_json(&schema),
    }
}

#[derive(Serialize)]
pub(crate) struct AssessmentView<'a> {
    id: &'a str,
    title: &'a str,
    intro: Option<String>,
    scale: &'a [crate::content::assessment::ScalePoint],
    editions: &'a [crate::content::assessment::Edition],
    dimensions: Vec<DimensionView<'a>>,
    item_count: usize,
    /// JSON for the assessment script (scoring, chart, export).
    schema: String,
}

#[derive(Serialize)]
struct DimensionView<'a> {
    code: &'a str,
    title: &'a str,
    description: Option<String>,
    subdimensions: Vec<SubDimensionView<'a>>,
}

#[derive(Serialize)]
struct SubDimensionView<'a> {
    code: &'a str,
    title: &'a str,
    items: Vec<ItemView<'a>>,
}

#[derive(Serialize)]
struct ItemView<'a> {
    code: &'a str,
    html: String,
    drafted: bool,
}

#[derive(Serialize)]
struct AssessmentSchema<'a> {
    id: &'a str,
    title: &'a str,
    scale: &'a [crate::content::assessment::ScalePoint],
    editions: &'a [crate::content::assessment::Edition],
    dimensions: Vec<SchemaDimension<'a>>,
}

#[derive(Serialize)]
struct SchemaDimension<'a> {
    code: &'a str,
    title: &'a str,
    subdimensions: Vec<SchemaSubDimension<'a>>,
}

#[derive(Serialize)]
struct SchemaSubDimension<'a> {
    code: &'a str,
    title: &'a str,
    items: Vec<&'a str>,
}

pub(crate) fn assessment_view<'a>(
    r: &Renderer<'_>,
    a: &'a Assessment,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> AssessmentView<'a> {
    let edition = a.editions.first();
    // Variables become spans so the page can switch editions without a reload.
    let with_vars = |html: String| {
        let mut html = html;
        let names: Vec<&str> = edition.map(|e| e.values.keys().map(String::as_str).collect()).unwrap_or_default();
        for name in names {
            let value = edition.and_then(|e| e.values.get(name)).map(String::as_str).unwrap_or(name);
            html = html.replace(
                &format!("{{{name}}}"),
                &format!("<span data-var=\"{}\">{}</span>", escape(name), escape(value)),
            );
        }
        html
    };
    let dimensions = a
        .dimensions
        .iter()
        .map(|d| DimensionView {
            code: &d.code,
            title: &d.title,
            description: d.description.as_ref().map(|t| r.inline(t, &a.path, url, problems)),
            subdimensions: d
                .subdimensions
                .iter()
                .map(|s| SubDimensionView {
                    code: &s.code,
                    title: &s.title,
                    items: s
                        .items
                        .iter()
                        .map(|i| ItemView { code: &i.code, html: with_vars(escape(&i.text)), drafted: i.drafted })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let schema = AssessmentSchema {
        id: &a.id,
        title: &a.title,
        scale: &a.scale,
        editions: &a.editions,
        dimensions: a
            .dimensions
            .iter()
            .map(|d| SchemaDimension {
                code: &d.code,
                title: &d.title,
                subdimensions: d
                    .subdimensions
                    .iter()
                    .map(|s| SchemaSubDimension {
                        code: &s.code,
                        title: &s.title,
                        items: s.items.iter().map(|i| i.code.as_str()).collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    AssessmentView {
        id: &a.id,
        title: &a.title,
        intro: a.intro.as_ref().map(|t| with_vars(r.inline(t, &a.path, url, problems))),
        scale: &a.scale,
        editions: &a.editions,
        dimensions,
        item_count: a.item_count(),
        schema: script_json(&schema),
    }
}

#[derive(Serialize)]
pub(crate) struct FrameworkView<'a> {
    id: &'a str,
    title: &'a str,
    intro: Option<String>,
    source: &'a Option<crate::content::Citation>,
    groups: Vec<GroupView<'a>>,
    items: Vec<FrameworkItemView<'a>>,
    count: usize,
}

#[derive(Serialize)]
struct GroupView<'a> {
    title: &'a str,
    description: Option<String>,
    items: Vec<FrameworkItemView<'a>>,
}

#[derive(Serialize)]
struct FrameworkItemView<'a> {
    code: &'a Option<String>,
    title: &'a str,
    description: Option<String>,
    items: Vec<FrameworkItemView<'a>>,
}

pub(crate) fn framework_view<'a>(
    r: &Renderer<'_>,
    f: &'a crate::content::Framework,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> FrameworkView<'a> {
    fn items<'a>(
        r: &Renderer<'_>,
        f: &crate::content::Framework,
        list: &'a [crate::content::framework::Item],
        url: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<FrameworkItemView<'a>> {
        list.iter()
            .map(|i| FrameworkItemView {
                code: &i.code,
                title: &i.title,
                description: i.description.as_ref().map(|d| r.inline(d, &f.path, url, problems)),
                items: items(r, f, &i.items, url, problems),
            })
            .collect()
    }
    let groups = f
        .groups
        .iter()
        .map(|g| GroupView {
            title: &g.title,
            description: g.description.as_ref().map(|d| r.inline(d, &f.path, url, problems)),
            items: items(r, f, &g.items, url, problems),
        })
        .collect();
    FrameworkView {
        id: &f.id,
        title: &f.title,
        intro: f.intro.as_ref().map(|t| r.inline(t, &f.path, url, problems)),
        source: &f.source,
        groups,
        items: items(r, f, &f.items, url, problems),
        count: f.all_items().len(),
    }
}

/// A deterministic shuffle (the same for every build) that never leaves items in their
/// original order when there are at least two, so an ordering question is never pre-solved.
pub(crate) fn shuffled(n: usize, seed: &str) -> Vec<usize> {
    let mut state: u64 = 0xcbf29ce484222325;
    for b in seed.bytes() {
        state ^= b as u64;
        state = state.wrapping_mul(0x100000001b3);
    }
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if n >= 2 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffles_deterministically_and_never_identity() {
        assert_eq!(shuffled(4, "q"), shuffled(4, "q"));
        for seed in ["a", "b", "c", "d", "e"] {
            let s = shuffled(2, seed);
            assert_eq!(s, vec![1, 0]);
        }
    }
}
