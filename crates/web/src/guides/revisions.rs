//! A guide's revisions: what changed field by field, and restoring an earlier one (audited).

use super::edit::{refuse, status_label, trail};
use crate::context::Ctx;
use crate::error::{WebError, WebResult, render_html};
use crate::i18n::Tr;
use crate::identity::{AppChrome, app_chrome, authorize};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::guides::GUIDE_FIELDS;
use crocevia_domain::identity::{Target, perm};
use crocevia_store::StoreError;
use crocevia_store::guides::{GuideInput, RevisionContent};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One field's difference between two revisions, word by word.
pub(super) struct FieldDiff {
    pub(super) label: String,
    pub(super) pieces: Vec<DiffPiece>,
}

/// What one revision changed, field by field.
pub(super) struct RevisionDiff {
    pub(super) number: i32,
    pub(super) fields: Vec<FieldDiff>,
}

/// A run of words of one kind in a field's difference.
pub(super) struct DiffPiece {
    /// Added or removed (not in both revisions).
    pub(super) changed: bool,
    /// Removed (in the older revision only).
    pub(super) removed: bool,
    pub(super) text: String,
}

impl DiffPiece {
    fn new(changed: bool, removed: bool, text: impl Into<String>) -> DiffPiece {
        DiffPiece {
            changed,
            removed,
            text: text.into(),
        }
    }
}

pub(super) struct RevisionRow {
    pub(super) number: i32,
    pub(super) when: String,
    pub(super) who: String,
    pub(super) status: String,
}

#[derive(Template)]
#[template(path = "app_guide_revisions.html")]
pub(super) struct RevisionsPage {
    pub(super) app: AppChrome,
    pub(super) id: String,
    pub(super) title: String,
    pub(super) rows: Vec<RevisionRow>,
    pub(super) diff: Option<RevisionDiff>,
}

/// Which revision to compare with the one before it.
#[derive(Debug, Deserialize)]
pub struct RevisionsQuery {
    pub(super) diff: Option<i32>,
}

/// A field key as a label: `step.2.body` → "Passo 2: testo".
pub(super) fn field_label(tr: Tr, key: &str) -> String {
    match key.strip_prefix("step.").and_then(|r| r.split_once('.')) {
        Some((n, part)) => tr.t_args(
            "appguide-diff-step",
            &[
                ("number", n),
                (
                    "part",
                    &tr.t(&format!(
                        "appguide-diff-step-{}",
                        part.split('.').next().unwrap_or(part)
                    )),
                ),
            ],
        ),
        None => tr.t(&format!("appguide-field-{key}")),
    }
}

pub(super) fn diff(tr: Tr, old: &RevisionContent, new: &RevisionContent) -> Vec<FieldDiff> {
    let mut keys: Vec<&String> = old.texts.keys().chain(new.texts.keys()).collect();
    keys.sort();
    keys.dedup();
    let order = |k: &str| {
        GUIDE_FIELDS
            .iter()
            .position(|f| *f == k)
            .unwrap_or(if k == "documents" { 3 } else { 50 })
    };
    keys.sort_by_key(|k| order(k));
    let mut out = Vec::new();
    let empty = String::new();
    for key in keys {
        let (a, b) = (
            old.texts.get(key).unwrap_or(&empty),
            new.texts.get(key).unwrap_or(&empty),
        );
        if a == b {
            continue;
        }
        // Consecutive words of the same kind make one piece.
        let mut pieces: Vec<DiffPiece> = Vec::new();
        for c in similar::TextDiff::from_words(a.as_str(), b.as_str()).iter_all_changes() {
            let kind = (
                c.tag() != similar::ChangeTag::Equal,
                c.tag() == similar::ChangeTag::Delete,
            );
            match pieces.last_mut() {
                Some(last) if (last.changed, last.removed) == kind => last.text.push_str(c.value()),
                _ => pieces.push(DiffPiece::new(kind.0, kind.1, c.value())),
            }
        }
        out.push(FieldDiff {
            label: field_label(tr, key),
            pieces,
        });
    }
    let structure = |c: &RevisionContent| {
        serde_json::json!([
            c.slug,
            c.category,
            c.permit_types,
            c.steps,
            c.review_every_months
        ])
        .to_string()
    };
    if structure(old) != structure(new) {
        out.push(FieldDiff {
            label: tr.t("appguide-diff-structure"),
            pieces: vec![
                DiffPiece::new(true, true, structure(old)),
                DiffPiece::new(false, false, " "),
                DiffPiece::new(true, false, structure(new)),
            ],
        });
    }
    out
}

