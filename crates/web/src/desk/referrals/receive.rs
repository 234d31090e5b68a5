//! Referrals between agencies: the list of those received and sent
//! (`/app/desk/referrals`), one referral's page with its package, the
//! receiving agency's decision and outcome, the sender's withdrawal, the
//! JSON API, and the notice that an access ends soon.
//!
//! The receiving agency reads the package and nothing else of the record,
//! and only while the referral is open and its access lasts; the sending
//! agency always sees the status and the feedback.

use askama::Template;
use axum::Json;
use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use crocevia_domain::desk::access::{Side, may_share, referral_side};
use crocevia_domain::desk::sharing::{ACCESS_EXPIRY_NOTICE_DAYS, PackagePart, ReferralStatus};
use crocevia_domain::identity::{Permission, perm};
use crocevia_store::desk::sharing::Referral;
use crocevia_store::identity::access::Agency;
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::desk::package::{Package, Section, sections};
use crate::desk::sharing::{ReferralRow, referral_rows};
use crate::desk::{cipher, listing_page, trail};
use crate::error::{WebError, WebResult, render_form, render_html};
use crate::form::Posted;
use crate::guard::staff;
use crate::i18n::Tr;
use crate::identity::{AppChrome, Operator, app_chrome, app_lang, owned_by, subject};
use crate::security::CsrfToken;
use axum::body::Bytes;
use crocevia_store::act::Trail;

