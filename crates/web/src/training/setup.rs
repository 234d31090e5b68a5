//! The programme's set-up (`/app/training/setup`, `training.manage`): its
//! territorial areas, each made of provinces, its thematic lines and the
//! projects that fund it (target, funding statement and EU emblem of their
//! certificates). Areas and lines are tables of rows, projects a group of
//! fields each; an emptied row or group is removed (refused while an
//! edition or a course still uses it), blank ones add new ones.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::territories::{Province, territories};
use crocevia_domain::training::valid_code;
use crocevia_store::StoreError;
use crocevia_store::identity::audit::AuditEvent;
use crocevia_store::training::projects::FUNDING_MAX;
use crocevia_store::training::{Area, Line, Project};

use super::{Saved, require_manage};
use crate::context::Ctx;
use crate::error::{WebResult, render_form};
use crate::form::Posted;
use crate::identity::AppChrome;

/// One row of a table, as shown or as typed.
struct Row {
    code: String,
    name: String,
    /// Provinces, space-separated (areas only).
    provinces: String,
}

#[derive(Template)]
#[template(path = "app_training_setup.html")]
struct SetupPage {
    app: AppChrome,
    areas: Vec<Row>,
    lines: Vec<Row>,
    /// The projects, as shown or typed, with one blank.
    projects: Vec<ProjectRow>,
    /// Why the tables were refused.
    error: Option<String>,
    saved: bool,
}

/// A project, as shown or typed.
struct ProjectRow {
    code: String,
    name: String,
    /// Operators to train, empty for no target.
    people: String,
    funding: String,
    emblem: bool,
}

impl ProjectRow {
    fn blank() -> Self {
        ProjectRow {
            code: String::new(),
            name: String::new(),
            people: String::new(),
            funding: String::new(),
            emblem: true,
        }
    }
}

const BLANK_ROWS: usize = 3;

fn blank(rows: &mut Vec<Row>) {
    rows.extend((0..BLANK_ROWS).map(|_| Row {
        code: String::new(),
        name: String::new(),
        provinces: String::new(),
    }));
}