/// The revisions of a guide; with `diff=N`, what revision N changed.
pub async fn revisions(
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<RevisionsQuery>,
) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = store.guide(&id).await?.ok_or(WebError::NotFound)?;
    let tr = Tr(lang);
    let revisions = store.guide_revisions(&id).await?;
    let mut names: BTreeMap<uuid::Uuid, String> = BTreeMap::new();
    for r in &revisions {
        if let Some(by) = r.created_by
            && !names.contains_key(&by)
            && let Some(u) = store.user(by).await?
        {
            names.insert(by, u.display_name);
        }
    }
    let diff = match q.diff {
        Some(n) => {
            let find = |n: i32| revisions.iter().find(|r| r.number == n);
            let new = find(n).ok_or(WebError::NotFound)?;
            let old = find(n - 1).map(RevisionContent::of).unwrap_or_default();
            Some(RevisionDiff {
                number: n,
                fields: diff(tr, &old, &RevisionContent::of(new)),
            })
        }
        None => None,
    };
    let rows = revisions
        .iter()
        .map(|r| RevisionRow {
            number: r.number,
            when: r.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            who: r
                .created_by
                .and_then(|b| names.get(&b).cloned())
                .unwrap_or_else(|| tr.t("appguide-system")),
            status: status_label(tr, &r.status),
        })
        .collect();
    let app = app_chrome(
        &state,
        lang,
        "appguide-revisions",
        Some(&operator.user),
        &csrf,
    )
    .await?;
    Ok(render_html(&RevisionsPage {
        app,
        title: guide.texts.italian("title").to_owned(),
        id,
        rows,
        diff,
    }))
}

/// Restores a revision's Italian texts and structure (as a new revision;
/// the status stays).
pub async fn restore(ctx: Ctx, Path((id, number)): Path<(String, i32)>) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        lang,
        ..
    } = ctx;
    authorize(&state, &operator, perm::GUIDES_EDIT, &Target::Network).await?;
    let store = state.store();
    let guide = store.guide(&id).await?.ok_or(WebError::NotFound)?;
    let revision = store
        .guide_revisions(&id)
        .await?
        .into_iter()
        .find(|r| r.number == number)
        .ok_or(WebError::NotFound)?;
    let content = RevisionContent::of(&revision);
    let input = GuideInput {
        id: Some(id.clone()),
        slug: content.slug,
        category: content.category,
        permit_types: content.permit_types,
        review_every_months: content.review_every_months.max(1),
        reviewed: None,
        steps: content
            .steps
            .into_iter()
            .enumerate()
            .map(|(i, s)| (s, Some(i + 1)))
            .collect(),
        texts: content.texts,
    };
    let saved = store
        .save_guide(&input, Some(operator.user.id), |_| {
            trail(&operator, &headers, "guides.guide.restore", &id)
        })
        .await;
    if let Err(StoreError::Conflict("slug")) = saved {
        let message = Tr(lang).t("appguide-error-slug-taken");
        return refuse(
            &state,
            &operator,
            (&headers, &csrf),
            &guide,
            ("status", message),
        )
        .await;
    }
    saved?;
    state.guides_changed();
    Ok(Redirect::to(&format!("/app/guides/{id}?restored={number}")).into_response())
}
