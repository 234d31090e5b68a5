//! A survey's page for the programme's coordinators
//! (`/app/training/surveys/{id}`): its questions with the form adding one
//! (the actions in [`super::questions`]), and its opening (the actions in
//! [`super::opening`]). A refused action renders this page with what was
//! typed and why, beside its form.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use chrono::{Days, Utc};
use crocevia_domain::Lang;
use crocevia_domain::territories::territories;
use crocevia_domain::training::survey::{Question, QuestionKind};
use crocevia_store::training::surveys::Survey;
use serde::Deserialize;
use uuid::Uuid;

use super::{load, state_of};
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::{Check, Choice, Field, Posted};
use crate::i18n::Tr;
use crate::identity::AppChrome;
use crate::training::require_manage;

/// The form fields of a language other than Italian: its question text and
/// its choices.
pub(super) const TRANSLATED: [(Lang, &str, &str); 9] = [
    (Lang::En, "label_en", "choices_en"),
    (Lang::Fr, "label_fr", "choices_fr"),
    (Lang::Ar, "label_ar", "choices_ar"),
    (Lang::Es, "label_es", "choices_es"),
    (Lang::Uk, "label_uk", "choices_uk"),
    (Lang::Sq, "label_sq", "choices_sq"),
    (Lang::ZhHans, "label_zh-Hans", "choices_zh-Hans"),
    (Lang::Bn, "label_bn", "choices_bn"),
    (Lang::Ur, "label_ur", "choices_ur"),
];

/// A question as the coordinator reads it.
struct QuestionLine {
    number: usize,
    name: String,
    kind: String,
    label: String,
    hint: String,
    required: bool,
    /// The languages it is written in (their names).
    languages: String,
    choices: Vec<String>,
    /// Where it moves up and where it is removed.
    up: String,
    remove: String,
}

/// The translation fields of one language.
struct Translation {
    lang: &'static str,
    dir: &'static str,
    name: String,
    /// Its question text and its choices.
    fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "app_training_survey.html")]
struct SurveyPage {
    app: AppChrome,
    id: Uuid,
    title: String,
    description: String,
    state: String,
    responses: u64,
    /// "12 answers".
    responses_label: String,
    questions: Vec<QuestionLine>,
    /// Whether the questions are fixed (someone answered).
    locked: bool,
    /// The new question's fields (kind, Italian text, hint, choices).
    add: Vec<Field>,
    required: bool,
    translations: Vec<Translation>,
    /// The opening's fields (opens, closes, provinces).
    opening: Vec<Field>,
    agencies: Vec<Check>,
    public: bool,
    /// The public link, when there is one.
    public_link: Option<String>,
    /// Whether it takes answers now (the close button).
    open_now: bool,
    close_url: String,
    /// Why a form was refused, and its section (`questions`, `opening`).
    error: Option<String>,
    error_in: &'static str,
    imported: bool,
    skipped: Option<String>,
}

/// `?imported=1&skipped=N`: after an import.
#[derive(Debug, Default, Deserialize)]
pub(in crate::training) struct Imported {
    imported: Option<String>,
    skipped: Option<usize>,
}

/// A language's own name.
fn lang_name(lang: Lang) -> String {
    Tr(lang).t("language-name")
}

fn question_line(tr: Tr, lang: Lang, (id, number): (Uuid, usize), q: &Question) -> QuestionLine {
    QuestionLine {
        up: format!("/app/training/surveys/{id}/questions/{}/up", q.name),
        remove: format!("/app/training/surveys/{id}/questions/{}/remove", q.name),
        number,
        name: q.name.clone(),
        kind: tr.t(&format!("survey-kind-{}", q.kind.as_str())),
        label: q.label.get(lang).to_owned(),
        hint: q.hint.get(lang).to_owned(),
        required: q.required,
        languages: Lang::ALL
            .into_iter()
            .filter(|l| q.label.has(*l))
            .map(lang_name)
            .collect::<Vec<_>>()
            .join(", "),
        choices: q
            .choices
            .iter()
            .map(|c| c.label.get(lang).to_owned())
            .collect(),
    }
}

