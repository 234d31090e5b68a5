//! Snippets: the part of a body where the query's words are, with those
//! words highlighted.
//!
//! The body is read word by word with the analysis of its language, so that
//! "permessi" is highlighted for "permesso"; each distinct word is stemmed
//! once per query (bodies of one language share most of their words), and
//! reading stops as soon as a fragment holds every word of the query.

use std::collections::HashMap;

use crocevia_domain::Lang;

use crate::analyzer::{fold, is_content, spans, stem};

/// A piece of a snippet: text, highlighted or not.
pub type SnippetPart = (String, bool);

/// How far before the first matched word a fragment starts, in characters.
const LEAD: usize = 30;

/// Highlights one query's terms in bodies of one language.
pub struct Highlighter<'q> {
    lang: Lang,
    /// The query's terms that are worth highlighting (not di, of, la).
    terms: Vec<&'q str>,
    /// Word as written → index in `terms` of the term it stems to, if any.
    seen: HashMap<String, Option<usize>>,
    /// The first letter of each term, when the language's stemmer keeps a
    /// word's first letter (it changes endings only): a word starting
    /// otherwise is not stemmed at all.
    heads: Option<Vec<char>>,
}

/// The first character of a word.
fn head(word: &str) -> Option<char> {
    word.chars().next()
}

/// A matched word: byte range in the body, first character, term.
#[derive(Clone, Copy)]
struct Match {
    from: usize,
    to: usize,
    char_from: usize,
    term: usize,
}

impl<'q> Highlighter<'q> {
    /// A highlighter of `terms` (analyzed in `lang`) in bodies in `lang`.
    #[must_use]
    pub fn new(lang: Lang, terms: &'q [String]) -> Highlighter<'q> {
        let mut distinct: Vec<&str> = Vec::new();
        for t in terms.iter().filter(|t| is_content(t)) {
            if !distinct.contains(&t.as_str()) {
                distinct.push(t);
            }
        }
        let heads = matches!(lang, Lang::It | Lang::En | Lang::Fr | Lang::Es)
            .then(|| distinct.iter().filter_map(|t| head(t)).collect());
        Highlighter {
            lang,
            terms: distinct,
            seen: HashMap::new(),
            heads,
        }
    }

    fn term_of(&mut self, word: &str) -> Option<usize> {
        if let Some(known) = self.seen.get(word) {
            return *known;
        }
        let folded = fold(word);
        let found = if self
            .heads
            .as_ref()
            .is_some_and(|heads| head(&folded).is_none_or(|h| !heads.contains(&h)))
        {
            None
        } else {
            let stemmed = stem(self.lang, folded);
            self.terms.iter().position(|t| *t == stemmed)
        };
        self.seen.insert(word.to_owned(), found);
        found
    }

    /// The matched words of `body`, up to the end of the first fragment
    /// (`width` characters) that holds every term; and the first match of
    /// the fragment with the most distinct terms, earliest first.
    fn matches(&mut self, body: &str, width: usize) -> (Vec<Match>, Option<usize>) {
        let mut matches: Vec<Match> = Vec::new();
        // Best fragment so far: (distinct terms, its first match).
        let mut best: Option<(usize, usize)> = None;
        let mut first = 0;
        let (mut chars, mut at) = (0, 0);
        for (from, to) in spans(body) {
            let char_from = chars + body[at..from].chars().count();
            let char_to = char_from + body[from..to].chars().count();
            (chars, at) = (char_to, to);
            let Some(term) = self.term_of(&body[from..to]) else {
                continue;
            };
            matches.push(Match {
                from,
                to,
                char_from,
                term,
            });
            // The fragment ending with this match starts at the earliest
            // match close enough.
            while first + 1 < matches.len() && char_to - matches[first].char_from > width {
                first += 1;
            }
            let mut present = vec![false; self.terms.len()];
            for m in &matches[first..] {
                present[m.term] = true;
            }
            let distinct = present.iter().filter(|p| **p).count();
            if best.is_none_or(|(d, _)| distinct > d) {
                best = Some((distinct, first));
            }
            if distinct == self.terms.len() {
                break;
            }
        }
        (matches, best.map(|(_, first)| first))
    }

    /// The fragment of `body` (at most `max_chars` characters) holding the
    /// most distinct query words, earliest first, split into highlighted and
    /// plain parts; the body's beginning when no word matches.
    pub fn snippet(&mut self, body: &str, max_chars: usize) -> Vec<SnippetPart> {
        let lead = LEAD.min(max_chars / 2);
        if self.terms.is_empty() {
            return beginning(body, max_chars);
        }
        let (matches, first) = self.matches(body, max_chars - lead);
        let Some(first) = first else {
            return beginning(body, max_chars);
        };
        let m = matches[first];
        let start = word_start(body, back(body, m.from, lead), m.from);
        let end = word_end(body, forward(body, start, max_chars));
        let mut parts = Vec::new();
        let mut at = start;
        for m in matches[first..].iter().take_while(|m| m.to <= end) {
            if m.from > at {
                parts.push((body[at..m.from].to_owned(), false));
            }
            parts.push((body[m.from..m.to].to_owned(), true));
            at = m.to;
        }
        if end > at {
            parts.push((body[at..end].to_owned(), false));
        }
        parts
    }
}

/// The first `max_chars` characters of `body`, cut at a word's end.
fn beginning(body: &str, max_chars: usize) -> Vec<SnippetPart> {
    if body.is_empty() {
        return Vec::new();
    }
    let end = word_end(body, forward(body, 0, max_chars));
    vec![(body[..end].to_owned(), false)]
}

/// The byte offset `n` characters after byte `at` (the end at most).
fn forward(body: &str, at: usize, n: usize) -> usize {
    body[at..]
        .char_indices()
        .nth(n)
        .map_or(body.len(), |(i, _)| at + i)
}

/// The byte offset `n` characters before byte `at` (the start at most).
fn back(body: &str, at: usize, n: usize) -> usize {
    if n == 0 {
        return at;
    }
    body[..at]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i)
}

