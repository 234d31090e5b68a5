//! XLIFF 2.0 (OASIS), the exchange format of translators' tools: pending
//! translations of guides and glossary go out as one `<file>` per guide or
//! concept and one `<unit>` per field, with the hash of the Italian source in a
//! note, and come back checked before anything is written.

use std::fmt::Write as _;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The note category holding the source hash.
const HASH_NOTE: &str = "crocevia-source-hash";

/// One field to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Field key (`title`, `step.2.body`).
    pub field: String,
    /// The Italian text.
    pub source: String,
    /// The translation, when there is one.
    pub target: Option<String>,
    /// Hash of the Italian text (see `crocevia_store::directory::source_hash`).
    pub hash: String,
    /// The translation was reviewed (`state="reviewed"` or `"final"`).
    pub reviewed: bool,
}

/// The fields of one guide or concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// `guide` or `concept`.
    pub entity: String,
    /// Its id.
    pub id: String,
    /// Its fields.
    pub units: Vec<Unit>,
}

/// A read document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Target language.
    pub target: String,
    /// Files.
    pub files: Vec<File>,
}

/// What is wrong with a document, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffError {
    /// Line (from 1).
    pub line: usize,
    /// What.
    pub message: String,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes a document: Italian to `target`.
#[must_use]
pub fn write(target: &str, files: &[File]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it" trgLang="{}">"#,
        escape(target)
    );
    for f in files {
        let _ = writeln!(
            out,
            r#"  <file id="{}-{}" original="{}/{}">"#,
            escape(&f.entity),
            escape(&f.id),
            escape(&f.entity),
            escape(&f.id)
        );
        for u in &f.units {
            let state = match (&u.target, u.reviewed) {
                (None, _) => "initial",
                (Some(_), false) => "translated",
                (Some(_), true) => "reviewed",
            };
            let _ = writeln!(out, r#"    <unit id="{}">"#, escape(&u.field));
            let _ = writeln!(
                out,
                r#"      <notes><note category="{HASH_NOTE}">{}</note></notes>"#,
                escape(&u.hash)
            );
            let _ = writeln!(out, r#"      <segment state="{state}">"#);
            let _ = writeln!(out, "        <source>{}</source>", escape(&u.source));
            if let Some(t) = &u.target {
                let _ = writeln!(out, "        <target>{}</target>", escape(t));
            }
            let _ = writeln!(out, "      </segment>");
            let _ = writeln!(out, "    </unit>");
        }
        let _ = writeln!(out, "  </file>");
    }
    out.push_str("</xliff>\n");
    out
}

/// The value of attribute `name` (the first one, should it repeat). Without
/// quick-xml's duplicate check: its cost is quadratic in the number of
/// attributes (RUSTSEC-2026-0194), and the first value is all we read.
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Reads a document; the first problem found is reported with its line.
pub fn read(xml: &str) -> Result<Document, XliffError> {
    let mut reader = Reader::from_str(xml);
    let line_at = |pos: u64| {
        let pos = usize::try_from(pos).unwrap_or(usize::MAX).min(xml.len());
        xml.as_bytes()[..pos]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    };
    let err = |pos: u64, message: String| XliffError {
        line: line_at(pos),
        message,
    };
    let mut doc: Option<Document> = None;
    let mut file: Option<File> = None;
    let mut unit: Option<Unit> = None;
    // The element whose text is being read: source, target or the hash note.
    let mut reading: Option<&'static str> = None;
    let mut text = String::new();
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            err(
                reader.buffer_position(),
                format!("not well-formed XML: {e}"),
            )
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                match name.as_str() {
                    "xliff" => {
                        if attr(&e, "version").as_deref() != Some("2.0") {
                            return Err(err(pos, "this is not XLIFF 2.0 (version=\"2.0\")".into()));
                        }
                        if attr(&e, "srcLang").as_deref() != Some("it") {
                            return Err(err(pos, "the source language must be it".into()));
                        }
                        let target = attr(&e, "trgLang").ok_or_else(|| {
                            err(pos, "the target language (trgLang) is missing".into())
                        })?;
                        doc = Some(Document {
                            target,
                            files: Vec::new(),
                        });
                    }
                    "file" => {
                        let original = attr(&e, "original").unwrap_or_default();
                        let (entity, id) = original
                            .split_once('/')
                            .filter(|(k, id)| matches!(*k, "guide" | "concept") && !id.is_empty())
                            .ok_or_else(|| {
                                err(
                                    pos,
                                    format!(
                                        "file {original:?}: original must be guide/ID or concept/ID"
                                    ),
                                )
                            })?;
                        file = Some(File {
                            entity: entity.to_owned(),
                            id: id.to_owned(),
                            units: Vec::new(),
                        });
                    }
                    "unit" => {
                        let field =
                            attr(&e, "id").ok_or_else(|| err(pos, "a unit has no id".into()))?;
                        unit = Some(Unit {
                            field,
                            source: String::new(),
                            target: None,
                            hash: String::new(),
                            reviewed: false,
                        });
                    }
                    "segment" => {
                        if let Some(u) = unit.as_mut() {
                            u.reviewed =
                                matches!(attr(&e, "state").as_deref(), Some("reviewed" | "final"));
                        }
                    }
                    "note" if attr(&e, "category").as_deref() == Some(HASH_NOTE) => {
                        reading = Some("hash");
                        text.clear();
                    }
                    "source" | "target" => {
                        reading = Some(if name == "source" { "source" } else { "target" });
                        text.clear();
                    }
                    "notes" | "note" | "ignorable" => {}
                    other if reading.is_some() => {
                        return Err(err(
                            pos,
                            format!("inline markup <{other}> is not supported: send plain text"),
                        ));
                    }
                    _ => {}
                }
            }
            Event::Text(t) if reading.is_some() => {
                let t = t
                    .unescape()
                    .map_err(|e| err(pos, format!("bad character reference: {e}")))?;
                text.push_str(&t);
            }
            Event::CData(t) if reading.is_some() => {
                text.push_str(&String::from_utf8_lossy(&t));
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                match (name.as_str(), reading) {
                    ("source", Some("source")) => {
                        if let Some(u) = unit.as_mut() {
                            u.source = std::mem::take(&mut text);
                        }
                        reading = None;
                    }
                    ("target", Some("target")) => {
                        if let Some(u) = unit.as_mut() {
                            u.target = Some(std::mem::take(&mut text));
                        }
                        reading = None;
                    }
                    ("note", Some("hash")) => {
                        if let Some(u) = unit.as_mut() {
                            u.hash = std::mem::take(&mut text).trim().to_owned();
                        }
                        reading = None;
                    }
                    ("unit", _) => {
                        if let (Some(f), Some(u)) = (file.as_mut(), unit.take()) {
                            f.units.push(u);
                        }
                    }
                    ("file", _) => {
                        if let (Some(d), Some(f)) = (doc.as_mut(), file.take()) {
                            d.files.push(f);
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    doc.ok_or(XliffError {
        line: 1,
        message: "no <xliff> element".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<File> {
        vec![File {
            entity: "guide".into(),
            id: "0192-abc".into(),
            units: vec![
                Unit {
                    field: "title".into(),
                    source: "Rinnovo del permesso <e> \"kit\" & bollo".into(),
                    target: Some("تجديد تصريح الإقامة".into()),
                    hash: "abc123".into(),
                    reviewed: true,
                },
                Unit {
                    field: "step.1.body".into(),
                    source: "Vai alle Poste.\n\n- modulo 1".into(),
                    target: None,
                    hash: "def456".into(),
                    reviewed: false,
                },
            ],
        }]
    }

    #[test]
    fn what_is_written_reads_back() {
        let xml = write("ar", &sample());
        let doc = read(&xml).expect("read");
        assert_eq!(doc.target, "ar");
        assert_eq!(doc.files, sample());
    }

    #[test]
    fn attributes_are_read_without_the_quadratic_duplicate_check() {
        let many: String = (0..20_000).map(|i| format!(" x{i}=\"1\"")).collect();
        let xml = write("ar", &sample()).replacen("<unit id=", &format!("<unit{many} id="), 1);
        let doc = read(&xml).expect("many attributes");
        assert_eq!(doc.files[0].units[0].field, sample()[0].units[0].field);
        // Repeated, the first value counts.
        let twice = write("ar", &sample()).replacen("<unit id=", "<unit id=\"first\" id=", 1);
        assert_eq!(read(&twice).expect("read").files[0].units[0].field, "first");
    }

    #[test]
    fn problems_are_reported_with_their_line() {
        let xml = write("ar", &sample()).replace("</unit>\n  </file>", "</unit>\n  </fil>");
        let e = read(&xml).expect_err("malformed");
        assert!(e.message.contains("well-formed"), "{e:?}");
        assert!(e.line > 5, "{e:?}");
        let e = read(&write("ar", &sample()).replace("version=\"2.0\"", "version=\"1.2\""))
            .expect_err("old version");
        assert_eq!(e.line, 2);
        let inline =
            write("ar", &sample()).replace("<target>تجديد", "<target><pc id=\"1\">x</pc>تجديد");
        assert!(
            read(&inline)
                .expect_err("inline")
                .message
                .contains("inline")
        );
        assert!(read("not xml at all <").is_err());
        let e = read(&write("ar", &sample()).replace("original=\"guide/", "original=\"user/"))
            .expect_err("entity");
        assert!(e.message.contains("guide/ID"));
    }
}
