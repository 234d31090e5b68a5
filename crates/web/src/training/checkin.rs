//! Self check-in by QR. The trainer's screen (`/app/training/sessions/{id}/checkin`,
//! permission `training.manage`) shows the session's current code as a QR
//! code and as text, and reloads itself when the code rotates (every 30 s);
//! an enrolled operator scans it with their phone while signed in
//! (`/app/training/checkin?session=…&code=…`) and confirms, or types the
//! code. A code photographed and sent away is refused once it rotated.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::response::Response;
use chrono::Utc;
use crocevia_domain::crypto::derive_key;
use crocevia_domain::training::checkin::{CheckinRefusal, current, verify};
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Posted;
use crate::identity::AppChrome;
use crate::layout::qr_data_uri;

/// The key of check-in codes, derived from the installation's field key.
fn key(state: &AppState) -> [u8; 32] {
    derive_key(
        state.settings().field_key.expose(),
        "crocevia/training-checkin",
    )
}

#[derive(Template)]
#[template(path = "app_training_checkin_show.html")]
struct ShowPage {
    app: AppChrome,
    code: String,
    /// The QR code of the check-in link, as a `data:` URI.
    qr: String,
    /// Seconds until the code rotates (the page reloads then).
    left: i64,
    when: String,
}

/// The trainer's screen: the session's current code.
pub(super) async fn show(ctx: Ctx, Path(session): Path<Uuid>) -> WebResult<Response> {
    let state = &ctx.state;
    let s = super::register::runner_session(&ctx, session).await?;
    let (code, left) = current(&key(state), &session.to_string(), Utc::now());
    let base = state.settings().link_base.trim_end_matches('/').to_owned();
    let link = format!("{base}/app/training/checkin?session={session}&code={code}");
    let app = ctx.chrome("training-checkin-show-title").await?;
    Ok(render_html(&ShowPage {
        app,
        qr: qr_data_uri(&link),
        code,
        left: left.max(1),
        when: crate::desk::local_time(s.input.starts_at),
    }))
}

#[derive(Template)]
#[template(path = "app_training_checkin.html")]
struct CheckinPage {
    app: AppChrome,
    session: String,
    code: String,
    /// Done: the operator is registered present.
    done: bool,
    /// Why the code or the operator was refused.
    error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Scanned {
    #[serde(default)]
    session: String,
    #[serde(default)]
    code: String,
}

async fn render(
    ctx: &Ctx,
    (session, code): (&str, &str),
    outcome: Result<bool, String>,
) -> WebResult<Response> {
    let app = ctx.chrome("training-checkin-title").await?;
    let refused = outcome.is_err();
    let (done, error) = match outcome {
        Ok(done) => (done, None),
        Err(why) => (false, Some(why)),
    };
    Ok(render_form(
        &CheckinPage {
            app,
            session: session.chars().take(40).collect(),
            code: code.chars().take(20).collect(),
            done,
            error,
        },
        refused,
    ))
}

/// What the phone opens from the QR code: the code filled in, to confirm.
pub(super) async fn form(ctx: Ctx, Query(q): Query<Scanned>) -> WebResult<Response> {
    render(&ctx, (&q.session, &q.code), Ok(false)).await
}

/// Checks the operator in at the session of the code.
pub(super) async fn check_in(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    let form = Posted::parse(&body);
    let (typed_session, code) = (form.get("session"), form.get("code"));
    let tr = ctx.tr;
    let Ok(session) = typed_session.parse::<Uuid>() else {
        let why = tr.t("training-checkin-foreign");
        return render(&ctx, (typed_session, code), Err(why)).await;
    };
    if let Err(why) = verify(&key(&ctx.state), &session.to_string(), code, Utc::now()) {
        let key = match why {
            CheckinRefusal::Expired => "training-checkin-expired",
            CheckinRefusal::Foreign => "training-checkin-foreign",
        };
        return render(&ctx, (typed_session, code), Err(tr.t(key))).await;
    }
    let trail = ctx.trail(AuditEvent::new(
        "training.checkin",
        "training_session",
        Some(session.to_string()),
    ));
    match ctx
        .state
        .store()
        .check_in(session, ctx.operator.user.id, &trail)
        .await
    {
        Ok(()) => render(&ctx, (typed_session, code), Ok(true)).await,
        Err(StoreError::Invalid(_)) => {
            let why = tr.t("training-checkin-not-enrolled");
            render(&ctx, (typed_session, code), Err(why)).await
        }
        Err(StoreError::NotFound(_)) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}
