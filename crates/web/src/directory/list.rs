//! The editors' list of the services directory, with services not checked for a year flagged.

use super::scope::Owners;
use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, app_chrome, authorize};
use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use chrono::{Duration, Utc};
use crocevia_domain::identity::{Target, perm};
use crocevia_domain::territories::territories;
use crocevia_store::directory::hsds::Kind;
use serde::Deserialize;

/// Services not checked for this long are flagged.
pub(super) const STALE_DAYS: i64 = 365;

pub(super) struct Row {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) organization: String,
    pub(super) municipality: String,
    pub(super) status: String,
    pub(super) verified: String,
    pub(super) stale: bool,
}

#[derive(Template)]
#[template(path = "app_directory.html")]
pub(super) struct ListPage {
    pub(super) app: AppChrome,
    pub(super) notice: Option<String>,
    pub(super) stale_summary: String,
    pub(super) only_stale: bool,
    pub(super) rows: Vec<Row>,
}

/// Query of the editors' list.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    pub(super) stale: Option<String>,
    pub(super) saved: Option<String>,
}

pub(super) fn status_label(tr: Tr, status: &str) -> String {
    tr.t(match status {
        "active" => "appdir-status-active",
        "temporarily closed" => "appdir-status-closed",
        _ => "appdir-status-inactive",
    })
}

/// The editors' list.
pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::DIRECTORY_EDIT, &Target::Listing).await?;
    let tr = Tr(lang);
    let model = state.directory().await?;
    let cutoff = Utc::now() - Duration::days(STALE_DAYS);
    // Only the services this editor may change.
    let owners = Owners::of(&state, &operator).await?;
    let owned = state.store().directory_owners(Kind::Service).await?;
    let mut rows: Vec<Row> = model
        .services
        .iter()
        .filter(|(id, _)| owners.covers(owned.get(*id).copied()))
        .map(|(id, info)| {
            let verified_at = model.snapshot.verified.get(id).copied().flatten();
            let municipality = model
                .of_service(id)
                .first()
                .and_then(|l| l.municipality.as_deref())
                .and_then(|m| territories().municipality(m))
                .map(|m| m.name.clone())
                .unwrap_or_default();
            Row {
                id: id.clone(),
                name: info.name.clone(),
                organization: info.organization.clone(),
                municipality,
                status: status_label(tr, &info.status),
                verified: verified_at.map_or_else(
                    || tr.t("appdir-never"),
                    |at| at.format("%Y-%m-%d").to_string(),
                ),
                stale: verified_at.is_none_or(|at| at < cutoff),
            }
        })
        .collect();
    let stale_count = rows.iter().filter(|r| r.stale).count();
    let only_stale = q.stale.is_some();
    if only_stale {
        rows.retain(|r| r.stale);
    }
    rows.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    let app = app_chrome(&state, lang, "appdir-title", Some(&operator.user), &csrf).await?;
    Ok(render_html(&ListPage {
        app,
        notice: q.saved.map(|_| tr.t("appdir-saved")),
        stale_summary: tr.t_args("appdir-stale", &[("count", &stale_count.to_string())]),
        only_stale,
        rows,
    }))
}
