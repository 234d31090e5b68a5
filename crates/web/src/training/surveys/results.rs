//! A survey's results for the programme's coordinators
//! (`/app/training/surveys/{id}/results`): per question, the counts of each
//! choice (or point, or ranking's points) in total and per group of
//! respondents (province, profession or agency kind), narrowed to one
//! province, profession or kind if asked; a bar chart drawn on the server
//! (SVG, hidden from screen readers: the table beside it has every number)
//! and the free-text answers in alphabetical order, never with who wrote
//! them. From a choice or a question, a course is created for that need.
//! The responses download as CSV or XLSX, the form as XLSForm.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use crocevia_domain::Lang;
use crocevia_domain::territories::territories;
use crocevia_domain::training::survey::{Question, QuestionKind, SCALE};
use crocevia_domain::training::xlsform::{self, Rows};
use crocevia_store::training::survey_results::{Group, Results};
use crocevia_store::training::surveys::Survey;
use serde::Deserialize;
use uuid::Uuid;

use super::{load, xlsx};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::form::Choice;
use crate::i18n::Tr;
use crate::identity::AppChrome;
use crate::training::require_manage;

/// What the page is asked: the grouping and the filters.
#[derive(Debug, Default, Deserialize)]
pub(in crate::training) struct Asked {
    #[serde(default)]
    by: String,
    #[serde(default)]
    province: String,
    #[serde(default)]
    profession: String,
    #[serde(default)]
    agency_kind: String,
}

const GROUPS: [(Group, &str); 3] = [
    (Group::Province, "province"),
    (Group::Profession, "profession"),
    (Group::AgencyKind, "agency_kind"),
];

/// A group's code as a person reads it.
fn group_label(tr: Tr, group: Group, code: &str) -> String {
    let named = match group {
        Group::Province => territories().province(code).map(|p| p.name.clone()),
        Group::Profession => Some(tr.t(&format!("survey-profession-{code}"))),
        Group::AgencyKind => Some(tr.t(&format!("kind-{code}"))),
    };
    named
        .filter(|n| !code.is_empty() && !n.is_empty())
        .unwrap_or_else(|| tr.t("survey-results-unknown"))
}

/// One column of the tables: a group with its respondents.
struct Column {
    label: String,
    respondents: u64,
}

/// One line of a question's table and chart.
struct Line {
    label: String,
    total: u64,
    cells: Vec<u64>,
    /// The chart's label (shortened: the table has it whole).
    short: String,
    /// The bar's length in the chart (0 to 270).
    width: u64,
    /// Percent of the respondents (choices, points).
    share: String,
    /// Where a course for this need is created.
    need: Option<String>,
}

/// One question's results.
struct QuestionResult {
    number: usize,
    label: String,
    kind: String,
    /// What the numbers count.
    unit: String,
    lines: Vec<Line>,
    /// The mean point of a scale.
    mean: Option<String>,
    /// The free texts, each with how many gave it (alphabetical).
    texts: Vec<(String, usize)>,
    /// The chart's height.
    height: usize,
    need: String,
}

/// An option of a filter.
struct Filter {
    name: &'static str,
    label: String,
    options: Vec<Choice>,
    value: String,
}

#[derive(Template)]
#[template(path = "app_training_survey_results.html")]
struct ResultsPage {
    app: AppChrome,
    id: Uuid,
    title: String,
    /// "45 people answered".
    respondents_label: String,
    by: &'static str,
    groups: Vec<Choice>,
    filters: Vec<Filter>,
    columns: Vec<Column>,
    questions: Vec<QuestionResult>,
    /// Whether the page reads right to left (the chart's labels).
    rtl: bool,
}

fn percent(part: u64, whole: u64) -> u64 {
    (part * 100).checked_div(whole).unwrap_or(0)
}

fn count(
    results: &Results,
    q: &str,
    choice: Option<&str>,
    value: Option<i32>,
    grp: Option<&str>,
) -> u64 {
    results
        .tallies
        .iter()
        .filter(|t| {
            t.question == q
                && t.choice.as_deref() == choice
                && t.value == value
                && grp.is_none_or(|g| t.grp == g)
        })
        .map(|t| u64::try_from(t.n).unwrap_or(0))
        .sum()
}

/// A ranking's points of `choice`: a first place counts as many points as
/// there are choices, the last one point.
fn points(results: &Results, q: &Question, choice: &str, grp: Option<&str>) -> u64 {
    let n = q.choices.len();
    (1..=n)
        .map(|place| {
            let worth = u64::try_from(n + 1 - place).unwrap_or(0);
            let place = i32::try_from(place).unwrap_or(i32::MAX);
            worth * count(results, &q.name, Some(choice), Some(place), grp)
        })
        .sum()
}

