//! A survey's page for the programme's coordinators
//! (`/app/training/surveys/{id}`): its questions, the form adding one (its
//! texts in Italian and in each enabled language), removing or moving one
//! while nobody answered; the opening (period, agencies, provinces, public
//! link) and closing.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Days, Utc};
use crocevia_domain::Lang;
use crocevia_domain::territories::territories;
use crocevia_domain::training::survey::{
    Audience, Choice as SurveyChoice, MAX_CHOICES, MAX_LABEL, Question, QuestionKind, SurveyForm,
    Texts,
};
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::{Opening, Survey, SurveyInput};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_error_key, load, state_of};
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::{Check, Choice, Field, Posted};
use crate::i18n::Tr;
use crate::identity::AppChrome;
use crate::training::{Programme, day_start, parse_day, require_manage};

/// The form fields of a language other than Italian: its question text and
/// its choices.
const TRANSLATED: [(Lang, &str, &str); 9] = [
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
async fn render(
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

/// Lines of a text area, blank ones left out.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The question typed in the form (after the checks by field), named
/// after its place.
async fn typed_question(ctx: &Ctx, form: &mut Posted, form_now: &SurveyForm) -> Option<Question> {
    let tr = ctx.tr;
    let kind = QuestionKind::parse(form.get("kind"));
    if kind.is_none() {
        form.refuse("kind", tr.t("survey-error-kind"));
    }
    let label = form.get("label_it").to_owned();
    if label.is_empty() || label.chars().count() > MAX_LABEL {
        form.refuse("label_it", tr.t("survey-error-label"));
    }
    let hint = form.get("hint_it").to_owned();
    if hint.chars().count() > MAX_LABEL {
        form.refuse("hint_it", tr.t("survey-error-label"));
    }
    let mut italian = lines(form.get("choices_it"));
    let kind = kind?;
    let mut names: Vec<String> = (1..=italian.len()).map(|i| format!("c{i}")).collect();
    if kind == QuestionKind::Ranking && italian.is_empty() {
        // A ranking of the programme's thematic lines, unless written.
        let programme = Programme::load(ctx).await.ok()?;
        italian = programme.lines.iter().map(|l| l.name.clone()).collect();
        names = programme.lines.iter().map(|l| l.code.clone()).collect();
    }
    if kind.has_choices() {
        if !(2..=MAX_CHOICES).contains(&italian.len())
            || italian.iter().any(|c| c.chars().count() > MAX_LABEL)
        {
            form.refuse("choices_it", tr.t("survey-error-choices"));
        }
    } else if !italian.is_empty() {
        form.refuse("choices_it", tr.t("survey-error-no-choices"));
    }
    let mut label_texts = Texts::italian(&label);
    let mut choices: Vec<SurveyChoice> = names
        .iter()
        .zip(&italian)
        .map(|(name, text)| SurveyChoice {
            name: name.clone(),
            label: Texts::italian(text),
        })
        .collect();
    for (lang, label_field, choices_field) in TRANSLATED {
        let text = form.get(label_field).to_owned();
        if text.chars().count() > MAX_LABEL {
            form.refuse(label_field, tr.t("survey-error-label"));
        } else if !text.is_empty() {
            label_texts.0.insert(lang.as_str().to_owned(), text);
        }
        let translated = lines(form.get(choices_field));
        if translated.is_empty() {
            continue;
        }
        if translated.len() != choices.len()
            || translated.iter().any(|c| c.chars().count() > MAX_LABEL)
        {
            form.refuse(
                choices_field,
                tr.t_count(
                    "survey-error-translated-choices",
                    "count",
                    choices.len() as u64,
                ),
            );
            continue;
        }
        for (c, t) in choices.iter_mut().zip(translated) {
            c.label.0.insert(lang.as_str().to_owned(), t);
        }
    }
    let taken = |n: usize| form_now.question(&format!("q{n}")).is_some();
    let number = (form_now.questions.len() + 1..).find(|n| !taken(*n))?;
    if !form.is_valid() {
        return None;
    }
    Some(Question {
        name: format!("q{number}"),
        kind,
        label: label_texts,
        hint: if hint.is_empty() {
            Texts::default()
        } else {
            Texts::italian(&hint)
        },
        required: form.has("required"),
        choices: if kind.has_choices() {
            choices
        } else {
            Vec::new()
        },
    })
}

/// Saves the survey's new questions: back to the page, or refused there.
async fn save_form(
    ctx: &Ctx,
    survey: &Survey,
    form: SurveyForm,
    typed: &Posted,
    event: &'static str,
) -> WebResult<Response> {
    let tr = ctx.tr;
    if let Err(e) = form.check() {
        return render(
            ctx,
            survey,
            Some(("questions", typed, tr.t(form_error_key(e)))),
            &Imported::default(),
        )
        .await;
    }
    let input = SurveyInput {
        form,
        ..survey.input.clone()
    };
    let trail = ctx.trail(AuditEvent::new(
        event,
        "training_survey",
        Some(survey.id.to_string()),
    ));
    match ctx
        .state
        .store()
        .change_survey(survey.id, &input, &trail)
        .await
    {
        Ok(()) => Ok(
            Redirect::to(&format!("/app/training/surveys/{}#questions", survey.id)).into_response(),
        ),
        Err(StoreError::Conflict(_)) => {
            render(
                ctx,
                survey,
                Some(("questions", typed, tr.t("survey-error-answered"))),
                &Imported::default(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds a question at the end.
pub(in crate::training) async fn add_question(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut form = Posted::parse(&body);
    let Some(question) = typed_question(&ctx, &mut form, &survey.input.form).await else {
        let why = ctx.tr.t("survey-error-question");
        return render(
            &ctx,
            &survey,
            Some(("questions", &form, why)),
            &Imported::default(),
        )
        .await;
    };
    let mut questions = survey.input.form.clone();
    questions.questions.push(question);
    save_form(
        &ctx,
        &survey,
        questions,
        &form,
        "training.survey.question.add",
    )
    .await
}

/// Removes a question.
pub(in crate::training) async fn remove_question(
    ctx: Ctx,
    Path((id, name)): Path<(Uuid, String)>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut questions = survey.input.form.clone();
    questions.questions.retain(|q| q.name != name);
    if questions.questions.len() == survey.input.form.questions.len() {
        return Err(crate::error::WebError::NotFound);
    }
    // A draft may be emptied again.
    if questions.questions.is_empty() {
        let input = SurveyInput {
            form: questions,
            ..survey.input.clone()
        };
        let trail = ctx.trail(AuditEvent::new(
            "training.survey.question.remove",
            "training_survey",
            Some(id.to_string()),
        ));
        return match ctx.state.store().change_survey(id, &input, &trail).await {
            Ok(()) => {
                Ok(Redirect::to(&format!("/app/training/surveys/{id}#questions")).into_response())
            }
            Err(StoreError::Conflict(_)) => {
                let why = ctx.tr.t("survey-error-answered");
                render(
                    &ctx,
                    &survey,
                    Some(("questions", &Posted::default(), why)),
                    &Imported::default(),
                )
                .await
            }
            Err(e) => Err(e.into()),
        };
    }
    save_form(
        &ctx,
        &survey,
        questions,
        &Posted::default(),
        "training.survey.question.remove",
    )
    .await
}

/// Moves a question one place up.
pub(in crate::training) async fn move_up(
    ctx: Ctx,
    Path((id, name)): Path<(Uuid, String)>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let mut questions = survey.input.form.clone();
    let Some(at) = questions.questions.iter().position(|q| q.name == name) else {
        return Err(crate::error::WebError::NotFound);
    };
    if at > 0 {
        questions.questions.swap(at - 1, at);
    }
    save_form(
        &ctx,
        &survey,
        questions,
        &Posted::default(),
        "training.survey.question.move",
    )
    .await
}

/// Opens the survey for a period to its audience.
pub(in crate::training) async fn open(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let tr = ctx.tr;
    let mut form = Posted::parse(&body);
    let opens = parse_day(form.get("opens"));
    if opens.is_none() {
        form.refuse("opens", tr.t("survey-error-day"));
    }
    let closes = parse_day(form.get("closes"));
    match (opens, closes) {
        (_, None) => form.refuse("closes", tr.t("survey-error-day")),
        (Some(o), Some(c)) if c < o => form.refuse("closes", tr.t("survey-error-closes")),
        _ => {}
    }
    let mut provinces = Vec::new();
    for typed in form
        .get("provinces")
        .split([' ', ',', ';'])
        .filter(|p| !p.is_empty())
    {
        let t = territories();
        match t
            .province(typed)
            .or_else(|| t.provinces().find(|p| p.abbr.eq_ignore_ascii_case(typed)))
        {
            Some(p) if !provinces.contains(&p.code) => provinces.push(p.code.clone()),
            Some(_) => {}
            None => {
                form.refuse(
                    "provinces",
                    tr.t1("survey-error-audience-province", "typed", typed),
                );
                break;
            }
        }
    }
    let known: Vec<String> = ctx
        .state
        .store()
        .agencies()
        .await?
        .into_iter()
        .map(|a| a.id.to_string())
        .collect();
    let agencies: Vec<String> = form
        .all("agencies")
        .filter(|a| known.iter().any(|k| k == a))
        .map(str::to_owned)
        .collect();
    let (Some(opens), Some(closes)) = (opens, closes) else {
        let why = tr.t("survey-error-opening");
        return render(
            &ctx,
            &survey,
            Some(("opening", &form, why)),
            &Imported::default(),
        )
        .await;
    };
    if !form.is_valid() {
        let why = tr.t("survey-error-opening");
        return render(
            &ctx,
            &survey,
            Some(("opening", &form, why)),
            &Imported::default(),
        )
        .await;
    }
    let opening = Opening {
        opens: day_start(opens),
        closes: day_start(closes + Days::new(1)),
        audience: Audience {
            agencies,
            provinces,
        },
        public: form.has("public"),
    };
    let trail = |asked: Vec<Uuid>| {
        ctx.trail(AuditEvent::new(
            "training.survey.open",
            "training_survey",
            Some(id.to_string()),
        ))
        .notify(asked, "training.survey", ("training_survey", id))
    };
    match ctx.state.store().open_survey(id, &opening, trail).await {
        Ok(()) => {
            ctx.state.mail_queued();
            Ok(Redirect::to(&format!("/app/training/surveys/{id}#opening")).into_response())
        }
        Err(StoreError::Invalid(_)) => {
            let why = tr.t("survey-form-empty");
            render(
                &ctx,
                &survey,
                Some(("opening", &form, why)),
                &Imported::default(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Closes the survey now.
pub(in crate::training) async fn close(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let trail = ctx.trail(AuditEvent::new(
        "training.survey.close",
        "training_survey",
        Some(id.to_string()),
    ));
    ctx.state.store().close_survey(id, &trail).await?;
    Ok(Redirect::to(&format!("/app/training/surveys/{id}#opening")).into_response())
}