/// A referral the operator may see with `permission`, and from which side;
/// 404 otherwise (also once the receiving agency's access ended).
async fn referral_in_scope(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
    permission: Permission,
) -> WebResult<(Referral, Side, Agency, Agency)> {
    let referral = state
        .store()
        .referral(id, &cipher(state))
        .await?
        .ok_or(WebError::NotFound)?;
    let from = state
        .store()
        .agency(referral.from_agency_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let to = state
        .store()
        .agency(referral.to_agency_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let subject = subject(state, operator).await?;
    let side = referral_side(
        subject,
        permission,
        (&owned_by(&from), &owned_by(&to)),
        referral.open_to_receiver(Utc::now()),
    )
    .ok_or(WebError::NotFound)?;
    Ok((referral, side, from, to))
}

/// A referral's package as the operator may read it (need-to-know by
/// profession, on either side), and the parts left out.
async fn package_for(
    state: &AppState,
    operator: &Operator,
    id: Uuid,
) -> WebResult<(Package, Vec<PackagePart>)> {
    let package: Package = match state.store().referral_package(id, &cipher(state)).await? {
        Some(json) => serde_json::from_str(&json).map_err(|e| WebError::Internal(e.into()))?,
        None => return Err(WebError::NotFound),
    };
    Ok(package.for_reader(operator.user.profession))
}

/// Records a read of the package in the person's access log (who received
/// their data is part of it).
async fn audit_read(
    state: &AppState,
    operator: &Operator,
    headers: &HeaderMap,
    referral: &Referral,
) -> WebResult<()> {
    crate::desk::audit_why(
        state,
        operator,
        headers,
        "desk.referral.read",
        ("person", referral.person_id),
        Some(format!("referral {}", referral.id)),
    )
    .await
}

#[derive(Template)]
#[template(path = "app_desk_referrals.html")]
struct ListPage {
    app: AppChrome,
    received: Vec<ReferralRow>,
    sent: Vec<ReferralRow>,
}

/// Referrals received (still open) and sent by the operator's agencies.
pub(crate) async fn list(ctx: Ctx) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let (tr, app, agencies) =
        listing_page(&state, &operator, (&headers, &csrf), "referrals-title").await?;
    let (received, sent) = state
        .store()
        .referral_lists(&agencies, Utc::now(), 200, &cipher(&state))
        .await?;
    let all = state.store().agencies().await?;
    // A referral between two of the operator's agencies is listed as sent.
    let received: Vec<Referral> = received
        .into_iter()
        .filter(|r| !agencies.contains(&r.from_agency_id))
        .collect();
    Ok(render_html(&ListPage {
        received: referral_rows(tr, &all, &received, false),
        sent: referral_rows(tr, &all, &sent, true),
        app,
    }))
}

#[derive(Template)]
#[template(path = "app_desk_referral.html")]
struct ReferralPage {
    app: AppChrome,
    notice: Option<String>,
    /// Why a decision or a closing was refused, with what was typed.
    error: Option<String>,
    kept: Posted,
    id: Uuid,
    person_id: Uuid,
    sender: bool,
    from: String,
    to: String,
    purpose: String,
    urgency: String,
    status: String,
    reason: String,
    when: String,
    access_until: String,
    decision: Option<String>,
    outcome: Option<String>,
    sections: Vec<Section>,
    can_decide: bool,
    can_close: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct Notice {
    sent: Option<String>,
    saved: Option<String>,
    error: Option<String>,
}

/// A referral's page: its package and where it stands.
pub(crate) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(notice): Query<Notice>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    render_referral((&state, &operator), (&headers, &csrf), id, notice, None).await
}

/// The referral's page; with `kept`, a refused decision or closing as
/// typed and why (422).
async fn render_referral(
    (state, operator): (&AppState, &Operator),
    (headers, csrf): (&HeaderMap, &CsrfToken),
    id: Uuid,
    notice: Notice,
    kept: Option<Posted>,
) -> WebResult<Response> {
    let (state, operator, headers) = (state.clone(), operator.clone(), headers.clone());
    let (referral, side, from, to) =
        referral_in_scope(&state, &operator, id, perm::DESK_PERSON_READ).await?;
    audit_read(&state, &operator, &headers, &referral).await?;
    let (package, withheld) = package_for(&state, &operator, id).await?;
    let lang = app_lang(&headers, Some(&operator.user));
    let tr = Tr(lang);
    let app = app_chrome(&state, lang, "referral-title", Some(&operator.user), csrf).await?;
    let subject = subject(&state, &operator).await?;
    let writes = |agency: &Agency| may_share(subject, &owned_by(agency));
    let open = referral.status.grants_access();
    let page = ReferralPage {
        notice: if notice.sent.is_some() {
            Some(tr.t("sharing-sent"))
        } else if notice.saved.is_some() {
            Some(tr.t("desk-saved"))
        } else {
            None
        },
        error: (notice.error.is_some() || kept.is_some()).then(|| tr.t("referral-error-reason")),
        kept: kept.clone().unwrap_or_default(),
        id,
        person_id: referral.person_id,
        sender: side == Side::Sender,
        from: from.name.clone(),
        to: to.name.clone(),
        purpose: tr.t(&format!("sharing-purpose-{}", referral.purpose.as_str())),
        urgency: tr.t(&format!("sharing-urgency-{}", referral.urgency.as_str())),
        status: tr.t(&format!("referral-status-{}", referral.status.as_str())),
        when: crate::desk::local_time(referral.created_at),
        access_until: crate::desk::local_time(referral.access_until),
        decision: referral
            .decision
            .as_ref()
            .map(|(_, at, why)| format!("{} · {why}", crate::desk::local_time(*at))),
        outcome: referral.outcome.clone(),
        sections: sections(tr, &package, &withheld),
        can_decide: side == Side::Receiver
            && referral.status == ReferralStatus::Sent
            && writes(&to),
        can_close: open
            && match side {
                Side::Receiver => referral.status == ReferralStatus::Accepted && writes(&to),
                Side::Sender => writes(&from),
            },
        reason: referral.reason,
        app,
    };
    Ok(render_form(&page, kept.is_some()))
}

/// The receiving agency accepts or declines, with a reason; the sender is
/// told.
pub(crate) async fn decide_referral(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    let (referral, side, _, _) =
        referral_in_scope(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    if side != Side::Receiver {
        return Err(WebError::NotPermitted(
            "only the receiving agency accepts or declines a referral",
        ));
    }
    let reason: String = form.get("reason").chars().take(2000).collect();
    let accept = match form.get("decision") {
        "accept" => true,
        "decline" if !reason.is_empty() => false,
        _ => {
            let notice = Notice::default();
            return render_referral(
                (&state, &operator),
                (&headers, &csrf),
                id,
                notice,
                Some(form),
            )
            .await;
        }
    };
    let (action, kind) = if accept {
        ("desk.referral.accept", "referral.accepted")
    } else {
        ("desk.referral.decline", "referral.declined")
    };
    let done = trail(&operator, &headers, action, ("referral", id), None).notify(
        [referral.created_by],
        kind,
        ("referral", id),
    );
    if !state
        .store()
        .decide_referral(
            id,
            (accept, &reason),
            operator.user.id,
            &cipher(&state),
            &done,
        )
        .await?
    {
        return Err(WebError::NotPermitted("the referral is no longer waiting"));
    }
    state.mail_queued();
    Ok(Redirect::to(&format!("/app/desk/referrals/{id}?saved=1")).into_response())
}

/// Closes an open referral with its outcome (the receiving agency once it
/// acted, or the sender withdrawing it): the receiving agency's access ends
/// and the other side is told.
pub(crate) async fn close(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    let (referral, side, _, _) =
        referral_in_scope(&state, &operator, id, perm::DESK_CASE_WRITE).await?;
    let outcome: String = form.get("outcome").chars().take(2000).collect();
    if outcome.is_empty() {
        let notice = Notice::default();
        return render_referral(
            (&state, &operator),
            (&headers, &csrf),
            id,
            notice,
            Some(form),
        )
        .await;
    }
    if side == Side::Receiver && referral.status != ReferralStatus::Accepted {
        return Err(WebError::NotPermitted(
            "the receiving agency closes a referral it accepted",
        ));
    }
    let told = match side {
        Side::Receiver => vec![referral.created_by],
        Side::Sender => staff(&state, referral.to_agency_id, perm::DESK_PERSON_READ, None).await?,
    };
    let done = trail(
        &operator,
        &headers,
        "desk.referral.close",
        ("referral", id),
        None,
    )
    .notify(told, "referral.closed", ("referral", id));
    if !state
        .store()
        .close_referral(id, &outcome, &cipher(&state), &done)
        .await?
    {
        return Err(WebError::NotPermitted("the referral is not open"));
    }
    state.mail_queued();
    let back = match side {
        Side::Receiver => "/app/desk/referrals".to_owned(),
        Side::Sender => format!("/app/desk/referrals/{id}?saved=1"),
    };
    Ok(Redirect::to(&back).into_response())
}

/// A referral as the API gives it.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ReferralJson {
    /// Id.
    id: Uuid,
    /// `sender` or `receiver`: which side the caller is on.
    side: &'static str,
    /// Sending agency.
    from_agency: Uuid,
    /// Receiving agency.
    to_agency: Uuid,
    /// Purpose code.
    purpose: &'static str,
    /// `routine`, `priority`, `urgent`.
    urgency: &'static str,
    /// `sent`, `accepted`, `declined`, `closed`.
    status: &'static str,
    /// Why the person was referred.
    reason: String,
    /// Sent.
    created_at: chrono::DateTime<Utc>,
    /// The receiving agency reads the package until then (while open).
    access_until: chrono::DateTime<Utc>,
    /// The parts of the record in the package.
    parts: Vec<&'static str>,
    /// The parts of the package left out because the caller's profession
    /// may not read them (health notes, vulnerabilities).
    withheld: Vec<&'static str>,
    /// The package: only the parts chosen, and of those only what the
    /// caller's profession may read.
    #[schema(value_type = Object)]
    package: serde_json::Value,
}

/// A referral and its package, to the sending agency and, while the
/// referral is open and its access lasts, to the receiving one (audited in
/// the person's access log).
#[utoipa::path(
    get,
    path = "/api/v1/desk/referrals/{id}",
    tag = "desk",
    params(("id" = Uuid, Path, description = "Referral id")),
    responses(
        (status = 200, description = "The referral and its package", body = ReferralJson),
        (status = 404, description = "No such referral open to you", body = crate::error::Problem,
         content_type = "application/problem+json"),
    )
)]
pub(crate) async fn api(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Json<ReferralJson>> {
    let Ctx {
        state,
        operator,
        headers,
        ..
    } = ctx;
    let (referral, side, _, _) =
        referral_in_scope(&state, &operator, id, perm::DESK_PERSON_READ).await?;
    audit_read(&state, &operator, &headers, &referral).await?;
    let (package, withheld) = package_for(&state, &operator, id).await?;
    let package = serde_json::to_value(&package).map_err(|e| WebError::Internal(e.into()))?;
    Ok(Json(ReferralJson {
        id: referral.id,
        side: match side {
            Side::Sender => "sender",
            Side::Receiver => "receiver",
        },
        from_agency: referral.from_agency_id,
        to_agency: referral.to_agency_id,
        purpose: referral.purpose.as_str(),
        urgency: referral.urgency.as_str(),
        status: referral.status.as_str(),
        reason: referral.reason,
        created_at: referral.created_at,
        access_until: referral.access_until,
        parts: referral
            .parts
            .iter()
            .filter(|p| !withheld.contains(p))
            .map(|p| p.as_str())
            .collect(),
        withheld: withheld.iter().map(|p| p.as_str()).collect(),
        package,
    }))
}

/// Tells each receiving agency whose access ends within
/// [`ACCESS_EXPIRY_NOTICE_DAYS`] days (once per referral). The server runs
/// it every hour; returns how many referrals were noticed.
pub async fn notice_ending_access(state: &AppState) -> WebResult<usize> {
    let now = Utc::now();
    let ending = state
        .store()
        .referrals_ending(
            now,
            now + chrono::Duration::days(ACCESS_EXPIRY_NOTICE_DAYS),
            &cipher(state),
        )
        .await?;
    let mut noticed = 0;
    for r in &ending {
        let staff = staff(state, r.to_agency_id, perm::DESK_PERSON_READ, None).await?;
        let notice = Trail::unrecorded().notify(staff, "referral.expiring", ("referral", r.id));
        if state.store().expiry_noticed(r.id, &notice).await? {
            noticed += 1;
        }
    }
    state.mail_queued();
    Ok(noticed)
}
