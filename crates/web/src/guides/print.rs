//! The bilingual print of a guide: the reader's language and Italian side by
//! side with a QR code of the guide's page, as an HTML page to print
//! (`/{lang}/guides/{slug}/print`) and as a PDF typeset by typst
//! (`/{lang}/guides/{slug}/pdf`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use axum_extra::extract::CookieJar;
use crocevia_domain::Lang;
use serde::Serialize;

use super::Rich;
use super::pages::{GuideView, guide_view, published_guide};
use crate::AppState;
use crate::error::{WebError, WebResult};
use crate::layout::{Chrome, Section};
use crate::limits::Client;
use crate::portal::{chrome, page, page_lang};
use sha2::Digest;

/// The typst template of the PDF.
const GUIDE_TYP: &str = include_str!("../../templates/guide.typ");

/// The guide in `lang` and, unless that is Italian, in Italian; and the
/// public address of its page (for the QR code).
async fn bilingual(
    state: &AppState,
    lang: Lang,
    slug: &str,
    headers: &HeaderMap,
) -> WebResult<(Vec<GuideView>, String)> {
    let (guide, glossary) = published_guide(state, slug).await?;
    let mut columns = vec![guide_view(&guide, &glossary, lang, lang).ok_or(WebError::NotFound)?];
    if lang != Lang::It
        && let Some(italian) = guide_view(&guide, &glossary, Lang::It, lang)
    {
        columns.push(italian);
    }
    let base = state.settings().public_url.clone().unwrap_or_else(|| {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        format!("http://{host}")
    });
    let address = format!("{}/{lang}/guides/{slug}", base.trim_end_matches('/'));
    Ok((columns, address))
}

#[derive(Template)]
#[template(path = "guide_print.html")]
struct PrintPage {
    chrome: Chrome,
    columns: Vec<GuideView>,
    qr: String,
    address: String,
    pdf: String,
}

/// The guide in the reader's language and in Italian side by side, with a QR
/// code of its page, for printing and showing at an office.
pub async fn print(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let (columns, address) = bilingual(&state, lang, &slug, &headers).await?;
    let mut chrome = chrome(
        &state,
        lang,
        &format!("/guides/{slug}/print"),
        Section::Guides,
        "guides-title",
    )
    .await?;
    chrome.title.clone_from(&columns[0].title.text);
    let template = PrintPage {
        qr: crate::layout::qr_data_uri(&address),
        pdf: format!("/{lang}/guides/{slug}/pdf"),
        address,
        chrome,
        columns,
    };
    Ok(page(&state, jar, lang, &template))
}

/// A block of text in the PDF: a paragraph (one item) or a bulleted list.
#[derive(Serialize)]
struct PdfBlock {
    list: bool,
    items: Vec<String>,
}

/// One language's part of a row.
#[derive(Serialize, Default)]
struct PdfCell {
    /// Heading level (1 title, 2 section, 3 step) and text.
    heading: Option<(u8, String)>,
    /// Small print above the blocks (category, notice).
    notes: Vec<String>,
    blocks: Vec<PdfBlock>,
    /// Labelled lines below the blocks: (label, values).
    lines: Vec<(String, Vec<String>)>,
    /// Official pages: (label, [(name, URL)]).
    links: Option<(String, Vec<(String, String)>)>,
}

/// A column: a language and its fonts.
#[derive(Serialize)]
struct PdfColumn {
    lang: &'static str,
    /// The language code typst knows (`zh`, not `zh-Hans`).
    typst_lang: &'static str,
    rtl: bool,
    fonts: Vec<&'static str>,
}

/// What the typst template reads as `/data.json`.
#[derive(Serialize)]
struct PdfData {
    title: String,
    lang: &'static str,
    heading: String,
    qr_label: String,
    address: String,
    columns: Vec<PdfColumn>,
    /// Rows of cells, one per column, aligned by part of the guide.
    rows: Vec<Vec<PdfCell>>,
}

fn blocks(rich: &Rich) -> Vec<PdfBlock> {
    rich.blocks
        .iter()
        .map(|b| PdfBlock {
            list: b.list,
            items: b
                .items
                .iter()
                .map(|pieces| pieces.iter().map(|p| p.text.as_str()).collect())
                .collect(),
        })
        .collect()
}

