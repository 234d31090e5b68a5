//! A survey's opening: the period it takes answers, the agencies and
//! provinces it asks (told by mail the first time), the public link; and
//! closing it now.

use axum::body::Bytes;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Days;
use crocevia_domain::territories::territories;
use crocevia_domain::training::survey::Audience;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::surveys::Opening;
use uuid::Uuid;

use super::builder::{Imported, render};
use super::load;
use crate::context::Ctx;
use crate::error::WebResult;
use crate::form::Posted;
use crate::training::{day_start, parse_day, require_manage};

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
