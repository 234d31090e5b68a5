//! The Arabic PDF: right-to-left runs of joined letters, checked in typst's
//! layout (glyph order, font) and in the PDF itself, rendered to an image by
//! poppler's `pdftoppm` (the letters of a joined word touch: few connected
//! shapes of ink; the same letters kept apart give one shape per letter).

use std::collections::VecDeque;
use std::process::Command;

use crocevia_domain::Lang;
use typst::layout::{Abs, FrameItem, Point};
use typst::text::TextItem;

use super::{PdfCell, PdfData, column};

const TITLE: &str = "تجديد الإقامة";

/// The title with a non-joiner between the letters of each word.
fn apart(title: &str) -> String {
    title
        .split(' ')
        .map(|w| {
            w.chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join("\u{200C}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn data(title: &str) -> PdfData {
    let title_cell = |t: &str| PdfCell {
        heading: Some((1, t.to_owned())),
        ..PdfCell::default()
    };
    PdfData {
        title: title.to_owned(),
        lang: "ar",
        heading: "دليل للطباعة".to_owned(),
        qr_label: "امسح الرمز".to_owned(),
        address: "https://crocevia.example/ar/guides/rinnovo".to_owned(),
        columns: vec![column(Lang::Ar), column(Lang::It)],
        rows: vec![vec![
            title_cell(title),
            title_cell("Rinnovo del permesso di soggiorno"),
        ]],
    }
}

/// Every text run of the first page with its baseline origin, in points.
fn runs(doc: &typst_layout::PagedDocument) -> Vec<(Point, TextItem)> {
    fn walk(frame: &typst::layout::Frame, at: Point, out: &mut Vec<(Point, TextItem)>) {
        for (pos, item) in frame.items() {
            let here = at + *pos;
            match item {
                FrameItem::Group(g) => {
                    walk(
                        &g.frame,
                        here + Point::new(g.transform.tx, g.transform.ty),
                        out,
                    );
                }
                FrameItem::Text(t) => out.push((here, t.clone())),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    if let Some(page) = doc.pages().first() {
        walk(&page.frame, Point::zero(), &mut out);
    }
    out
}

/// The runs of the Arabic title (the largest Arabic text), and its baseline.
/// typst splits a line into runs where marks and dots are raised or lowered:
/// the runs on the baseline carry the letters, in visual order.
fn title_runs(doc: &typst_layout::PagedDocument) -> (Abs, Vec<(Point, TextItem)>) {
    let arabic: Vec<(Point, TextItem)> = runs(doc)
        .into_iter()
        .filter(|(_, t)| t.lang.as_str() == "ar" && !t.text.starts_with("http"))
        .collect();
    let size = arabic
        .iter()
        .map(|(_, t)| t.size)
        .fold(Abs::zero(), Abs::max);
    let baseline = arabic
        .iter()
        .filter(|(_, t)| t.size == size)
        .max_by_key(|(_, t)| t.glyphs.len())
        .map(|(p, _)| p.y)
        .unwrap_or_default();
    let title = arabic
        .into_iter()
        .filter(|(p, t)| t.size == size && (p.y - baseline).abs() < size * 0.5)
        .collect();
    (baseline, title)
}

#[test]
fn arabic_title_runs_right_to_left_in_the_arabic_font_and_joins() {
    let doc = super::layout(&data(TITLE)).expect("layout");
    let (baseline, runs) = title_runs(&doc);
    for (_, run) in &runs {
        assert!(
            run.text.trim().is_empty() || run.font.font().info().family == "Noto Sans Arabic",
            "{:?} is in {}",
            run.text,
            run.font.font().info().family
        );
        // Inside a run, glyphs are in visual order, left to right: a
        // right-to-left run begins with the end of its text.
        let starts: Vec<u16> = run.glyphs.iter().map(|g| g.range.start).collect();
        assert!(
            starts.windows(2).all(|w| w[0] >= w[1]),
            "glyphs of {:?} are not right to left: {starts:?}",
            run.text
        );
    }
    // The runs on the baseline, read from the right, spell the title.
    let mut letters: Vec<&(Point, TextItem)> = runs
        .iter()
        .filter(|(p, _)| (p.y - baseline).abs() < Abs::pt(0.01))
        .collect();
    letters.sort_by_key(|(p, _)| std::cmp::Reverse(p.x));
    let read: String = letters.iter().map(|(_, t)| t.text.as_str()).collect();
    assert_eq!(read, TITLE, "the title does not read right to left");
    // Joined letters use other glyphs than the same letters kept apart.
    let ids = |runs: &[(Point, TextItem)]| {
        let mut ids: Vec<u16> = runs
            .iter()
            .flat_map(|(_, t)| t.glyphs.iter().map(|g| g.id))
            .collect();
        ids.sort_unstable();
        ids
    };
    let (_, apart_runs) = title_runs(&super::layout(&data(&apart(TITLE))).expect("layout"));
    assert_ne!(
        ids(&runs),
        ids(&apart_runs),
        "no contextual forms were used"
    );
}

/// The ink of the title, rendered from the PDF by pdftoppm, as connected
/// shapes (8-neighbourhood), largest first, in pixels.
fn ink_shapes(title: &str) -> Vec<usize> {
    let doc = super::layout(&data(title)).expect("layout");
    let pdf = crate::pdf::pdf(&doc).expect("pdf");
    let (baseline, runs) = title_runs(&doc);
    let size = runs.first().map(|(_, t)| t.size).unwrap_or_default();
    let left = runs.iter().map(|(p, _)| p.x).fold(Abs::inf(), Abs::min);
    let right = runs
        .iter()
        .map(|(p, t)| p.x + t.width())
        .fold(Abs::zero(), Abs::max);
    let dir = std::env::temp_dir().join(format!("crocevia-pdf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("{}.pdf", title.chars().count()));
    std::fs::write(&file, pdf).expect("write pdf");
    // The run's box: its width, and from an ascent above the baseline to a
    // descent below it (generous: the PDF is cropped to this box).
    const DPI: f64 = 300.0;
    let px = |a: Abs| (a.to_pt() * DPI / 72.0).round();
    let (x, w) = (px(left) - 4.0, px(right - left) + 8.0);
    let (y, h) = (px(baseline - size * 1.1), px(size * 1.7));
    let out = dir.join(format!("{}", title.chars().count()));
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", "300", "-f", "1", "-l", "1", "-singlefile"])
        .args(["-x", &x.to_string(), "-y", &y.to_string()])
        .args(["-W", &w.to_string(), "-H", &h.to_string()])
        .arg(&file)
        .arg(&out)
        .status();
    let status = status.unwrap_or_else(|e| {
        panic!("pdftoppm (Debian poppler-utils; scripts/test installs it) did not run: {e}")
    });
    assert!(status.success(), "pdftoppm failed");
    let pgm = std::fs::read(out.with_extension("pgm")).expect("pgm");
    let _ = std::fs::remove_dir_all(&dir);
    shapes(&pgm)
}

/// Connected dark regions of a binary PGM (P5, 8-bit), largest first.
fn shapes(pgm: &[u8]) -> Vec<usize> {
    // Header: "P5" width height maxval, separated by whitespace.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().expect("w"), fields[2].parse().expect("h"));
    let pixels = &pgm[i + 1..];
    assert_eq!(pixels.len(), w * h);
    let mut seen = vec![false; w * h];
    let mut sizes = Vec::new();
    for start in 0..w * h {
        if seen[start] || pixels[start] >= 128 {
            continue;
        }
        let mut size = 0;
        let mut queue = VecDeque::from([start]);
        seen[start] = true;
        while let Some(p) = queue.pop_front() {
            size += 1;
            let (px, py) = (p % w, p / w);
            for dy in -1i64..=1 {
                for dx in -1i64..=1 {
                    let (nx, ny) = (px as i64 + dx, py as i64 + dy);
                    if nx < 0 || ny < 0 || nx >= w as i64 || ny >= h as i64 {
                        continue;
                    }
                    let n = ny as usize * w + nx as usize;
                    if !seen[n] && pixels[n] < 128 {
                        seen[n] = true;
                        queue.push_back(n);
                    }
                }
            }
        }
        sizes.push(size);
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}

#[test]
fn the_arabic_pdf_shows_joined_letters() {
    // Letters, not dots and hamzas: shapes of at least a tenth of the largest.
    let letters = |sizes: Vec<usize>| {
        let largest = sizes.first().copied().unwrap_or(0);
        sizes.into_iter().filter(|s| *s * 10 >= largest).count()
    };
    let joined = letters(ink_shapes(TITLE));
    let isolated = letters(ink_shapes(&apart(TITLE)));
    eprintln!("joined title: {joined} shapes; letters kept apart: {isolated}");
    // تجديد joins as تجد + يد, الإقامة as ا + لإ + قا + مة: six shapes; kept
    // apart, the twelve letters are twelve shapes.
    assert!(
        joined <= 7 && isolated >= 11,
        "joined title: {joined} shapes, letters kept apart: {isolated}"
    );
}
