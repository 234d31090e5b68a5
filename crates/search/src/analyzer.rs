//! Text analysis for every language of the portal.
//!
//! One pipeline for all scripts, then a stemmer per language:
//! 1. ICU word segmentation (UAX #29, with dictionaries for Chinese): Chinese
//!    splits into words, Bengali and Hindi into words, not letters;
//! 2. NFKC (full-width forms, Arabic presentation forms) and lower case;
//! 3. accent folding for Latin letters (`sanità` → `sanita`);
//! 4. Arabic-script folding: harakat, tatweel, alef with hamza or madda,
//!    alef maksura and Farsi yeh, keheh, teh marbuta, heh goal;
//! 5. stemming where a stemmer exists (frostem, the Snowball stemmers: it,
//!    en, fr, es, ar; a light suffix stripper for Ukrainian).
//!
//! A query is segmented and folded once ([`words`]), then stemmed for each
//! language ([`stem`]); the index's tokenizer does the same per field.
//!
//! Changing any of this changes what is in the index: bump
//! [`ANALYZER_VERSION`], and servers rebuild their index at start.

use std::borrow::Cow;
use std::sync::LazyLock;

use crocevia_domain::Lang;
use frostem::{Algorithm, Stemmer};
use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer as TantivyTokenizer};

/// Version of the analysis and of the index's fields: an index built with
/// another version is rebuilt (2: kind, points and tie-break as fast fields).
pub const ANALYZER_VERSION: u32 = 2;

static SEGMENTER: LazyLock<icu_segmenter::WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// Folds one word: NFKC, lower case, Latin accents, Arabic-script forms.
#[must_use]
pub fn fold(word: &str) -> String {
    // Plain ASCII (most Italian, English and French words): lower case is
    // all the folding there is, and the normalizers would change nothing.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    quick_fold(word).unwrap_or_else(|| full_fold(word))
}

/// Latin-1 letters from U+00C0, folded as [`full_fold`] folds them.
const LATIN1: [char; 64] = [
    'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', //
    'ð', 'n', 'o', 'o', 'o', 'o', 'o', '×', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 's', //
    'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', //
    'ð', 'n', 'o', 'o', 'o', 'o', 'o', '÷', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 'y',
];

/// One character folded without the normalizers, when it needs none of
/// them: ASCII, Latin-1 letters, basic Cyrillic, Arabic letters (no
/// harakat, no presentation forms). `Some(None)`: dropped (tatweel).
fn quick_char(c: char) -> Option<Option<char>> {
    Some(Some(match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\x7F' => c,
        '\u{00C0}'..='\u{00FF}' => LATIN1[c as usize - 0xC0],
        // Cyrillic capitals and small letters, and Ґ ґ: lower case is one
        // letter, and NFKC keeps the composed ones (й, ї) as they are.
        '\u{0400}'..='\u{045F}' | '\u{0490}' | '\u{0491}' => c.to_lowercase().next()?,
        '\u{0640}' => return Some(None),
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ک' => 'ك',
        'ة' | 'ہ' => 'ه',
        'ؤ' => 'و',
        // Arabic letters, and the Urdu and Persian ones without a
        // decomposition (not U+0675–U+0678).
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{0671}'..='\u{0674}' => c,
        '\u{0679}'..='\u{06BF}' | '\u{06D2}' => c,
        _ => return None,
    }))
}

/// [`fold`] for words made only of characters [`quick_char`] folds.
fn quick_fold(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if let Some(folded) = quick_char(c)? {
            out.push(folded);
        }
    }
    Some(out)
}