/// The opening as stored, as the form shows it.
fn opening_values(survey: &Survey) -> Posted {
    let day = |t: Option<chrono::DateTime<Utc>>, back: bool| {
        t.map(|t| {
            let d = crocevia_domain::desk::calendar::rome(t).date();
            if back { d - Days::new(1) } else { d }.to_string()
        })
        .unwrap_or_default()
    };
    let provinces = survey
        .audience
        .provinces
        .iter()
        .map(|code| {
            territories()
                .province(code)
                .map_or_else(|| code.clone(), |p| p.abbr.clone())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut body = form_urlencoded::Serializer::new(String::new());
    body.append_pair("opens", &day(survey.opens, false))
        .append_pair("closes", &day(survey.closes, true))
        .append_pair("provinces", &provinces);
    for a in &survey.audience.agencies {
        body.append_pair("agencies", a);
    }
    if survey.public_token.is_some() {
        body.append_pair("public", "on");
    }
    Posted::parse(body.finish().as_bytes())
}

/// Renders the page; `typed` is a refused form (its section and the form).
pub(super) async fn render(
    ctx: &Ctx,
    survey: &Survey,
    typed: Option<(&'static str, &Posted, String)>,
    imported: &Imported,
) -> WebResult<Response> {
    let tr = ctx.tr;
    let blank = Posted::default();
    let (question_form, opening_form) = match &typed {
        Some(("questions", form, _)) => (*form, &opening_values(survey)),
        Some((_, form, _)) => (&blank, *form),
        None => (&blank, &opening_values(survey)),
    };
    let opening_form = opening_form.clone();
    let kinds = QuestionKind::ALL
        .into_iter()
        .map(|k| Choice::new(k.as_str(), tr.t(&format!("survey-kind-{}", k.as_str()))))
        .collect();
    let add = vec![
        Field::new(
            "kind",
            tr.t("survey-field-kind"),
            question_form.get("kind"),
            kinds,
            &question_form.errors,
        ),
        Field::new(
            "label_it",
            tr.t("survey-field-label"),
            question_form.get("label_it"),
            vec![],
            &question_form.errors,
        ),
        Field::new(
            "hint_it",
            tr.t("survey-field-hint"),
            question_form.get("hint_it"),
            vec![],
            &question_form.errors,
        ),
        Field::new(
            "choices_it",
            tr.t("survey-field-choices"),
            question_form.get("choices_it"),
            vec![],
            &question_form.errors,
        )
        .multiline()
        .hint(tr.t("survey-field-choices-hint")),
    ];
    let languages = &ctx.state.settings().languages;
    let translations = TRANSLATED
        .into_iter()
        .filter(|(l, ..)| languages.contains(*l))
        .map(|(lang, label, choices)| Translation {
            lang: lang.as_str(),
            dir: lang.direction().as_str(),
            name: lang_name(lang),
            fields: vec![
                Field::new(
                    label,
                    tr.t("survey-field-label"),
                    question_form.get(label),
                    vec![],
                    &question_form.errors,
                ),
                Field::new(
                    choices,
                    tr.t("survey-field-choices"),
                    question_form.get(choices),
                    vec![],
                    &question_form.errors,
                )
                .multiline(),
            ],
        })
        .collect();
    let opening = vec![
        Field::new(
            "opens",
            tr.t("survey-field-opens"),
            opening_form.get("opens"),
            vec![],
            &opening_form.errors,
        )
        .date(),
        Field::new(
            "closes",
            tr.t("survey-field-closes"),
            opening_form.get("closes"),
            vec![],
            &opening_form.errors,
        )
        .date()
        .hint(tr.t("survey-field-closes-hint")),
        Field::new(
            "provinces",
            tr.t("survey-field-provinces"),
            opening_form.get("provinces"),
            vec![],
            &opening_form.errors,
        )
        .hint(tr.t("survey-field-provinces-hint")),
    ];
    let agencies = ctx
        .state
        .store()
        .agencies()
        .await?
        .into_iter()
        .filter(|a| a.active)
        .map(|a| {
            let id = a.id.to_string();
            let ticked = opening_form.has_value("agencies", &id);
            Check::new(id, a.name, ticked)
        })
        .collect();
    let now = Utc::now();
    let host = ctx
        .state
        .settings()
        .link_base
        .trim_end_matches('/')
        .to_owned();
    let mut app = ctx.chrome("survey-list-title").await?;
    app.title.clone_from(&survey.input.title);
    let (error_in, error) = match typed {
        Some((at, _, why)) => (at, Some(why)),
        None => ("", None),
    };
    let invalid = error.is_some();
    Ok(render_form(
        &SurveyPage {
            app,
            id: survey.id,
            title: survey.input.title.clone(),
            description: survey.input.description.clone(),
            state: tr.t(&format!("survey-state-{}", state_of(survey, now))),
            responses: survey.responses,
            responses_label: tr.t_count("survey-responses", "count", survey.responses),
            questions: survey
                .input
                .form
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| question_line(tr, ctx.lang, (survey.id, i + 1), q))
                .collect(),
            locked: survey.responses > 0,
            add,
            required: question_form.has("required"),
            translations,
            opening,
            agencies,
            public: opening_form.has("public"),
            public_link: survey
                .public_token
                .as_ref()
                .map(|t| format!("{host}/it/survey/{t}")),
            open_now: survey.is_open(now),
            close_url: format!("/app/training/surveys/{}/close", survey.id),
            error,
            error_in,
            imported: imported.imported.is_some(),
            skipped: imported
                .skipped
                .map(|n| tr.t_count("survey-import-skipped", "count", n as u64)),
        },
        invalid,
    ))
}

/// The survey's page.
pub(in crate::training) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(imported): Query<Imported>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    render(&ctx, &survey, None, &imported).await
}
