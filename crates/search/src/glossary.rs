//! The glossary as the bridge between languages: a concept's term and aliases
//! in every language, analyzed. A document is tagged with the concepts whose
//! words it contains (in any of its languages); a query names the concepts
//! whose words it contains (or, for several words, that contain it), and
//! then finds documents about them in every language.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crocevia_domain::Lang;

use crate::analyzer::terms;

/// A term or alias of a concept in one language, analyzed.
#[derive(Debug, Clone)]
struct Phrase {
    slug: String,
    lang: Lang,
    terms: Vec<String>,
}

/// Concepts and their words in every language.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    phrases: Vec<Phrase>,
    /// Phrases by language and first term.
    by_first: HashMap<(Lang, String), Vec<usize>>,
}

/// One concept's words: (language, term or alias).
#[derive(Debug, Clone)]
pub struct ConceptWords {
    /// The concept's slug.
    pub slug: String,
    /// Terms and aliases with their language.
    pub words: Vec<(Lang, String)>,
}

/// The words that matter for matching: short function words of alphabetic
/// scripts (di, of, la, на) are left out; Chinese words are never short.
fn content_terms(lang: Lang, text: &str) -> Vec<String> {
    terms(lang, text)
        .into_iter()
        .filter(|t| t.chars().count() > 2 || t.chars().next().is_some_and(|c| c >= '\u{2E80}'))
        .collect()
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
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
                g.by_first
                    .entry((*lang, t[0].clone()))
                    .or_default()
                    .push(g.phrases.len());
                g.phrases.push(Phrase {
                    slug: c.slug.clone(),
                    lang: *lang,
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
    /// of the query the concept's words cover (0 to 1).
    #[must_use]
    pub fn in_query(&self, query: &str) -> BTreeMap<String, f32> {
        let mut by_lang: HashMap<Lang, Vec<String>> = HashMap::new();
        let mut found: BTreeMap<String, f32> = BTreeMap::new();
        for p in &self.phrases {
            let q = by_lang
                .entry(p.lang)
                .or_insert_with(|| content_terms(p.lang, query));
            let coverage = if contains(q, &p.terms) {
                p.terms.len() as f32 / q.len() as f32
            } else if q.len() >= 2 && contains(&p.terms, q) {
                1.0
            } else {
                continue;
            };
            let best = found.entry(p.slug.clone()).or_default();
            *best = best.max(coverage.min(1.0));
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
        assert!(g.in_query("办居留").contains_key(slug));
        // One word of two: half the query.
        assert_eq!(g.in_query("تجديد الاقامه").get(slug), Some(&0.5));
        assert!(g.in_query("rinnovo permesso soggiorno").contains_key(slug));
        assert_eq!(g.in_query("permesso di soggiorno").get(slug), Some(&1.0));
        assert!(g.in_query("soggiorno").is_empty());
    }
}
