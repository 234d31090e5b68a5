//! Text analysis for every language of the portal.
//!
//! One pipeline for all scripts, then a stemmer per language:
//! 1. ICU word segmentation (UAX #29, with dictionaries for Chinese): Chinese
//!    splits into words, Bengali and Hindi into words, not letters;
//! 2. NFKC (full-width forms, Arabic presentation forms) and lower case;
//! 3. accent folding for Latin letters (`sanità` → `sanita`);
//! 4. Arabic-script folding: harakat, tatweel, alef with hamza or madda,
//!    alef maksura and Farsi yeh, keheh, teh marbuta, heh goal;
//! 5. stemming where a stemmer exists (frostem through tantivy: it, en, fr,
//!    es, ar, ru; a light suffix stripper for Ukrainian).
//!
//! Changing any of this changes what is in the index: bump
//! [`ANALYZER_VERSION`], and servers rebuild their index at start.

use std::sync::LazyLock;

use crocevia_domain::Lang;
use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use tantivy::tokenizer::{
    Language, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer as TantivyTokenizer,
};

/// Version of the analysis and of the index's fields: an index built with
/// another version is rebuilt (2: kind, points and tie-break as fast fields).
pub const ANALYZER_VERSION: u32 = 2;

static SEGMENTER: LazyLock<icu_segmenter::WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// Folds one word: NFKC, lower case, Latin accents, Arabic-script forms.
#[must_use]
pub fn fold(word: &str) -> String {
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
    let mut out = Vec::new();
    let mut breaks = SEGMENTER.segment_str(text).iter_with_word_type();
    let mut start = match breaks.next() {
        Some((i, _)) => i,
        None => return out,
    };
    for (end, kind) in breaks {
        if kind.is_word_like() {
            let word = fold(&text[start..end]);
            if !word.is_empty() {
                out.push((start, end, word));
            }
        }
        start = end;
    }
    out
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

/// The tantivy tokenizer: segmentation and folding (and Ukrainian stemming).
#[derive(Clone, Default)]
pub struct WordTokenizer {
    ukrainian: bool,
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
                text: if self.ukrainian {
                    ukrainian_stem(&word)
                } else {
                    word
                },
                position_length: 1,
            })
            .collect();
        Tokens { tokens, next: 0 }
    }
}

/// The stemmer of a language, when frostem has one.
fn stemmer(lang: Lang) -> Option<Language> {
    Some(match lang {
        Lang::It => Language::Italian,
        Lang::En => Language::English,
        Lang::Fr => Language::French,
        Lang::Es => Language::Spanish,
        Lang::Ar => Language::Arabic,
        _ => return None,
    })
}

/// The analyzer of a language (registered in the index as [`tokenizer_name`]).
#[must_use]
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    let tokenizer = WordTokenizer {
        ukrainian: lang == Lang::Uk,
    };
    match stemmer(lang) {
        Some(language) => TextAnalyzer::builder(tokenizer)
            .filter(Stemmer::new(language))
            .build(),
        None => TextAnalyzer::builder(tokenizer).build(),
    }
}

/// The name of a language's analyzer in the index.
#[must_use]
pub fn tokenizer_name(lang: Lang) -> String {
    format!("crocevia_{}", lang.as_str())
}

/// The analyzed terms of `text` in `lang`, in order.
#[must_use]
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    let mut analyzer = analyzer(lang);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
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
    }
}