/// `at`, moved forward to the start of the next word when it falls inside
/// one, and never past `limit`.
fn word_start(body: &str, at: usize, limit: usize) -> usize {
    if at == 0 || body[..at].ends_with(char::is_whitespace) {
        return at;
    }
    let next = body[at..]
        .find(char::is_whitespace)
        .map(|space| at + space)
        .and_then(|space| {
            body[space..]
                .find(|c: char| !c.is_whitespace())
                .map(|word| space + word)
        })
        .unwrap_or(limit);
    next.min(limit)
}

/// `at`, moved back to the end of the last whole word before it.
fn word_end(body: &str, at: usize) -> usize {
    if at >= body.len() || body[at..].starts_with(char::is_whitespace) {
        return at.min(body.len());
    }
    body[..at]
        .rfind(char::is_whitespace)
        .filter(|space| *space > 0)
        .unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::terms;

    fn show(parts: &[SnippetPart]) -> String {
        parts
            .iter()
            .map(|(t, on)| if *on { format!("[{t}]") } else { t.clone() })
            .collect()
    }

    #[test]
    fn highlights_inflected_words_where_most_of_the_query_is() {
        let q = terms(Lang::It, "rinnovo del permesso");
        let mut h = Highlighter::new(Lang::It, &q);
        let body = "Lo sportello apre alle nove. Per i permessi scaduti serve la ricevuta. \
                    Più avanti, chi chiede il rinnovo dei permessi porta due foto.";
        let shown = show(&h.snippet(body, 80));
        assert!(shown.contains("[rinnovo] dei [permessi]"), "{shown}");
        // "del" is not highlighted anywhere.
        assert!(!shown.contains("[del]"), "{shown}");
        assert!(
            shown.chars().filter(|c| *c != '[' && *c != ']').count() <= 80,
            "{shown}"
        );
    }

    #[test]
    fn stemmers_of_latin_languages_keep_the_first_letter() {
        let words = "permessi rinnovare questura quattro iscrizione yellow lying skies \
                     dying eyes quick quoi yeux oiseaux reunion reuniones ayuda \
                     queue guerre ugly early only news";
        for lang in [Lang::It, Lang::En, Lang::Fr, Lang::Es] {
            for word in words.split_whitespace() {
                let stemmed = stem(lang, word.to_owned());
                assert_eq!(head(&stemmed), head(word), "{lang:?} {word} → {stemmed}");
            }
        }
    }

    #[test]
    fn no_match_shows_the_beginning_cut_at_a_word() {
        let q = terms(Lang::It, "cittadinanza");
        let mut h = Highlighter::new(Lang::It, &q);
        let parts = h.snippet("Visite mediche gratuite per tutti i bambini.", 20);
        assert_eq!(show(&parts), "Visite mediche");
        assert!(h.snippet("", 20).is_empty());
    }

    #[test]
    fn works_in_arabic_script() {
        let q = terms(Lang::Ar, "تجديد الإقامة");
        let mut h = Highlighter::new(Lang::Ar, &q);
        let shown = show(&h.snippet("معلومات عامة. طلب تجديد الاقامة في مكتب البريد.", 60));
        assert!(shown.contains("[تجديد]"), "{shown}");
        assert!(shown.contains("[الاقامة]"), "{shown}");
    }
}