/// The parts of a guide in one language, keyed so that columns line up.
fn parts(v: &GuideView) -> Vec<(String, PdfCell)> {
    let mut out = Vec::new();
    let mut notes = vec![v.category.clone()];
    notes.extend(v.notice.clone());
    out.push((
        "title".to_owned(),
        PdfCell {
            heading: Some((1, v.title.text.clone())),
            notes,
            blocks: v.description.as_ref().map(blocks).unwrap_or_default(),
            ..PdfCell::default()
        },
    ));
    if let Some(audience) = &v.audience {
        let mut lines = Vec::new();
        if !v.permit_types.is_empty() {
            lines.push((v.heads[5].clone(), v.permit_types.clone()));
        }
        out.push((
            "audience".to_owned(),
            PdfCell {
                heading: Some((2, v.heads[0].clone())),
                blocks: blocks(audience),
                lines,
                ..PdfCell::default()
            },
        ));
    }
    if !v.steps.is_empty() {
        out.push((
            "steps".to_owned(),
            PdfCell {
                heading: Some((2, v.heads[1].clone())),
                ..PdfCell::default()
            },
        ));
    }
    for (i, step) in v.steps.iter().enumerate() {
        let mut lines = Vec::new();
        if !step.services.is_empty() {
            lines.push((
                v.heads[3].clone(),
                step.services.iter().map(|(_, name)| name.clone()).collect(),
            ));
        }
        let links = (!step.links.is_empty()).then(|| {
            (
                v.heads[4].clone(),
                step.links
                    .iter()
                    .map(|l| (l.label.text.clone(), l.href.clone()))
                    .collect(),
            )
        });
        out.push((
            format!("step.{}", i + 1),
            PdfCell {
                heading: Some((3, format!("{}. {}", i + 1, step.title.text))),
                blocks: step.body.as_ref().map(blocks).unwrap_or_default(),
                lines,
                links,
                ..PdfCell::default()
            },
        ));
    }
    if let Some(documents) = &v.documents {
        out.push((
            "documents".to_owned(),
            PdfCell {
                heading: Some((2, v.heads[2].clone())),
                blocks: blocks(documents),
                ..PdfCell::default()
            },
        ));
    }
    for s in &v.sections {
        out.push((
            s.id.to_owned(),
            PdfCell {
                heading: Some((2, s.heading.clone())),
                blocks: blocks(&s.body),
                ..PdfCell::default()
            },
        ));
    }
    if let Some(reviewed) = &v.reviewed {
        out.push((
            "reviewed".to_owned(),
            PdfCell {
                notes: vec![reviewed.clone()],
                ..PdfCell::default()
            },
        ));
    }
    out
}

/// Rows of the PDF: the parts of the first column in order, each beside the
/// same part in the other columns (an empty cell where one has no such part).
fn rows(columns: &[GuideView]) -> Vec<Vec<PdfCell>> {
    let mut others: Vec<Vec<(String, PdfCell)>> = columns.iter().skip(1).map(parts).collect();
    let Some(first) = columns.first() else {
        return Vec::new();
    };
    parts(first)
        .into_iter()
        .map(|(key, cell)| {
            let mut row = vec![cell];
            for other in &mut others {
                let found = other.iter().position(|(k, _)| *k == key);
                row.push(found.map(|i| other.remove(i).1).unwrap_or_default());
            }
            row
        })
        .collect()
}

fn column(lang: Lang) -> PdfColumn {
    PdfColumn {
        lang: lang.as_str(),
        typst_lang: lang.as_str().split('-').next().unwrap_or("it"),
        rtl: lang.direction().as_str() == "rtl",
        fonts: crate::pdf::fonts_for(lang),
    }
}

/// The data of the guide's PDF.
fn pdf_data(lang: Lang, columns: &[GuideView], address: String) -> PdfData {
    let tr = crate::i18n::Tr(lang);
    let langs = columns.iter().filter_map(|c| Lang::from_tag(c.lang).ok());
    PdfData {
        title: columns
            .first()
            .map(|c| c.title.text.clone())
            .unwrap_or_default(),
        lang: lang.as_str(),
        heading: tr.t("guide-print-title"),
        qr_label: tr.t("guide-print-qr"),
        address,
        columns: langs.map(column).collect(),
        rows: rows(columns),
    }
}

/// Lays out the guide's PDF (CPU-bound).
fn layout(data: &PdfData) -> Result<typst_layout::PagedDocument, crate::pdf::PdfError> {
    let qr = crate::layout::qr_svg(&data.address).unwrap_or_default();
    let json = serde_json::to_value(data).map_err(|e| crate::pdf::PdfError::new(&e))?;
    crate::pdf::layout(GUIDE_TYP, &json, vec![("/qr.svg", qr.into_bytes())])
}

/// The bilingual print as a PDF.
/// Made once per content: the cache is keyed by a hash of the PDF's data
/// (the guide's texts in both languages, its address), so a new version or
/// translation makes a new PDF and nothing stale is served. Each client
/// address may make a few PDFs per minutes; the layouts run a few at a time.
pub async fn pdf(
    State(state): State<AppState>,
    Client(client): Client,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let (columns, address) = bilingual(&state, lang, &slug, &headers).await?;
    let data = pdf_data(lang, &columns, address);
    let key: [u8; 32] =
        sha2::Sha256::digest(serde_json::to_vec(&data).map_err(|e| WebError::Internal(e.into()))?)
            .into();
    let bytes = match state.limits().cached_pdf(&key) {
        Some(bytes) => bytes,
        None => {
            crate::limits::PDFS_PER_ADDRESS.hit(&state, &client).await?;
            let made = state
                .limits()
                .typst(move || layout(&data).and_then(|d| crate::pdf::pdf(&d)))
                .await?
                .map_err(|e| WebError::Internal(e.into()))?;
            let made = axum::body::Bytes::from(made);
            state.limits().keep_pdf(key, made.clone());
            made
        }
    };
    Ok(crate::pdf::response(
        bytes,
        &format!("{slug}-{lang}.pdf"),
        true,
    ))
}

#[cfg(test)]
mod tests;
