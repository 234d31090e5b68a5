//! Answering a survey by its public link (`/{lang}/survey/{token}`): a
//! partner body without an account says the kind of their organisation,
//! their profession and their province instead of signing in, then
//! answers in its language (Italian where the survey has no text of its
//! own). Limited per address; the token is the only key.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use crocevia_domain::identity::{AgencyKind, Profession};
use crocevia_domain::territories::territories;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::{Respondent, Survey, Via};
use serde::Deserialize;

use super::answer::{QuestionView, Words, read_answers, views};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::form::{Choice, Posted};
use crate::i18n::Tr;
use crate::layout::{Chrome, Section};
use crate::limits::{Client, SURVEY_ANSWERS_PER_ADDRESS};
use crate::portal::{chrome, page, page_lang};
use crate::security::CsrfToken;

/// Why the public respondent's kind, profession and province were refused.
type AboutErrors = (Option<String>, Option<String>, Option<String>);

#[derive(Template)]
#[template(path = "survey_public.html")]
struct PublicPage {
    chrome: Chrome,
    token: String,
    title: String,
    description: String,
    questions: Vec<QuestionView>,
    words: Words,
    kinds: Vec<Choice>,
    professions: Vec<Choice>,
    /// The respondent's fields as typed: kind, profession, province.
    about: (String, String, String),
    /// Why each of them was refused.
    about_errors: AboutErrors,
    refused: usize,
    summary: String,
    /// `thanks`, `closed`, or empty (the form).
    outcome: &'static str,
    csrf: String,
}

async fn render_public(
    state: &AppState,
    (lang, jar, csrf): (Lang, CookieJar, &CsrfToken),
    survey: &Survey,
    (form, refused, about_errors): (&Posted, &[(String, String)], AboutErrors),
    outcome: &'static str,
) -> WebResult<Response> {
    let tr = Tr(lang);
    let token = survey.public_token.clone().unwrap_or_default();
    let rest = format!("/survey/{token}");
    let mut chrome = chrome(state, lang, &rest, Section::Other, "survey-answer-title").await?;
    chrome.title.clone_from(&survey.input.title);
    let count = refused.len()
        + usize::from(about_errors.0.is_some())
        + usize::from(about_errors.1.is_some())
        + usize::from(about_errors.2.is_some());
    let status = match outcome {
        "closed" => StatusCode::GONE,
        _ if count > 0 => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let mut professions: Vec<Choice> = Profession::ALL
        .into_iter()
        .map(|p| {
            Choice::new(
                p.as_str(),
                tr.t(&format!("survey-profession-{}", p.as_str())),
            )
        })
        .collect();
    professions.push(Choice::new("other", tr.t("survey-profession-other")));
    let mut response = page(
        state,
        jar,
        lang,
        &PublicPage {
            chrome,
            token,
            title: survey.input.title.clone(),
            description: survey.input.description.clone(),
            questions: views(tr, survey, lang, form, refused),
            words: Words::new(tr),
            kinds: AgencyKind::ALL
                .into_iter()
                .map(|k| Choice::new(k.as_str(), tr.t(&format!("consent-kind-{}", k.as_str()))))
                .collect(),
            professions,
            about: (
                form.get("agency_kind").to_owned(),
                form.get("profession").to_owned(),
                form.get("province").chars().take(40).collect(),
            ),
            about_errors,
            refused: count,
            summary: tr.t_count("survey-error-summary", "count", count as u64),
            outcome,
            csrf: csrf.value().to_owned(),
        },
    );
    *response.status_mut() = status;
    Ok(response)
}

/// `?thanks=1`: after answering.
#[derive(Debug, Default, Deserialize)]
pub(in crate::training) struct Thanks {
    thanks: Option<String>,
}

/// The public page of a survey (its token in the link).
pub(in crate::training) async fn public_form(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    Query(thanks): Query<Thanks>,
    jar: CookieJar,
    csrf: CsrfToken,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let survey = state
        .store()
        .survey_by_token(&token)
        .await?
        .ok_or(WebError::NotFound)?;
    let outcome = match (thanks.thanks.is_some(), survey.is_open(chrono::Utc::now())) {
        (true, _) => "thanks",
        (false, false) => "closed",
        (false, true) => "",
    };
    render_public(
        &state,
        (lang, jar, &csrf),
        &survey,
        (&Posted::default(), &[], (None, None, None)),
        outcome,
    )
    .await
}

/// Keeps the answers given by the public link.
pub(in crate::training) async fn answer_public(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    Client(client): Client,
    jar: CookieJar,
    csrf: CsrfToken,
    body: Bytes,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let survey = state
        .store()
        .survey_by_token(&token)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = Tr(lang);
    let form = Posted::parse(&body);
    if !survey.is_open(chrono::Utc::now()) {
        return render_public(
            &state,
            (lang, jar, &csrf),
            &survey,
            (&form, &[], (None, None, None)),
            "closed",
        )
        .await;
    }
    let kind = AgencyKind::parse(form.get("agency_kind"));
    let profession = form.get("profession");
    let profession_known = profession == "other" || Profession::parse(profession).is_some();
    let typed_province = form.get("province").trim();
    let t = territories();
    let province = t.province(typed_province).or_else(|| {
        t.provinces()
            .find(|p| p.abbr.eq_ignore_ascii_case(typed_province))
    });
    let about_errors = (
        kind.is_none().then(|| tr.t("survey-error-agency-kind")),
        (!profession_known).then(|| tr.t("survey-error-profession")),
        province.is_none().then(|| tr.t("survey-error-province")),
    );
    let answers = read_answers(tr, &survey, &form);
    let (Some(kind), true, Some(province), Ok(answers)) =
        (kind, profession_known, province, &answers)
    else {
        let refused = answers.err().unwrap_or_default();
        return render_public(
            &state,
            (lang, jar, &csrf),
            &survey,
            (&form, &refused, about_errors),
            "",
        )
        .await;
    };
    SURVEY_ANSWERS_PER_ADDRESS.hit(&state, &client).await?;
    let who = Respondent {
        user: None,
        agency_kind: kind.as_str().to_owned(),
        profession: profession.to_owned(),
        province: province.code.clone(),
        via: Via::Public,
    };
    let trail = crocevia_store::act::Trail::new(AuditEvent::new(
        "training.survey.answer.public",
        "training_survey",
        Some(survey.id.to_string()),
    ));
    match state
        .store()
        .answer_survey(survey.id, &who, answers, &trail)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/{lang}/survey/{token}?thanks=1")).into_response()),
        Err(StoreError::Conflict(_)) => {
            render_public(
                &state,
                (lang, jar, &csrf),
                &survey,
                (&form, &[], (None, None, None)),
                "closed",
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