fn question_result(
    ctx: &Ctx,
    survey: &Survey,
    (number, q): (usize, &Question),
    results: &Results,
    (codes, respondents): (&[String], u64),
) -> QuestionResult {
    let tr = ctx.tr;
    let lang = ctx.lang;
    let need_of = |choice: Option<&str>| {
        let mut link = format!(
            "/app/training/courses/new?survey={}&question={}",
            survey.id, q.name
        );
        if let Some(c) = choice {
            link.push_str("&choice=");
            link.push_str(c);
        }
        link
    };
    let line = |label: String, at: &dyn Fn(Option<&str>) -> u64, need: Option<String>| {
        let total = at(None);
        Line {
            short: if label.chars().count() > 44 {
                format!("{}…", label.chars().take(42).collect::<String>())
            } else {
                label.clone()
            },
            label,
            total,
            cells: codes.iter().map(|c| at(Some(c))).collect(),
            width: 0,
            share: format!("{} %", percent(total, respondents)),
            need,
        }
    };
    let mut lines: Vec<Line> = match q.kind {
        QuestionKind::Single | QuestionKind::Multiple => q
            .choices
            .iter()
            .map(|c| {
                line(
                    c.label.get(lang).to_owned(),
                    &|g| count(results, &q.name, Some(&c.name), None, g),
                    Some(need_of(Some(&c.name))),
                )
            })
            .collect(),
        QuestionKind::Scale => SCALE
            .map(|p| {
                line(
                    p.to_string(),
                    &|g| count(results, &q.name, None, Some(i32::from(p)), g),
                    None,
                )
            })
            .collect(),
        QuestionKind::Ranking => {
            let mut ranked: Vec<Line> = q
                .choices
                .iter()
                .map(|c| {
                    let mut l = line(
                        c.label.get(lang).to_owned(),
                        &|g| points(results, q, &c.name, g),
                        Some(need_of(Some(&c.name))),
                    );
                    l.share = String::new();
                    l
                })
                .collect();
            ranked.sort_by_key(|l| std::cmp::Reverse(l.total));
            ranked
        }
        QuestionKind::Text => Vec::new(),
    };
    let longest = lines.iter().map(|l| l.total).max().unwrap_or(0);
    for l in &mut lines {
        l.width = percent(l.total, longest) * 270 / 100;
    }
    let mean = (q.kind == QuestionKind::Scale).then(|| {
        let (sum, n) = SCALE.fold((0u64, 0u64), |(s, n), p| {
            let c = count(results, &q.name, None, Some(i32::from(p)), None);
            (s + u64::from(p) * c, n + c)
        });
        (sum * 10).checked_div(n).map_or_else(
            || "–".to_owned(),
            |tenths| {
                let comma = matches!(lang, Lang::It | Lang::Fr | Lang::Es | Lang::Sq | Lang::Uk);
                format!(
                    "{}{}{}",
                    tenths / 10,
                    if comma { ',' } else { '.' },
                    tenths % 10
                )
            },
        )
    });
    let unit = match q.kind {
        QuestionKind::Ranking => {
            tr.t_count("survey-results-points", "count", q.choices.len() as u64)
        }
        QuestionKind::Text => String::new(),
        _ => tr.t("survey-results-answers"),
    };
    QuestionResult {
        number,
        label: q.label.get(lang).to_owned(),
        kind: tr.t(&format!("survey-kind-{}", q.kind.as_str())),
        unit,
        height: lines.len() * 40,
        lines,
        mean,
        texts: results
            .texts
            .iter()
            .filter(|(name, _)| *name == q.name)
            .fold(Vec::new(), |mut texts: Vec<(String, usize)>, (_, w)| {
                match texts.last_mut() {
                    Some((last, n)) if last.trim() == w.trim() => *n += 1,
                    _ => texts.push((w.clone(), 1)),
                }
                texts
            }),
        need: need_of(None),
    }
}

