//! Documents attached to a case: the type is read from the content, never
//! from the name or the browser's claim, and only types an operator can open
//! safely are accepted.

/// The largest document accepted, in bytes (10 MiB: a scanned permit or a
/// multi-page PDF, not a video).
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// Why a document is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentError {
    /// Nothing was sent.
    Empty,
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge,
    /// Not a PDF, PNG, JPEG or WebP file, whatever its name says.
    Type,
}

impl DocumentError {
    /// The message key.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            DocumentError::Empty => "desk-doc-error-empty",
            DocumentError::TooLarge => "desk-doc-error-size",
            DocumentError::Type => "desk-doc-error-type",
        }
    }
}

/// The media type of `bytes`, read from their signature: PDF, PNG, JPEG or
/// WebP.
///
/// # Errors
/// Empty, too large, or of another type.
pub fn sniff(bytes: &[u8]) -> Result<&'static str, DocumentError> {
    if bytes.is_empty() {
        return Err(DocumentError::Empty);
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge);
    }
    if bytes.starts_with(b"%PDF-") {
        Ok("application/pdf")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok("image/jpeg")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Ok("image/webp")
    } else {
        Err(DocumentError::Type)
    }
}

/// A file name safe to show and to offer for download: the last path
/// segment, control and quoting characters removed, at most 120 characters;
/// `document` when nothing is left.
#[must_use]
pub fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | ';'))
        .take(120)
        .collect();
    let cleaned = cleaned.trim().to_owned();
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '.') {
        "document".to_owned()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Ok("application/pdf"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Ok("image/png"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Ok("image/jpeg"));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Ok("image/webp"));
        assert_eq!(sniff(b"MZ\x90\0 an executable"), Err(DocumentError::Type));
        assert_eq!(sniff(b"<html>%PDF-"), Err(DocumentError::Type));
        assert_eq!(sniff(b""), Err(DocumentError::Empty));
        let big = vec![b'%'; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(sniff(&big), Err(DocumentError::TooLarge));
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("C:\\scan\\permesso.pdf"), "permesso.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\"b<c>.pdf\n"), "abc.pdf");
        assert_eq!(clean_name(".."), "document");
        assert_eq!(clean_name("جواز.pdf"), "جواز.pdf");
    }
}
