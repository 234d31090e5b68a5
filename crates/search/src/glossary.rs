//! The glossary as the bridge between languages: a concept's term and aliases
//! in every language, analyzed. A document is tagged with the concepts whose
//! words it contains (in any of its languages); a query names the concepts
//! whose words it contains (or, for several words, that contain it), and
//! then finds documents about them in every language.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crocevia_domain::Lang;

#[cfg(test)]
use crate::analyzer::terms_in_every_language;
use crate::analyzer::{is_content, terms};

/// A term or alias of a concept in one language, analyzed.
#[derive(Debug, Clone)]
struct Phrase {
    slug: String,
    terms: Vec<String>,
}

/// Concepts and their words in every language.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    phrases: Vec<Phrase>,
    /// Phrases by language and first term.
    by_first: HashMap<(Lang, String), Vec<usize>>,
    /// Phrases by language and any of their terms.
    by_term: HashMap<(Lang, String), Vec<usize>>,
}

/// One concept's words: (language, term or alias).
#[derive(Debug, Clone)]
pub struct ConceptWords {
    /// The concept's slug.
    pub slug: String,
    /// Terms and aliases with their language.
    pub words: Vec<(Lang, String)>,
}

/// The words that matter for matching ([`is_content`]).
fn content_terms(lang: Lang, text: &str) -> Vec<String> {
    terms(lang, text)
        .into_iter()
        .filter(|t| is_content(t))
        .collect()
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Records how much of query `q` phrase `p` covers, if it matches: a phrase
/// contained in the query, or containing a query of two words or more.
fn weigh(p: &Phrase, q: &[String], found: &mut BTreeMap<String, f32>) {
    #[expect(clippy::cast_precision_loss, reason = "a share of a few words")]
    let coverage = if contains(q, &p.terms) {
        p.terms.len() as f32 / q.len() as f32
    } else if q.len() >= 2 && contains(&p.terms, q) {
        1.0
    } else {
        return;
    };
    let best = found.entry(p.slug.clone()).or_default();
    *best = best.max(coverage.min(1.0));
}

impl Glossary {
    /// The glossary of these concepts.
    #[must_use]
    pub fn new(concepts: &[ConceptWords]) -> Glossary {
        let mut g = Glossary::default();
        for c in concepts {
            for (lang, word) in &c.words {
                let t = content_terms(*lang, word);
                if t.is_empty() {
                    continue;
                }
                let at = g.phrases.len();
                g.by_first
                    .entry((*lang, t[0].clone()))
                    .or_default()
                    .push(at);
                for term in t.iter().collect::<BTreeSet<_>>() {
                    g.by_term.entry((*lang, term.clone())).or_default().push(at);
                }
                g.phrases.push(Phrase {
                    slug: c.slug.clone(),
                    terms: t,
                });
            }
        }
        g
    }

    /// Concepts whose words occur in `text` (in `lang`).
    #[must_use]
    pub fn found_in(&self, lang: Lang, text: &str) -> BTreeSet<String> {
        let words = content_terms(lang, text);
        let mut found = BTreeSet::new();
        for (i, w) in words.iter().enumerate() {
            let Some(candidates) = self.by_first.get(&(lang, w.clone())) else {
                continue;
            };
            for p in candidates.iter().filter_map(|p| self.phrases.get(*p)) {
                if words[i..].starts_with(&p.terms) {
                    found.insert(p.slug.clone());
                }
            }
        }
        found
    }

    /// Concepts a query names, in any language: a term or alias contained in
    /// the query, or containing a query of two words or more; with how much
    /// of the query the concept's words cover (0 to 1). `query` is the
    /// query's terms in every language
    /// ([`crate::analyzer::terms_in_every_language`]).
    #[must_use]
    pub fn in_query(&self, query: &[(Lang, Vec<String>)]) -> BTreeMap<String, f32> {
        let mut found: BTreeMap<String, f32> = BTreeMap::new();
        for (lang, terms) in query {
            let q: Vec<String> = terms.iter().filter(|t| is_content(t)).cloned().collect();
            // Only phrases sharing a word with the query can match it.
            let mut candidates: Vec<usize> = q
                .iter()
                .filter_map(|t| self.by_term.get(&(*lang, t.clone())))
                .flatten()
                .copied()
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            for p in candidates.iter().filter_map(|i| self.phrases.get(*i)) {
                weigh(p, &q, &mut found);
            }
        }
        found
    }

    /// Whether the glossary has no words.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::new(&[
            ConceptWords {
                slug: "permesso-di-soggiorno".into(),
                words: vec![
                    (Lang::It, "permesso di soggiorno".into()),
                    (Lang::ZhHans, "居留".into()),
                    (Lang::Ar, "الإقامة".into()),
                ],
            },
            ConceptWords {
                slug: "mediatore-interculturale".into(),
                words: vec![(Lang::It, "mediatore interculturale".into())],
            },
        ])
    }

    #[test]
    fn documents_are_tagged_by_the_words_they_contain() {
        let g = glossary();
        let found = g.found_in(
            Lang::It,
            "Chiedi un mediatori interculturali allo sportello.",
        );
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["mediatore-interculturale"]
        );
        assert!(g.found_in(Lang::It, "Il permesso scade").is_empty());
    }

    #[test]
    fn queries_name_concepts_in_any_language() {
        let g = glossary();
        let slug = "permesso-di-soggiorno";
        assert!(
            g.in_query(&terms_in_every_language("办居留"))
                .contains_key(slug)
        );
        // One word of two: half the query.
        assert_eq!(
            g.in_query(&terms_in_every_language("تجديد الاقامه"))
                .get(slug),
            Some(&0.5)
        );
        assert!(
            g.in_query(&terms_in_every_language("rinnovo permesso soggiorno"))
                .contains_key(slug)
        );
        assert_eq!(
            g.in_query(&terms_in_every_language("permesso di soggiorno"))
                .get(slug),
            Some(&1.0)
        );
        assert!(g.in_query(&terms_in_every_language("soggiorno")).is_empty());
    }
}