/// [`fold`] through the normalizers.
fn full_fold(word: &str) -> String {
    let nfkc = ComposingNormalizerBorrowed::new_nfkc().normalize(word);
    let lower = nfkc.to_lowercase();
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(&lower);
    let mut out = String::with_capacity(decomposed.len());
    let mut previous_latin = false;
    for c in decomposed.chars() {
        match c {
            // Combining accents after a Latin letter: dropped.
            '\u{0300}'..='\u{036F}' if previous_latin => continue,
            // Arabic harakat (with the hamza and madda marks NFD leaves of
            // أ إ آ), superscript alef, Quranic marks; tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
                continue;
            }
            _ => {}
        }
        let folded = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' | 'ئ' | 'ې' => 'ي',
            'ک' => 'ك',
            'ة' | 'ہ' | 'ە' | 'ۀ' => 'ه',
            'ؤ' => 'و',
            'ß' => 's',
            other => other,
        };
        previous_latin = folded.is_ascii_alphabetic()
            || ('\u{00C0}'..='\u{024F}').contains(&folded)
            || (previous_latin && ('\u{0300}'..='\u{036F}').contains(&folded));
        out.push(folded);
    }
    // Recompose what is left (non-Latin scripts keep their marks).
    ComposingNormalizerBorrowed::new_nfc()
        .normalize(&out)
        .into_owned()
}

/// The words of `text`: (byte start, byte end, folded word), punctuation
/// and spaces left out.
#[must_use]
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    word_iter(text).collect()
}

/// The words of `text` one by one, as [`words`].
pub fn word_iter(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    spans(text).filter_map(|(from, to)| {
        let word = fold(&text[from..to]);
        (!word.is_empty()).then_some((from, to, word))
    })
}

/// Where the words of `text` are (byte ranges), not yet folded.
pub fn spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut breaks = SEGMENTER.segment_str(text).iter_with_word_type();
    let mut start = breaks.next().map(|(i, _)| i);
    breaks.filter_map(move |(end, kind)| {
        let from = start.replace(end)?;
        kind.is_word_like().then_some((from, end))
    })
}

/// Whether a term matters for matching: short function words of alphabetic
/// scripts (di, of, la, на) do not; Chinese words are never short.
#[must_use]
pub fn is_content(term: &str) -> bool {
    term.chars().count() > 2 || term.chars().next().is_some_and(|c| c >= '\u{2E80}')
}

/// Light Ukrainian stemming: the longest common inflectional ending is
/// removed when at least three letters remain (no frostem stemmer exists).
fn ukrainian_stem(word: &str) -> String {
    const ENDINGS: [&str; 34] = [
        "ами", "ями", "ого", "ому", "ими", "ому", "ему", "ій", "ий", "ої", "ою", "ею", "ів", "їв",
        "ам", "ям", "ах", "ях", "ом", "ем", "им", "их", "ія", "ії", "ію", "а", "я", "у", "ю", "і",
        "ї", "и", "о", "е",
    ];
    let letters = word.chars().count();
    for ending in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && letters - ending.chars().count() >= 3
        {
            return stem.to_owned();
        }
    }
    word.to_owned()
}

/// The Snowball stemmer of a language, when there is one.
fn stemmer(lang: Lang) -> Option<Stemmer> {
    Some(Stemmer::new(match lang {
        Lang::It => Algorithm::Italian,
        Lang::En => Algorithm::English,
        Lang::Fr => Algorithm::French,
        Lang::Es => Algorithm::Spanish,
        Lang::Ar => Algorithm::Arabic,
        _ => return None,
    }))
}

/// The stem of a folded word in `lang` (the word itself when the language
/// has no stemmer).
#[must_use]
pub fn stem(lang: Lang, word: String) -> String {
    if lang == Lang::Uk {
        return ukrainian_stem(&word);
    }
    let Some(stemmer) = stemmer(lang) else {
        return word;
    };
    // Borrowed: the stem is the word itself.
    let changed = match stemmer.stem(&word) {
        Cow::Borrowed(_) => None,
        Cow::Owned(stem) => Some(stem),
    };
    changed.unwrap_or(word)
}

/// The tantivy tokenizer of a language: segmentation, folding, stemming.
#[derive(Clone)]
pub struct WordTokenizer {
    lang: Lang,
}

/// Tokens of one text.
pub struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl TantivyTokenizer for WordTokenizer {
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        let tokens = words(text)
            .into_iter()
            .enumerate()
            .map(|(position, (from, to, word))| Token {
                offset_from: from,
                offset_to: to,
                position,
                text: stem(self.lang, word),
                position_length: 1,
            })
            .collect();
        Tokens { tokens, next: 0 }
    }
}

/// The analyzer of a language (registered in the index as [`tokenizer_name`]).
#[must_use]
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::from(WordTokenizer { lang })
}

