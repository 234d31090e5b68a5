//! Anyone can verify a certificate (`/{lang}/verify/{code}`): the holder's
//! name, the course, the hours, the dates, the issuer and whether it was
//! revoked, nothing else. The code is read back whatever the case, spaces
//! and hyphens; wrong codes from one address are limited, so the page
//! cannot be used to enumerate certificates.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use crocevia_domain::training::verification::{display, normalise};
use serde::Deserialize;

use super::hours_text;
use crate::AppState;
use crate::error::WebResult;
use crate::layout::{Chrome, Section};
use crate::limits::{Client, VERIFY_MISSES_PER_ADDRESS};
use crate::portal::{chrome, page, page_lang};

/// What a verified certificate shows.
struct Verified {
    holder: String,
    course: String,
    hours: String,
    dates: String,
    issued: String,
    /// When and why it was revoked.
    revoked: Option<(String, String)>,
}

/// The outcome of a lookup.
enum Outcome {
    /// No code asked yet.
    Ask,
    /// Not a code (what was typed is shown again in the field).
    Malformed,
    /// A well-formed code of no certificate.
    Unknown(String),
    /// A certificate.
    Found(Verified),
}

#[derive(Template)]
#[template(path = "verify.html")]
struct VerifyPage {
    chrome: Chrome,
    /// The code as shown (`ABCDE-FGHJK`) or as typed.
    code: String,
    outcome: Outcome,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CodeQuery {
    #[serde(default)]
    code: String,
}

async fn render(
    state: &AppState,
    (lang, jar): (Lang, CookieJar),
    rest: &str,
    code: String,
    outcome: Outcome,
) -> WebResult<Response> {
    let chrome = chrome(state, lang, rest, Section::Other, "verify-title").await?;
    let status = match outcome {
        Outcome::Unknown(_) => StatusCode::NOT_FOUND,
        Outcome::Malformed => StatusCode::UNPROCESSABLE_ENTITY,
        Outcome::Ask | Outcome::Found(_) => StatusCode::OK,
    };
    let mut response = page(
        state,
        jar,
        lang,
        &VerifyPage {
            chrome,
            code,
            outcome,
        },
    );
    *response.status_mut() = status;
    Ok(response)
}

/// The form to type a code; with `?code=`, the code's page.
pub(super) async fn form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<CodeQuery>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    if q.code.trim().is_empty() {
        return render(&state, (lang, jar), "/verify", String::new(), Outcome::Ask).await;
    }
    match normalise(&q.code) {
        Some(code) => {
            Ok(Redirect::to(&format!("/{lang}/verify/{}", display(&code))).into_response())
        }
        None => {
            let typed: String = q.code.trim().chars().take(40).collect();
            render(&state, (lang, jar), "/verify", typed, Outcome::Malformed).await
        }
    }
}

/// A certificate's public page.
pub(super) async fn show(
    State(state): State<AppState>,
    Path((lang, typed)): Path<(String, String)>,
    Client(client): Client,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let rest = format!("/verify/{}", typed.chars().take(40).collect::<String>());
    let Some(code) = normalise(&typed) else {
        let typed: String = typed.chars().take(40).collect();
        return render(&state, (lang, jar), &rest, typed, Outcome::Malformed).await;
    };
    VERIFY_MISSES_PER_ADDRESS.check(&state, &client).await?;
    let Some(cert) = state.store().certificate_by_code(&code).await? else {
        VERIFY_MISSES_PER_ADDRESS.hit(&state, &client).await?;
        let shown = display(&code);
        return render(
            &state,
            (lang, jar),
            &rest,
            shown.clone(),
            Outcome::Unknown(shown),
        )
        .await;
    };
    let dates = match state.store().edition(cert.edition).await? {
        Some(e) if e.input.starts_on == e.input.ends_on => e.input.starts_on.to_string(),
        Some(e) => format!("{} – {}", e.input.starts_on, e.input.ends_on),
        None => String::new(),
    };
    let verified = Verified {
        holder: cert.holder.clone(),
        course: cert.course.clone(),
        hours: hours_text(cert.half_hours, lang),
        dates,
        issued: cert.issued_at.date_naive().to_string(),
        revoked: cert
            .revoked
            .as_ref()
            // The date left to right inside any sentence (an ISO date in an
            // Arabic sentence would otherwise read backwards).
            .map(|(at, why)| (format!("\u{2066}{}\u{2069}", at.date_naive()), why.clone())),
    };
    render(
        &state,
        (lang, jar),
        &rest,
        display(&code),
        Outcome::Found(verified),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_as_in_the_language() {
        assert_eq!(hours_text(6, Lang::It), "3");
        assert_eq!(hours_text(15, Lang::It), "7,5");
        assert_eq!(hours_text(15, Lang::En), "7.5");
    }
}
