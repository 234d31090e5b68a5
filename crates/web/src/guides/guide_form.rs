//! The guide editor's form: the structure and Italian texts as typed, steps numbered and moved, every field checked.

use crate::i18n::Tr;
use crocevia_domain::guides::{CATEGORIES, PERMIT_TYPES, valid_slug};
use crocevia_store::guides::{Guide, GuideInput, Step};
use std::collections::BTreeMap;

/// The form as typed.
#[derive(Debug, Default, Clone)]
pub(super) struct GuideForm {
    pub(super) slug: String,
    pub(super) category: String,
    pub(super) permits: Vec<String>,
    pub(super) review_every_months: String,
    pub(super) reviewed: bool,
    /// Single text fields by name.
    pub(super) texts: BTreeMap<String, String>,
    /// Steps: title, body, services (comma codes), links (`URL | label` per
    /// line), the number it had.
    pub(super) steps: Vec<StepForm>,
}

#[derive(Debug, Default, Clone)]
pub(super) struct StepForm {
    pub(super) title: String,
    pub(super) body: String,
    pub(super) services: String,
    pub(super) links: String,
    pub(super) from: String,
}

impl StepForm {
    pub(super) fn is_empty(&self) -> bool {
        [&self.title, &self.body, &self.services, &self.links]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

pub(super) const TEXT_FIELDS: [&str; 14] = [
    "title",
    "description",
    "brief_who",
    "brief_bring",
    "brief_cost",
    "brief_time",
    "brief_where",
    "audience",
    "documents",
    "outcome",
    "timing",
    "costs",
    "legal",
    "contacts",
];

impl GuideForm {
    pub(super) fn parse(body: &[u8]) -> GuideForm {
        let mut f = GuideForm::default();
        let mut steps: BTreeMap<usize, StepForm> = BTreeMap::new();
        for (k, v) in crate::form::Posted::parse(body).pairs() {
            let v = v.trim().to_owned();
            match k {
                "slug" => f.slug = v,
                "category" => f.category = v,
                "permit" => f.permits.push(v),
                "review_every_months" => f.review_every_months = v,
                "reviewed" => f.reviewed = true,
                k if TEXT_FIELDS.contains(&k) => {
                    f.texts.insert(k.to_owned(), v);
                }
                k => {
                    let Some((n, part)) = k
                        .strip_prefix("step-")
                        .and_then(|r| r.split_once('-'))
                        .and_then(|(n, p)| Some((n.parse::<usize>().ok()?, p)))
                    else {
                        continue;
                    };
                    if n > 50 {
                        continue;
                    }
                    let s = steps.entry(n).or_default();
                    match part {
                        "title" => s.title = v,
                        "body" => s.body = v,
                        "services" => s.services = v,
                        "links" => s.links = v,
                        "from" => s.from = v,
                        _ => {}
                    }
                }
            }
        }
        f.steps = steps.into_values().filter(|s| !s.is_empty()).collect();
        f
    }

    /// The form of a stored guide.
    pub(super) fn of(g: &Guide) -> GuideForm {
        let texts = TEXT_FIELDS
            .iter()
            .map(|k| ((*k).to_owned(), g.texts.italian(k).to_owned()))
            .collect();
        let steps = g
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = i + 1;
                StepForm {
                    title: g.texts.italian(&format!("step.{n}.title")).to_owned(),
                    body: g.texts.italian(&format!("step.{n}.body")).to_owned(),
                    services: s.services.join(", "),
                    links: s
                        .links
                        .iter()
                        .enumerate()
                        .map(|(j, url)| {
                            let label = g.texts.italian(&format!("step.{n}.link.{}", j + 1));
                            if label.is_empty() {
                                url.clone()
                            } else {
                                format!("{url} | {label}")
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n"),
                    from: n.to_string(),
                }
            })
            .collect();
        GuideForm {
            slug: g.row.slug.clone(),
            category: g.row.category.clone(),
            permits: g.permit_types.clone(),
            review_every_months: g.row.review_every_months.to_string(),
            reviewed: false,
            texts,
            steps,
        }
    }

    pub(super) fn text(&self, k: &str) -> &str {
        self.texts.get(k).map_or("", String::as_str)
    }

    /// Every field checked; the guide to save, or the errors by field.
    pub(super) fn check(
        &self,
        tr: Tr,
        id: Option<&str>,
        reviewer: &str,
    ) -> Result<GuideInput, Errors> {
        let mut errors = Errors::new();
        if !valid_slug(&self.slug) {
            errors.insert("slug".to_owned(), tr.t("appguide-error-slug"));
        }
        if !CATEGORIES.contains(&self.category.as_str()) {
            errors.insert("category".to_owned(), tr.t("appguide-error-category"));
        }
        if self
            .permits
            .iter()
            .any(|p| !PERMIT_TYPES.contains(&p.as_str()))
        {
            errors.insert("permit".to_owned(), tr.t("appguide-error-category"));
        }
        let months = self.review_every_months.parse::<i32>().ok();
        if !months.is_some_and(|m| (1..=36).contains(&m)) {
            errors.insert(
                "review_every_months".to_owned(),
                tr.t("appguide-error-months"),
            );
        }
        if self.text("title").is_empty() {
            errors.insert("title".to_owned(), tr.t("appdir-error-required"));
        }
        let mut texts: BTreeMap<String, String> = TEXT_FIELDS
            .iter()
            .map(|k| ((*k).to_owned(), self.text(k).to_owned()))
            .collect();
        let mut steps = Vec::new();
        for (i, s) in self.steps.iter().enumerate() {
            let n = i + 1;
            let key = format!("step-{n}");
            if s.title.is_empty() {
                errors.insert(key.clone(), tr.t("appguide-error-step-title"));
            }
            let services: Vec<String> = s
                .services
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
            if let Some(wrong) = services
                .iter()
                .find(|c| crocevia_domain::directory::taxonomy::id_of(c).is_none())
            {
                errors.insert(
                    key.clone(),
                    tr.t1("appguide-error-step-service", "code", wrong),
                );
            }
            let mut links = Vec::new();
            for (j, line) in s
                .links
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .enumerate()
            {
                let (url, label) = line
                    .split_once('|')
                    .map_or((line, ""), |(u, l)| (u.trim(), l.trim()));
                if !url.starts_with("https://") || url.contains(char::is_whitespace) {
                    errors.insert(key.clone(), tr.t1("appguide-error-step-link", "link", url));
                }
                links.push(url.to_owned());
                texts.insert(format!("step.{n}.link.{}", j + 1), label.to_owned());
            }
            texts.insert(format!("step.{n}.title"), s.title.clone());
            texts.insert(format!("step.{n}.body"), s.body.clone());
            steps.push((
                Step { services, links },
                s.from.parse::<usize>().ok().filter(|f| *f >= 1),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(GuideInput {
            id: id.map(str::to_owned),
            slug: self.slug.clone(),
            category: self.category.clone(),
            permit_types: self.permits.clone(),
            review_every_months: months.unwrap_or(12),
            reviewed: self.reviewed.then(|| {
                (
                    crocevia_domain::desk::calendar::rome_today().to_string(),
                    reviewer.to_owned(),
                )
            }),
            steps,
            texts,
        })
    }
}

/// Errors by field name.
pub(super) type Errors = BTreeMap<String, String>;

/// The Gulpease index of an Italian text, as the note under its field; a
/// warning when it is harder than plain language (under 60).
pub(super) fn reading_note(tr: Tr, text: &str) -> Option<(String, bool)> {
    let r = crocevia_domain::readability::readability(text, crocevia_domain::Lang::It)?;
    let score = format!("{:.0}", r.score.clamp(0.0, 100.0));
    let key = if r.hard {
        "appguide-reading-hard"
    } else {
        "appguide-reading-ok"
    };
    Some((tr.t1(key, "score", &score), r.hard))
}
