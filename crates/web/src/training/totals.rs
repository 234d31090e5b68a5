//! The programme's totals for the Region (`/app/training/totals`,
//! `monitoring.read`): operators trained (unique people with a certificate
//! not revoked), certified hours and enrolled people; each project's people
//! against its target; by agency kind, profession, area, thematic line and
//! project.
//! Counts only, never a name.

use askama::Template;
use axum::response::Response;
use crocevia_domain::identity::{Target, perm};
use crocevia_store::training::totals::Count;

use super::{Programme, hours_text};
use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::guard::authorize;
use crate::identity::AppChrome;

/// One line of a breakdown, as shown.
struct Line {
    label: String,
    people: u64,
    hours: String,
    /// Share of the largest line, for the bar (0–100).
    bar: u64,
}

/// A breakdown table.
struct Breakdown {
    id: &'static str,
    title: String,
    lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "app_training_totals.html")]
struct TotalsPage {
    app: AppChrome,
    people: u64,
    hours: String,
    enrolled: u64,
    /// Each project's target in words and the share reached (0–100).
    targets: Vec<(String, u64)>,
    breakdowns: Vec<Breakdown>,
}

fn breakdown(
    ctx: &Ctx,
    (id, title): (&'static str, &str),
    counts: &[Count],
    label: impl Fn(&str) -> String,
) -> Breakdown {
    let top = counts.iter().map(|c| c.people).max().unwrap_or(0).max(1);
    Breakdown {
        id,
        title: ctx.tr.t(title),
        lines: counts
            .iter()
            .map(|c| Line {
                label: label(&c.key),
                people: c.people,
                hours: hours_text(u32::try_from(c.half_hours).unwrap_or(u32::MAX), ctx.lang),
                bar: c.people * 100 / top,
            })
            .collect(),
    }
}

/// The totals page.
pub(super) async fn show(ctx: Ctx) -> WebResult<Response> {
    authorize(
        &ctx.state,
        &ctx.operator,
        perm::MONITORING_READ,
        &Target::Listing,
    )
    .await?;
    let store = ctx.state.store();
    let totals = store.training_totals().await?;
    let programme = Programme::load(&ctx).await?;
    let tr = ctx.tr;
    let targets = programme
        .projects
        .iter()
        .filter_map(|p| {
            let target = u64::from(p.people?.max(1));
            let trained = totals
                .by_project
                .iter()
                .find(|c| c.key == p.code)
                .map_or(0, |c| c.people);
            let share = trained * 100 / target;
            Some((
                tr.t_args(
                    "training-totals-target",
                    &[
                        ("project", &p.name),
                        ("trained", &trained.to_string()),
                        ("people", &target.to_string()),
                        ("share", &share.to_string()),
                    ],
                ),
                share.min(100),
            ))
        })
        .collect();
    let breakdowns = vec![
        breakdown(
            &ctx,
            ("by-agency-kind", "training-totals-by-agency-kind"),
            &totals.by_agency_kind,
            |k| tr.t(&format!("kind-{k}")),
        ),
        breakdown(
            &ctx,
            ("by-profession", "training-totals-by-profession"),
            &totals.by_profession,
            |k| tr.t(&format!("profession-{k}")),
        ),
        breakdown(
            &ctx,
            ("by-area", "training-totals-by-area"),
            &totals.by_area,
            |k| programme.area_name(k),
        ),
        breakdown(
            &ctx,
            ("by-line", "training-totals-by-line"),
            &totals.by_line,
            |k| programme.line_name(k),
        ),
        breakdown(
            &ctx,
            ("by-project", "training-totals-by-project"),
            &totals.by_project,
            |k| {
                if k.is_empty() {
                    tr.t("training-project-none")
                } else {
                    programme.project_name(k)
                }
            },
        ),
    ];
    Ok(render_html(&TotalsPage {
        app: ctx.chrome("training-totals-title").await?,
        people: totals.people,
        hours: hours_text(
            u32::try_from(totals.half_hours).unwrap_or(u32::MAX),
            ctx.lang,
        ),
        enrolled: totals.enrolled,
        targets,
        breakdowns,
    }))
}
