//! PDF documents typeset with typst: the bilingual guide, and any later
//! printable document.
//!
//! A document is a typst template compiled into the binary plus its data as
//! JSON: the template reads `/data.json` and inserts the strings as text, so
//! nothing a person wrote is ever interpreted as typst markup. The fonts are the
//! vendored Noto TrueType files (`crates/web/fonts/`, zstd-compressed, see
//! docs/assets.md), decompressed once on the first document: Latin, Greek and
//! Cyrillic, Arabic, Urdu Nastaliq, Bengali and simplified Chinese. typst shapes
//! them (joining, ligatures, right-to-left runs) with rustybuzz.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};

/// The vendored fonts, compressed.
const FONT_FILES: [&[u8]; 9] = [
    include_bytes!("../fonts/NotoSans_400Regular.ttf.zst"),
    include_bytes!("../fonts/NotoSans_700Bold.ttf.zst"),
    include_bytes!("../fonts/NotoSansArabic_400Regular.ttf.zst"),
    include_bytes!("../fonts/NotoSansArabic_700Bold.ttf.zst"),
    include_bytes!("../fonts/NotoNastaliqUrdu_400Regular.ttf.zst"),
    include_bytes!("../fonts/NotoNastaliqUrdu_700Bold.ttf.zst"),
    include_bytes!("../fonts/NotoSansBengali_400Regular.ttf.zst"),
    include_bytes!("../fonts/NotoSansBengali_700Bold.ttf.zst"),
    include_bytes!("../fonts/NotoSansSC_400Regular.ttf.zst"),
];

/// A document could not be produced.
#[derive(Debug, thiserror::Error)]
#[error("PDF typesetting failed: {0}")]
pub struct PdfError(String);

impl PdfError {
    /// An error from anything displayable.
    pub fn new(e: &impl std::fmt::Display) -> Self {
        Self(e.to_string())
    }
}

/// What every document shares: the standard library and the fonts.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Result<Shared, String>> = LazyLock::new(|| {
    let mut fonts = Vec::new();
    for file in FONT_FILES {
        let data = zstd::decode_all(file).map_err(|e| format!("font: {e}"))?;
        fonts.extend(Font::iter(Bytes::new(data)));
    }
    if fonts.len() != FONT_FILES.len() {
        return Err(format!(
            "{} of {} fonts read",
            fonts.len(),
            FONT_FILES.len()
        ));
    }
    Ok(Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    })
});

/// A file of the virtual project (fixed names only: ids are interned forever).
fn file_id(path: &str) -> Result<FileId, PdfError> {
    let path = VirtualPath::new(path).map_err(|e| PdfError(format!("{path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

/// One compilation: a template, its data and extra files (images).
struct Job<'a> {
    shared: &'a Shared,
    main: Source,
    files: Vec<(FileId, Bytes)>,
}

impl World for Job<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .iter()
            .find(|(file, _)| *file == id)
            .map(|(_, bytes)| bytes.clone())
            .ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Documents carry their dates in their data: the same input gives the
        // same PDF.
        None
    }
}

/// Lays out `template` with `data` (read by the template as `/data.json`) and
/// `files` (e.g. `("/qr.svg", svg)`). CPU-bound: call it off the async
/// runtime.
pub fn layout(
    template: &str,
    data: &serde_json::Value,
    files: Vec<(&str, Vec<u8>)>,
) -> Result<typst_layout::PagedDocument, PdfError> {
    let shared = SHARED.as_ref().map_err(|e| PdfError(e.clone()))?;
    let json = serde_json::to_vec(data).map_err(|e| PdfError(e.to_string()))?;
    let mut all = vec![(file_id("/data.json")?, Bytes::new(json))];
    for (path, bytes) in files {
        all.push((file_id(path)?, Bytes::new(bytes)));
    }
    let job = Job {
        shared,
        main: Source::new(file_id("/main.typ")?, template.to_owned()),
        files: all,
    };
    typst::compile::<typst_layout::PagedDocument>(&job)
        .output
        .map_err(|errors| joined(&errors))
}

/// typst's diagnostics as one error.
fn joined(errors: &[typst::diag::SourceDiagnostic]) -> PdfError {
    PdfError(
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// The PDF of a laid-out document (tagged, for screen readers; no creation
/// date, so the same input gives the same bytes).
pub fn pdf(document: &typst_layout::PagedDocument) -> Result<Vec<u8>, PdfError> {
    typst_pdf::pdf(document, &typst_pdf::PdfOptions::default()).map_err(|errors| joined(&errors))
}

/// The font families for text in `lang`, first choice first (typst falls back
/// along the list glyph by glyph).
#[must_use]
pub fn fonts_for(lang: crocevia_domain::Lang) -> Vec<&'static str> {
    const LATIN: &str = "Noto Sans";
    const ARABIC: &str = "Noto Sans Arabic";
    const NASTALIQ: &str = "Noto Nastaliq Urdu";
    const BENGALI: &str = "Noto Sans Bengali";
    const CHINESE: &str = "Noto Sans SC";
    match lang.as_str() {
        "ur" => vec![NASTALIQ, LATIN, ARABIC, BENGALI, CHINESE],
        "zh-Hans" => vec![LATIN, CHINESE, ARABIC, BENGALI],
        _ => vec![LATIN, ARABIC, BENGALI, CHINESE],
    }
}

/// Typesets `template` with `data` and `files` off the async runtime, within
/// the cap on concurrent documents: the PDF's bytes.
pub async fn typeset(
    state: &crate::AppState,
    template: &'static str,
    data: impl serde::Serialize + Send + 'static,
    files: Vec<(&'static str, Vec<u8>)>,
) -> crate::error::WebResult<Vec<u8>> {
    state
        .limits()
        .typst(move || {
            let json = serde_json::to_value(&data).map_err(|e| PdfError::new(&e))?;
            layout(template, &json, files).and_then(|d| pdf(&d))
        })
        .await?
        .map_err(|e| crate::error::WebError::Internal(e.into()))
}

/// A PDF as an HTTP response, shown in the browser (`inline`) or downloaded
/// as `filename`.
pub fn response(
    bytes: impl Into<axum::body::Body>,
    filename: &str,
    inline: bool,
) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse as _;
    let how = if inline { "inline" } else { "attachment" };
    let disposition = HeaderValue::from_str(&format!("{how}; filename=\"{filename}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("inline"));
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes.into(),
    )
        .into_response()
}