/// The name of a language's analyzer in the index.
#[must_use]
pub fn tokenizer_name(lang: Lang) -> String {
    format!("crocevia_{}", lang.as_str())
}

/// The analyzed terms of `text` in `lang`, in order.
#[must_use]
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .map(|(_, _, word)| stem(lang, word))
        .collect()
}

/// The analyzed terms of `text` in every language, in the order of
/// [`Lang::ALL`]: segmented and folded once, stemmed per language.
#[must_use]
pub fn terms_in_every_language(text: &str) -> Vec<(Lang, Vec<String>)> {
    let folded: Vec<String> = words(text).into_iter().map(|(_, _, w)| w).collect();
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let terms = folded.iter().map(|w| stem(lang, w.clone())).collect();
            (lang, terms)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<String> {
        words(text).into_iter().map(|(_, _, w)| w).collect()
    }

    #[test]
    fn scripts_split_into_words() {
        assert_eq!(
            plain("Rinnovo del permesso, subito!"),
            ["rinnovo", "del", "permesso", "subito"]
        );
        // Chinese by dictionary, not letter by letter nor as one block.
        let zh = plain("居留许可续签");
        assert!(zh.len() >= 2 && zh.len() < 6, "{zh:?}");
        assert!(zh.contains(&"居留".to_owned()), "{zh:?}");
        // Bengali: words at spaces, letters with their vowel signs kept whole.
        assert_eq!(plain("বসবাসের অনুমতি").len(), 2);
    }

    #[test]
    fn latin_accents_and_case_fold() {
        assert_eq!(plain("Sanità PUBBLICA"), ["sanita", "pubblica"]);
        assert_eq!(plain("reunión"), ["reunion"]);
        assert_eq!(plain("ＡＢＣ"), ["abc"]);
        // Cyrillic keeps its letters (й is not й without its breve).
        assert_eq!(plain("Посвідка Й"), ["посвідка", "й"]);
    }

    #[test]
    fn arabic_forms_fold() {
        assert_eq!(fold("الإقامة"), fold("الاقامه"));
        assert_eq!(fold("تَصْرِيحُ"), fold("تصريح"));
        assert_eq!(fold("اللجــوء"), fold("اللجوء"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        // Urdu keheh and Farsi yeh.
        assert_eq!(fold("کی"), fold("كي"));
    }

    #[test]
    fn languages_stem() {
        assert_eq!(terms(Lang::It, "permessi"), terms(Lang::It, "permesso"));
        assert_eq!(terms(Lang::En, "renewals"), terms(Lang::En, "renewal"));
        assert_eq!(terms(Lang::Uk, "посвідки"), terms(Lang::Uk, "посвідка"));
        assert_eq!(terms(Lang::ZhHans, "居留"), ["居留"]);
        // The index's tokenizer gives the same terms as a query's analysis.
        let text = "Rinnovo dei PERMESSI di soggiorno, sanità";
        let mut analyzer = analyzer(Lang::It);
        let mut stream = analyzer.token_stream(text);
        let mut tokenized = Vec::new();
        while stream.advance() {
            tokenized.push(stream.token().text.clone());
        }
        assert_eq!(tokenized, terms(Lang::It, text));
        let every = terms_in_every_language(text);
        assert_eq!(every.len(), Lang::ALL.len());
        for (lang, t) in every {
            assert_eq!(t, terms(lang, text), "{lang:?}");
        }
    }

    #[test]
    fn the_shortcuts_fold_like_the_normalizers() {
        // Every character the shortcuts take, one by one (they fold
        // character by character, and none of them combines with another).
        for c in (0..0x700).filter_map(char::from_u32) {
            let Some(quick) = quick_char(c) else {
                continue;
            };
            let word = c.to_string();
            let quick: String = quick.into_iter().collect();
            assert_eq!(quick, full_fold(&word), "U+{:04X}", u32::from(c));
        }
        for word in [
            "Permesso",
            "RENEWAL",
            "abc123",
            "Città",
            "ПОСВІДКА",
            "الإقامة",
        ] {
            assert_eq!(fold(word), full_fold(word), "{word}");
        }
    }
}