/// The results page.
pub(in crate::training) async fn show(
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(asked): Query<Asked>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let store = ctx.state.store();
    let tr = ctx.tr;
    let (by, by_name) = GROUPS
        .into_iter()
        .find(|(_, name)| *name == asked.by)
        .unwrap_or(GROUPS[0]);
    let mut filter = Vec::new();
    let mut filters = Vec::new();
    for (group, name) in GROUPS {
        let value = match group {
            Group::Province => &asked.province,
            Group::Profession => &asked.profession,
            Group::AgencyKind => &asked.agency_kind,
        };
        let present = store.survey_respondents(id, group).await?;
        if present.iter().any(|(code, _)| code == value) {
            filter.push((group, value.clone()));
        }
        filters.push(Filter {
            name,
            label: tr.t(&format!("survey-results-{name}")),
            options: present
                .iter()
                .map(|(code, _)| Choice::new(code.clone(), group_label(tr, group, code)))
                .collect(),
            value: value.clone(),
        });
    }
    let results = store.survey_results(id, by, &filter).await?;
    let codes: Vec<String> = results.respondents.iter().map(|(c, _)| c.clone()).collect();
    let respondents: u64 = results.respondents.iter().map(|(_, n)| n).sum();
    let columns = results
        .respondents
        .iter()
        .map(|(code, n)| Column {
            label: group_label(tr, by, code),
            respondents: *n,
        })
        .collect();
    let questions = survey
        .input
        .form
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| question_result(&ctx, &survey, (i + 1, q), &results, (&codes, respondents)))
        .collect();
    let mut app = ctx.chrome("survey-results-title").await?;
    app.title = tr.t1("survey-results-of", "title", &survey.input.title);
    Ok(render_html(&ResultsPage {
        app,
        id,
        title: survey.input.title.clone(),
        respondents_label: tr.t_count("survey-results-respondents", "count", respondents),
        by: by_name,
        groups: GROUPS
            .into_iter()
            .map(|(_, name)| Choice::new(name, tr.t(&format!("survey-results-{name}"))))
            .collect(),
        filters,
        columns,
        questions,
        rtl: ctx.lang.direction() == crocevia_domain::Direction::Rtl,
    }))
}

/// Every response as rows: the day, agency kind, profession, province
/// (abbreviation), then one column per question (its name): the choice,
/// the choices or the ranking separated by spaces (as Kobo exports them),
/// the point or the words.
async fn response_rows(ctx: &Ctx, survey: &Survey) -> WebResult<Rows> {
    let mut header = vec![
        "submitted_on".to_owned(),
        "agency_kind".to_owned(),
        "profession".to_owned(),
        "province".to_owned(),
    ];
    let questions = &survey.input.form.questions;
    header.extend(questions.iter().map(|q| q.name.clone()));
    let mut rows = vec![header];
    for r in ctx.state.store().survey_responses(survey.id).await? {
        let mut row = vec![
            r.submitted_on,
            r.agency_kind,
            r.profession,
            territories()
                .province(&r.province)
                .map_or(r.province.clone(), |p| p.abbr.clone()),
        ];
        for q in questions {
            let mut mine: Vec<_> = r.answers.iter().filter(|a| a.question == q.name).collect();
            let cell = match q.kind {
                QuestionKind::Text => mine
                    .iter()
                    .filter_map(|a| a.words.clone())
                    .collect::<Vec<_>>()
                    .join("\n"),
                QuestionKind::Scale => mine
                    .iter()
                    .filter_map(|a| a.value)
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                QuestionKind::Ranking => {
                    mine.sort_by_key(|a| a.value);
                    mine.iter()
                        .filter_map(|a| a.choice.clone())
                        .collect::<Vec<_>>()
                        .join(" ")
                }
                QuestionKind::Single | QuestionKind::Multiple => mine
                    .iter()
                    .filter_map(|a| a.choice.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            row.push(cell);
        }
        rows.push(row);
    }
    Ok(rows)
}

/// A file to download, never cached.
fn download(content_type: &'static str, name: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn file_stem(survey: &Survey) -> String {
    format!("survey-{}", &survey.id.simple().to_string()[..8])
}

/// The responses as CSV.
pub(in crate::training) async fn responses_csv(
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let rows = response_rows(&ctx, &survey).await?;
    let bytes =
        xlsx::csv(&rows).map_err(|e| WebError::Internal(anyhow::anyhow!("csv export: {e}")))?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("{}.csv", file_stem(&survey)),
        bytes,
    ))
}

/// The responses as XLSX.
pub(in crate::training) async fn responses_xlsx(
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let rows = response_rows(&ctx, &survey).await?;
    let bytes = xlsx::write(&[("responses".to_owned(), rows)])
        .map_err(|e| WebError::Internal(anyhow::anyhow!("xlsx export: {e}")))?;
    Ok(download(
        XLSX,
        format!("{}.xlsx", file_stem(&survey)),
        bytes,
    ))
}

/// The form as XLSForm, to edit in a spreadsheet or load into Kobo.
pub(in crate::training) async fn xlsform_file(
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> WebResult<Response> {
    require_manage(&ctx).await?;
    let survey = load(&ctx, id).await?;
    let stem = file_stem(&survey);
    let sheets = xlsform::write(
        &survey.input.title,
        &stem.replace('-', "_"),
        &survey.input.form,
    );
    let bytes = xlsx::write(&sheets)
        .map_err(|e| WebError::Internal(anyhow::anyhow!("xlsx export: {e}")))?;
    Ok(download(XLSX, format!("{stem}-xlsform.xlsx"), bytes))
}
