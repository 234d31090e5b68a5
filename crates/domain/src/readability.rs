//! How easy a text is to read, for the authors of guides: the Gulpease
//! index for Italian (Lucisano and Piemontese, 1988: 0–100, letters per word
//! and sentences per word; under 60 is hard for a reader with a middle-school
//! education, under 80 for one with primary school) and the Flesch reading
//! ease for English (Flesch, 1948: syllables per word and words per sentence;
//! under 60 is "fairly difficult"). People reading a guide in Italian as a
//! second language are the readers these thresholds protect.

use crate::Lang;

/// A text's readability score and whether it is harder than the plain
/// language a guide asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    /// Gulpease (Italian) or Flesch reading ease (English), about 0–100,
    /// higher is easier.
    pub score: f64,
    /// Words counted.
    pub words: usize,
    /// Sentences counted.
    pub sentences: usize,
    /// Under the threshold for plain language.
    pub hard: bool,
}

/// The index under which an Italian guide text is flagged (middle school).
pub const GULPEASE_PLAIN: f64 = 60.0;
/// The score under which an English guide text is flagged.
pub const FLESCH_PLAIN: f64 = 60.0;
/// Texts shorter than this many words are not scored (a title, a cost).
pub const MIN_WORDS: usize = 20;

/// The readability of `text` in `lang`, for Italian and English; `None`
/// for other languages or a text too short to score.
#[must_use]
pub fn readability(text: &str, lang: Lang) -> Option<Readability> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    // Sentences end with . ! ? ; : or a line break between non-empty
    // lines (a bullet is a sentence).
    let sentences = text
        .split(['.', '!', '?', ';', ':', '\n'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let n = |x: usize| f64::from(u32::try_from(x).unwrap_or(u32::MAX));
    let (score, plain) = match lang {
        Lang::It => {
            let letters: usize = words
                .iter()
                .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
                .sum();
            (
                89.0 + (300.0 * n(sentences) - 10.0 * n(letters)) / n(words.len()),
                GULPEASE_PLAIN,
            )
        }
        Lang::En => {
            let syllables: usize = words.iter().map(|w| english_syllables(w)).sum();
            (
                206.835
                    - 1.015 * n(words.len()) / n(sentences)
                    - 84.6 * n(syllables) / n(words.len()),
                FLESCH_PLAIN,
            )
        }
        _ => return None,
    };
    Some(Readability {
        score,
        words: words.len(),
        sentences,
        hard: score < plain,
    })
}

/// Syllables of an English word, by its groups of vowels (a silent final
/// e dropped): the usual estimate of readability formulas.
fn english_syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    let w = w.strip_suffix('e').filter(|s| s.len() > 2).unwrap_or(&w);
    let mut count = 0;
    let mut previous_vowel = false;
    for c in w.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_bureaucratic_italian_are_told_apart() {
        let plain = "Vai in Comune con il passaporto. Chiedi il modulo allo sportello. \
                     Scrivi il tuo nome e il tuo indirizzo. Porta anche una foto. \
                     L'impiegato ti dà la ricevuta. Tienila con te.";
        let hard = "Ai fini dell'ottenimento dell'iscrizione anagrafica, il richiedente \
                    extracomunitario deve presentare la documentazione comprovante \
                    la regolarità del soggiorno unitamente alla dichiarazione sostitutiva \
                    di certificazione relativa all'effettiva dimora abituale nel territorio comunale.";
        let p = readability(plain, Lang::It).expect("scored");
        let h = readability(hard, Lang::It).expect("scored");
        assert!(!p.hard && p.score > 80.0, "{p:?}");
        assert!(h.hard && h.score < 50.0, "{h:?}");
        assert!(readability("Troppo corto.", Lang::It).is_none());
        assert!(readability(plain, Lang::Ar).is_none());
    }

    #[test]
    fn flesch_for_english() {
        let plain = "Go to the town hall with your passport. Ask for the form at the desk. \
                     Write your name and address. Bring a photo too. You get a receipt.";
        let hard = "Notwithstanding the aforementioned administrative requirements, applicants \
                    are obligated to substantiate their continuous habitual residence through \
                    documentary evidence corroborating uninterrupted occupancy of the declared \
                    accommodation.";
        assert!(!readability(plain, Lang::En).expect("scored").hard);
        assert!(readability(hard, Lang::En).expect("scored").hard);
        assert_eq!(english_syllables("passport"), 2);
        assert_eq!(english_syllables("the"), 1);
    }
}