async fn render(ctx: &Ctx, typed: Option<(&Posted, String)>, saved: bool) -> WebResult<Response> {
    let (mut areas, mut lines, mut projects, error) = match typed {
        Some((form, why)) => (
            typed_rows(form, "area"),
            typed_rows(form, "line"),
            typed_projects(form),
            Some(why),
        ),
        None => {
            let store = ctx.state.store();
            let projects = store
                .training_projects()
                .await?
                .into_iter()
                .map(|p| ProjectRow {
                    code: p.code,
                    name: p.name,
                    people: p.people.map(|n| n.to_string()).unwrap_or_default(),
                    funding: p.funding,
                    emblem: p.emblem,
                })
                .collect();
            let areas = store
                .training_areas()
                .await?
                .into_iter()
                .map(|a| Row {
                    code: a.code,
                    name: a.name,
                    provinces: a
                        .provinces
                        .iter()
                        .map(|code| {
                            territories()
                                .province(code)
                                .map_or_else(|| code.clone(), |p| p.abbr.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                })
                .collect();
            let lines = store
                .training_lines()
                .await?
                .into_iter()
                .map(|l| Row {
                    code: l.code,
                    name: l.name,
                    provinces: String::new(),
                })
                .collect();
            (areas, lines, projects, None)
        }
    };
    blank(&mut areas);
    blank(&mut lines);
    projects.push(ProjectRow::blank());
    let refused = error.is_some();
    Ok(render_form(
        &SetupPage {
            app: ctx.chrome("training-setup-title").await?,
            areas,
            lines,
            projects,
            error,
            saved,
        },
        refused,
    ))
}

/// The values typed in column `name` of table `table` (`area_code`…), in
/// order, trimmed.
fn typed_column(form: &Posted, table: &str, name: &str) -> Vec<String> {
    form.all(&format!("{table}_{name}"))
        .map(|v| v.trim().to_owned())
        .collect()
}

/// The rows typed in table `table` (`area`, `line`), blank ones left out.
fn typed_rows(form: &Posted, table: &str) -> Vec<Row> {
    let column = |name: &str| typed_column(form, table, name);
    let (codes, names, provinces) = (column("code"), column("name"), column("provinces"));
    codes
        .iter()
        .enumerate()
        .map(|(i, code)| Row {
            code: code.clone(),
            name: names.get(i).cloned().unwrap_or_default(),
            provinces: provinces.get(i).cloned().unwrap_or_default(),
        })
        .filter(|r| !(r.code.is_empty() && r.name.is_empty() && r.provinces.is_empty()))
        .take(200)
        .collect()
}

/// The set-up page.
pub(super) async fn show(ctx: Ctx, Query(q): Query<Saved>) -> WebResult<Response> {
    require_manage(&ctx).await?;
    render(&ctx, None, q.saved.is_some()).await
}

/// A province typed by its abbreviation (`TO`, `vco`) or ISTAT code (`001`).
fn province(typed: &str) -> Option<&'static Province> {
    let t = territories();
    t.province(typed)
        .or_else(|| t.provinces().find(|p| p.abbr.eq_ignore_ascii_case(typed)))
}

/// The projects typed, blank ones left out (each group posts every field;
/// the emblem is a choice of `yes` or `no`).
fn typed_projects(form: &Posted) -> Vec<ProjectRow> {
    let column = |name: &str| typed_column(form, "project", name);
    let (codes, names, people, funding, emblems) = (
        column("code"),
        column("name"),
        column("people"),
        column("funding"),
        column("emblem"),
    );
    let at = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    codes
        .iter()
        .enumerate()
        .map(|(i, code)| ProjectRow {
            code: code.clone(),
            name: at(&names, i),
            people: at(&people, i),
            funding: at(&funding, i),
            emblem: at(&emblems, i) != "no",
        })
        .filter(|p| {
            !(p.code.is_empty() && p.name.is_empty() && p.people.is_empty() && p.funding.is_empty())
        })
        .take(50)
        .collect()
}

/// Checks the projects: the first problem, by project, in words.
fn check_projects(ctx: &Ctx, rows: &[ProjectRow]) -> Result<Vec<Project>, String> {
    let tr = ctx.tr;
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let row = (i + 1).to_string();
        let at = |key: &str| tr.t1(key, "row", &row);
        if valid_code(&r.code).is_none() {
            return Err(at("training-setup-error-project-code"));
        }
        if r.name.is_empty() || r.name.chars().count() > 200 {
            return Err(at("training-setup-error-project-name"));
        }
        if rows[..i].iter().any(|o| o.code == r.code) {
            return Err(at("training-setup-error-project-twice"));
        }
        let people = if r.people.is_empty() {
            None
        } else {
            match r.people.parse::<u32>() {
                Ok(n) if (1..=1_000_000).contains(&n) => Some(n),
                _ => return Err(at("training-setup-error-project-people")),
            }
        };
        if r.funding.chars().count() > FUNDING_MAX {
            return Err(at("training-setup-error-project-funding"));
        }
        out.push(Project {
            code: r.code.clone(),
            name: r.name.clone(),
            people,
            funding: r.funding.clone(),
            emblem: r.emblem,
        });
    }
    Ok(out)
}

/// Checks the rows: the first problem, by table and row, in words.
fn check(ctx: &Ctx, table: &str, rows: &[Row]) -> Result<(), String> {
    let tr = ctx.tr;
    for (i, r) in rows.iter().enumerate() {
        let row = (i + 1).to_string();
        let at = |key: &str| {
            tr.t_args(
                key,
                &[
                    ("table", &tr.t(&format!("training-setup-{table}s"))),
                    ("row", &row),
                ],
            )
        };
        if valid_code(&r.code).is_none() {
            return Err(at("training-setup-error-code"));
        }
        if r.name.is_empty() || r.name.chars().count() > 200 {
            return Err(at("training-setup-error-name"));
        }
        if rows[..i].iter().any(|o| o.code == r.code) {
            return Err(at("training-setup-error-twice"));
        }
        if table == "area"
            && (r.provinces.split_whitespace().next().is_none()
                || r.provinces
                    .split_whitespace()
                    .any(|p| province(p).is_none()))
        {
            return Err(at("training-setup-error-provinces"));
        }
    }
    Ok(())
}

/// Saves the areas, lines and projects; nothing is written when one is
/// refused.
pub(super) async fn save(ctx: Ctx, body: Bytes) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let form = Posted::parse(&body);
    let areas = typed_rows(&form, "area");
    let lines = typed_rows(&form, "line");
    let checked = check(&ctx, "area", &areas)
        .and_then(|()| check(&ctx, "line", &lines))
        .and_then(|()| check_projects(&ctx, &typed_projects(&form)));
    let projects = match checked {
        Ok(projects) => projects,
        Err(why) => return render(&ctx, Some((&form, why)), false).await,
    };
    let areas: Vec<Area> = areas
        .into_iter()
        .map(|r| Area {
            code: r.code,
            name: r.name,
            provinces: r
                .provinces
                .split_whitespace()
                .filter_map(province)
                .map(|p| p.code.clone())
                .collect(),
        })
        .collect();
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|r| Line {
            code: r.code,
            name: r.name,
        })
        .collect();
    let trail = ctx.trail(AuditEvent::new(
        "training.setup.save",
        "training_programme",
        None,
    ));
    match ctx
        .state
        .store()
        .save_programme((&areas, &lines, &projects), &trail)
        .await
    {
        Ok(()) => Ok(Redirect::to("/app/training/setup?saved=1").into_response()),
        Err(StoreError::Conflict(what)) => {
            let why = ctx.tr.t(&format!("training-setup-error-used-{what}"));
            render(&ctx, Some((&form, why)), false).await
        }
        Err(e) => Err(e.into()),
    }
}
