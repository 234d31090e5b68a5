//! Record texts kept small in memory: a large directory's records are
//! compressed one by one with a zstd dictionary trained on the records
//! themselves (HSDS JSON is repetitive: keys, ids of parents, addresses), about
//! a fifth of their size; each is decompressed when read, in microseconds. A
//! small directory is kept as plain text.

use std::borrow::Cow;
use std::cell::RefCell;

use zstd::zstd_safe::{CCtx, CDict, DCtx, DDict};

/// Below this many records the texts stay plain (a dictionary would not pay).
pub const MIN_RECORDS: u64 = 4_000;
/// Largest dictionary.
const DICTIONARY_BYTES: usize = 64 * 1024;
/// Compression level (decompression speed does not depend on it).
const LEVEL: i32 = 3;

/// One record: plain UTF-8 text, or its length (4 bytes, little-endian)
/// followed by a zstd frame made with the snapshot's dictionary.
#[derive(Debug, Clone, Default)]
pub struct Packed(std::sync::Arc<[u8]>);

impl Packed {
    /// A plain text.
    #[must_use]
    pub fn plain(text: String) -> Packed {
        Packed(text.into_bytes().into())
    }
}

/// The dictionary of a snapshot, when its records are compressed.
#[derive(Default)]
pub struct Codec {
    dictionaries: Option<(CDict<'static>, DDict<'static>)>,
}

impl std::fmt::Debug for Codec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Codec")
            .field("compressed", &self.dictionaries.is_some())
            .finish()
    }
}

thread_local! {
    static COMPRESSOR: RefCell<CCtx<'static>> = RefCell::new(CCtx::create());
    static DECOMPRESSOR: RefCell<DCtx<'static>> = RefCell::new(DCtx::create());
}

impl Codec {
    /// A codec with a dictionary trained on `samples` (records of the
    /// directory); plain when training fails.
    #[must_use]
    pub fn train(samples: &[String]) -> Codec {
        match zstd::dict::from_samples(samples, DICTIONARY_BYTES) {
            Ok(dictionary) => Codec {
                dictionaries: Some((
                    CDict::create(&dictionary, LEVEL),
                    DDict::create(&dictionary),
                )),
            },
            Err(e) => {
                tracing::warn!(error = %e, "directory records kept plain: no dictionary");
                Codec::default()
            }
        }
    }

    /// A record as kept: compressed with the dictionary, else plain.
    #[must_use]
    pub fn pack(&self, text: String) -> Packed {
        let (Some((cdict, _)), Ok(len)) = (&self.dictionaries, u32::try_from(text.len())) else {
            return Packed::plain(text);
        };
        let mut frame: Vec<u8> = Vec::with_capacity(zstd::zstd_safe::compress_bound(text.len()));
        let done = COMPRESSOR.with(|c| {
            c.borrow_mut()
                .compress_using_cdict(&mut frame, text.as_bytes(), cdict)
                .is_ok()
        });
        if !done {
            // Cannot happen with a buffer of the bound's size; a record that
            // cannot be framed is kept as an empty object rather than garbled.
            return self.pack("{}".to_owned());
        }
        let mut out = Vec::with_capacity(4 + frame.len());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&frame);
        Packed(out.into())
    }

    /// The text of a record.
    #[must_use]
    pub fn text<'a>(&self, record: &'a Packed) -> Cow<'a, str> {
        let Some((_, ddict)) = &self.dictionaries else {
            return String::from_utf8_lossy(&record.0);
        };
        let (len, frame) = record.0.split_at(4.min(record.0.len()));
        let len = u32::from_le_bytes(len.try_into().unwrap_or_default()) as usize;
        let mut out: Vec<u8> = Vec::with_capacity(len);
        let done = DECOMPRESSOR.with(|d| {
            d.borrow_mut()
                .decompress_using_ddict(&mut out, frame, ddict)
                .is_ok()
        });
        if !done {
            return Cow::Borrowed("");
        }
        Cow::Owned(String::from_utf8(out).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_compressed_and_read_back_exactly() {
        let texts: Vec<String> = (0..5_000)
            .map(|i| {
                format!(
                    r#"{{"id":"{i:08}-0000-4000-8000-000000000000","name":"Sportello {i}","addresses":[{{"city":"Torino","country":"IT"}}]}}"#
                )
            })
            .collect();
        let codec = Codec::train(&texts[..2_000]);
        assert!(codec.dictionaries.is_some());
        let packed: Vec<Packed> = texts.iter().cloned().map(|t| codec.pack(t)).collect();
        let plain: usize = texts.iter().map(String::len).sum();
        let small: usize = packed.iter().map(|p| p.0.len()).sum();
        assert!(small * 2 < plain, "{small} bytes of {plain}");
        for (t, p) in texts.iter().zip(&packed) {
            assert_eq!(codec.text(p), t.as_str());
        }
    }

    #[test]
    fn without_a_dictionary_texts_stay_plain() {
        let codec = Codec::default();
        let packed = codec.pack("{\"id\":\"a\"}".to_owned());
        assert_eq!(codec.text(&packed), "{\"id\":\"a\"}");
    }
}
