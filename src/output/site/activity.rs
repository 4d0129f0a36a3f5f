//! Activities (quizzes, worksheets, self-assessments, frameworks): their own pages, and the
//! same HTML embedded in a chapter.

use super::*;

/// An item shown as an activity: on its own page, or in place where a chapter links it alone.
#[derive(Clone, Copy)]
pub(super) enum ActivityRef<'c> {
    Quiz(&'c Quiz),
    Worksheet(&'c Worksheet),
    Assessment(&'c Assessment),
    Framework(&'c crate::content::Framework),
}

impl<'c> ActivityRef<'c> {
    pub(super) fn find(cur: &'c Curriculum, kind: Kind, id: &str) -> Option<ActivityRef<'c>> {
        match kind {
            Kind::Quiz => cur.quizzes.iter().find(|q| q.id == id).map(ActivityRef::Quiz),
            Kind::Worksheet => cur.worksheets.iter().find(|w| w.id == id).map(ActivityRef::Worksheet),
            Kind::Assessment => cur.assessments.iter().find(|a| a.id == id).map(ActivityRef::Assessment),
            Kind::Framework => cur.frameworks.iter().find(|f| f.id == id).map(ActivityRef::Framework),
            Kind::Course | Kind::Chapter | Kind::Case | Kind::Term | Kind::Deck | Kind::Delivery => None,
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

pub(super) fn render_activity_page(
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
pub(super) fn activity_html(
    r: &Renderer<'_>,
    activity: ActivityRef<'_>,
    page_url: &str,
    embedded: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let mut context = Context::new();
    context.insert("embedded", &embedded);
    context.insert("locale", r.locale());
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

pub(super) fn quiz_view(r: &Renderer<'_>, quiz: &Quiz, url: &str, problems: &mut Vec<Diagnostic>) -> serde_json::Value {
    let inline = |text: &str, problems: &mut Vec<Diagnostic>| r.inline(text, &quiz.path, url, problems);
    let mut answers = Vec::new();
    let questions: Vec<serde_json::Value> = quiz
        .questions
        .iter()
        .map(|q| {
            let (view, answer) = question_view(quiz, q, &inline, problems);
            answers.push(answer);
            view
        })
        .collect();
    let graded = quiz.questions.iter().any(|q| q.kind.is_graded());
    let total: u32 = quiz.questions.iter().map(Question::points).sum();
    let key = serde_json::json!({"id": quiz.id, "passMark": quiz.pass_mark, "total": total, "questions": answers});
    serde_json::json!({
        "id": quiz.id,
        "title": quiz.title,
        "intro": quiz.intro.as_ref().map(|t| inline(t, problems)),
        "pass_mark": quiz.pass_mark,
        "graded": graded,
        "total": total,
        "questions": questions,
        "answer_key": script_json(&key),
    })
}

/// A question's view for the template, and its answer key for the browser script.
pub(super) fn question_view(
    quiz: &Quiz,
    q: &Question,
    inline: &dyn Fn(&str, &mut Vec<Diagnostic>) -> String,
    problems: &mut Vec<Diagnostic>,
) -> (serde_json::Value, serde_json::Value) {
    let options: Vec<serde_json::Value> = q
        .options
        .iter()
        .map(|o| serde_json::json!({"html": inline(&o.text, problems), "correct": o.correct, "feedback": o.feedback.as_ref().map(|f| inline(f, problems))}))
        .collect();
    let seed = format!("{}/{}", quiz.id, q.id);
    let (shown_items, order): (Vec<String>, Vec<usize>) = {
        let order = shuffled(q.items.len(), &seed);
        (order.iter().map(|&i| inline(&q.items[i], problems)).collect(), order)
    };
    let rights_order = shuffled(q.pairs.len(), &seed);
    let view = serde_json::json!({
        "id": q.id,
        "type": q.kind.name(),
        "graded": q.kind.is_graded(),
        "points": q.points(),
        "prompt": inline(&q.prompt, problems),
        "options": options,
        "answer_bool": q.bool_answer(),
        "answer_number": q.number_answer(),
        "tolerance": q.tolerance,
        "accept": q.accept,
        "items_shown": shown_items,
        "items_correct": q.items.iter().map(|t| inline(t, problems)).collect::<Vec<_>>(),
        "pairs": q.pairs.iter().map(|p| serde_json::json!({"left": inline(&p.left, problems), "right": inline(&p.right, problems)})).collect::<Vec<_>>(),
        "rights_shown": rights_order.iter().map(|&i| inline(&q.pairs[i].right, problems)).collect::<Vec<_>>(),
        "explanation": q.explanation.as_ref().map(|t| inline(t, problems)),
        "guidance": q.guidance.as_ref().map(|t| inline(t, problems)),
    });
    let answer = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => serde_json::json!({
            "id": q.id, "type": q.kind.name(), "points": q.points(),
            "correct": q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect::<Vec<_>>(),
        }),
        QuestionKind::TrueFalse => {
            serde_json::json!({"id": q.id, "type": "true_false", "points": q.points(), "correct": q.bool_answer()})
        }
        QuestionKind::ShortText => {
            serde_json::json!({"id": q.id, "type": "short_text", "points": q.points(), "accept": q.accept})
        }
        QuestionKind::Numeric => {
            serde_json::json!({"id": q.id, "type": "numeric", "points": q.points(), "value": q.number_answer(), "tolerance": q.tolerance.unwrap_or(0.0)})
        }
        // Items are shown in `order`; the answer is the shown index of each correct position.
        QuestionKind::Ordering => {
            let mut shown_index = vec![0; order.len()];
            for (shown, &original) in order.iter().enumerate() {
                shown_index[original] = shown;
            }
            serde_json::json!({"id": q.id, "type": "ordering", "points": q.points(), "order": shown_index})
        }
        QuestionKind::Matching => {
            let mut right_for_left = vec![0; rights_order.len()];
            for (shown, &original) in rights_order.iter().enumerate() {
                right_for_left[original] = shown;
            }
            serde_json::json!({"id": q.id, "type": "matching", "points": q.points(), "pairs": right_for_left})
        }
        QuestionKind::Reflection => {
            serde_json::json!({"id": q.id, "type": "reflection", "points": 0})
        }
    };
    (view, answer)
}

pub(super) fn worksheet_view(
    r: &Renderer<'_>,
    sheet: &Worksheet,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> serde_json::Value {
    let inline = |text: &str, problems: &mut Vec<Diagnostic>| r.inline(text, &sheet.path, url, problems);
    let blocks: Vec<serde_json::Value> = sheet
        .blocks
        .iter()
        .map(|b| {
            serde_json::json!({
                "type": if b.kind == BlockKind::Table { "table" } else { "field" },
                "id": b.id,
                "label": b.label,
                "help": b.help.as_ref().map(|h| inline(h, problems)),
                "multiline": b.multiline,
                "rows": b.rows.unwrap_or(3).max(1),
                "columns": b.columns.iter().map(|c| serde_json::json!({"id": c.id, "label": c.label, "prompt": c.prompt})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let schema = serde_json::json!({"id": sheet.id, "title": sheet.title, "blocks": sheet.blocks});
    serde_json::json!({
        "id": sheet.id,
        "title": sheet.title,
        "intro": sheet.intro.as_ref().map(|t| inline(t, problems)),
        "blocks": blocks,
        "schema": script_json(&schema),
    })
}

pub(super) fn assessment_view(
    r: &Renderer<'_>,
    a: &Assessment,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> serde_json::Value {
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
    let item_html = |text: &str| with_vars(escape(text));
    let dimensions: Vec<serde_json::Value> = a
        .dimensions
        .iter()
        .map(|d| {
            serde_json::json!({
                "code": d.code,
                "title": d.title,
                "description": d.description.as_ref().map(|t| r.inline(t, &a.path, url, problems)),
                "subdimensions": d.subdimensions.iter().map(|s| serde_json::json!({
                    "code": s.code,
                    "title": s.title,
                    "items": s.items.iter().map(|i| serde_json::json!({"code": i.code, "html": item_html(&i.text), "drafted": i.drafted})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let schema = serde_json::json!({
        "id": a.id,
        "title": a.title,
        "scale": a.scale,
        "editions": a.editions,
        "dimensions": a.dimensions.iter().map(|d| serde_json::json!({
            "code": d.code,
            "title": d.title,
            "subdimensions": d.subdimensions.iter().map(|s| serde_json::json!({
                "code": s.code,
                "title": s.title,
                "items": s.items.iter().map(|i| &i.code).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    serde_json::json!({
        "id": a.id,
        "title": a.title,
        "intro": a.intro.as_ref().map(|t| with_vars(r.inline(t, &a.path, url, problems))),
        "scale": a.scale,
        "editions": a.editions,
        "dimensions": dimensions,
        "item_count": a.item_count(),
        "schema": script_json(&schema),
    })
}

pub(super) fn framework_view(
    r: &Renderer<'_>,
    f: &crate::content::framework::Framework,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) -> serde_json::Value {
    fn items(
        r: &Renderer<'_>,
        f: &crate::content::framework::Framework,
        list: &[crate::content::framework::Item],
        url: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<serde_json::Value> {
        list.iter()
            .map(|i| {
                serde_json::json!({
                    "code": i.code,
                    "title": i.title,
                    "description": i.description.as_ref().map(|d| r.inline(d, &f.path, url, problems)),
                    "items": items(r, f, &i.items, url, problems),
                })
            })
            .collect()
    }
    let groups: Vec<serde_json::Value> = f
        .groups
        .iter()
        .map(|g| {
            serde_json::json!({
                "title": g.title,
                "description": g.description.as_ref().map(|d| r.inline(d, &f.path, url, problems)),
                "items": items(r, f, &g.items, url, problems),
            })
        })
        .collect();
    serde_json::json!({
        "id": f.id,
        "title": f.title,
        "intro": f.intro.as_ref().map(|t| r.inline(t, &f.path, url, problems)),
        "source": f.source,
        "groups": groups,
        "items": items(r, f, &f.items, url, problems),
        "count": f.all_items().len(),
    })
}

/// A deterministic shuffle (the same for every build) that never leaves items in their
/// original order when there are at least two, so an ordering question is never pre-solved.
pub(super) fn shuffled(n: usize, seed: &str) -> Vec<usize> {
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
