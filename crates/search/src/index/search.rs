//! Searching the index: the query of a search (words, fuzzy forms, glossary
//! terms, filters, place), the ranked and counted hits, and the suggestion
//! of a better spelling.

use crate::analyzer::{terms_in_every_language, words};
use crate::snippet::Highlighter;
use crate::{PublicKind, SearchError};
use crocevia_domain::Lang;
use std::collections::{BTreeMap, HashMap};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value as _};
use tantivy::{DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::*;

impl SearchIndex {
    /// The query for `text` read in `lang`: the reader's language first, then
    /// every other language lower, then the concepts the text names.
    ///
    /// Only terms the index holds become clauses; a word the index does not
    /// hold in any language is looked for with typos (from 5 letters). A
    /// document must match a word that is not common, or a concept, when the
    /// query has one; common words and typo matches add to its score.
    fn query(
        &self,
        searcher: &Searcher,
        q: &SearchQuery,
        per_lang: &[(Lang, Vec<String>)],
        concepts: &BTreeMap<String, f32>,
    ) -> Result<Box<dyn Query>, SearchError> {
        let boosted = |query: Box<dyn Query>, boost: f32| -> (Occur, Box<dyn Query>) {
            (Occur::Should, Box::new(BoostQuery::new(query, boost)))
        };
        let total = searcher.num_docs();
        // Words the index does not hold, in any language: looked for with
        // typos (by position; every language splits words the same way).
        let mut known = vec![false; per_lang.iter().map(|(_, t)| t.len()).max().unwrap_or(0)];
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut optional: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (lang, terms) in per_lang {
            let weight = if *lang == q.lang { 1.0 } else { 0.35 };
            let i = lang_index(*lang);
            for (w, term) in terms.iter().enumerate() {
                for (field, boost) in [(self.f.title[i], 3.0 * weight), (self.f.body[i], weight)] {
                    let t = Term::from_field_text(field, term);
                    let n = searcher.doc_freq(&t)?;
                    if n == 0 {
                        continue;
                    }
                    known[w] = true;
                    let clause = boosted(
                        Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)),
                        boost,
                    );
                    if n * COMMON > total {
                        optional.push(clause);
                    } else {
                        clauses.push(clause);
                    }
                }
            }
        }
        // In the reader's language, and in English and Italian for Latin
        // letters (what people type when the page is in another language).
        for (lang, terms) in per_lang {
            let weight = if *lang == q.lang { 1.0 } else { 0.35 };
            let i = lang_index(*lang);
            for (w, term) in terms.iter().enumerate() {
                let letters = term.chars().count();
                let latin = term.chars().all(|c| u32::from(c) < 0x250);
                let fuzzy = *lang == q.lang || (latin && matches!(lang, Lang::En | Lang::It));
                if known[w] || !fuzzy || letters < 5 {
                    continue;
                }
                let distance = if letters >= 9 { 2 } else { 1 };
                for (field, boost) in [(self.f.title[i], 3.0 * weight), (self.f.body[i], weight)] {
                    let t = Term::from_field_text(field, term);
                    // Optional: a typo may stem apart from the word meant.
                    optional.push(boosted(
                        Box::new(FuzzyTermQuery::new(t, distance, true)),
                        boost * 0.4,
                    ));
                }
            }
        }
        // Content about the concepts the query names, in any language: as
        // strong as a match of the words they cover.
        for (slug, coverage) in concepts {
            let about = Term::from_field_text(self.f.concepts, slug);
            let itself = Term::from_field_text(self.f.public, &key(PublicKind::Concept, slug));
            for (t, boost) in [(about, 3.0 * coverage), (itself, 2.0 * coverage)] {
                clauses.push(boosted(
                    Box::new(TermQuery::new(t, IndexRecordOption::Basic)),
                    boost,
                ));
            }
        }
        Ok(if clauses.is_empty() {
            Box::new(BooleanQuery::new(optional))
        } else if optional.is_empty() {
            Box::new(BooleanQuery::new(clauses))
        } else {
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(BooleanQuery::new(clauses))),
                (Occur::Should, Box::new(BooleanQuery::new(optional))),
            ]))
        })
    }

    /// Searches.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let mut results = SearchResults::default();
        if q.text.trim().is_empty() {
            return Ok(results);
        }
        let per_lang = terms_in_every_language(&q.text);
        let concepts = self.glossary().in_query(&per_lang);
        let searcher = self.reader.searcher();
        let query = self.query(&searcher, q, &per_lang, &concepts)?;
        // One pass over the matches: counts per kind, and the best ones by
        // relevance, nearer services first (relevance halves at 25 km), of
        // the kind asked for.
        // Counts per kind: every match, without scoring.
        results.counts = searcher.search(&*query, &KindCounts)?;
        let window = q.limit.saturating_add(10).min(WINDOW);
        let mut top: Vec<(f32, u64, PublicKind, tantivy::DocAddress)> = match q.near {
            // Nearer services first among the relevant (relevance halves at
            // 25 km): every match is scored and weighed by distance.
            Some(near) => {
                let only = q.kind.map(|k| k as u64);
                let top =
                    TopDocs::with_limit(window).tweak_score(move |segment: &SegmentReader| {
                        let fast = segment.fast_fields();
                        let column = |name: &str| fast.u64(name).ok();
                        let (kinds, geo, ties) = (column("kind"), column("geo"), column("tie"));
                        move |doc: DocId, score: Score| {
                            let kind = kinds.as_ref().and_then(|k| k.first(doc));
                            let tie = ties.as_ref().and_then(|t| t.first(doc));
                            if only.is_some() && kind != only {
                                return (f32::NEG_INFINITY, tie, kind);
                            }
                            let km = geo.as_ref().and_then(|geo| {
                                geo.values_for_doc(doc)
                                    .map(|p| km(near, unpack(p)))
                                    .min_by(f64::total_cmp)
                            });
                            #[expect(clippy::cast_possible_truncation, reason = "a ranking factor")]
                            let score = km.map_or(score, |d| score / (1.0 + (d / 25.0) as f32));
                            (score, tie, kind)
                        }
                    });
                searcher
                    .search(&*query, &top)?
                    .into_iter()
                    .filter(|((score, _, _), _)| score.is_finite())
                    .filter_map(|((score, tie, kind), address)| {
                        Some((score, tie?, kind_of(kind?)?, address))
                    })
                    .collect()
            }
            // Otherwise the best by relevance alone, which lets tantivy skip
            // blocks of documents that cannot make the top.
            None => {
                let filtered: Box<dyn Query> = match q.kind {
                    Some(k) => Box::new(BooleanQuery::new(vec![
                        (Occur::Must, query.box_clone()),
                        (
                            Occur::Must,
                            Box::new(tantivy::query::ConstScoreQuery::new(
                                Box::new(TermQuery::new(
                                    Term::from_field_u64(self.f.kind, k as u64),
                                    IndexRecordOption::Basic,
                                )),
                                0.0,
                            )),
                        ),
                    ])),
                    None => query.box_clone(),
                };
                let top =
                    searcher.search(&*filtered, &TopDocs::with_limit(window).order_by_score())?;
                let mut columns = HashMap::new();
                let mut out = Vec::with_capacity(top.len());
                for (score, address) in top {
                    let (kinds, ties) = columns.entry(address.segment_ord).or_insert_with(|| {
                        let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                        (fast.u64("kind").ok(), fast.u64("tie").ok())
                    });
                    let kind = kinds.as_ref().and_then(|c| c.first(address.doc_id));
                    let tie = ties.as_ref().and_then(|c| c.first(address.doc_id));
                    if let (Some(kind), Some(tie)) = (kind.and_then(kind_of), tie) {
                        out.push((score, tie, kind, address));
                    }
                }
                out
            }
        };
        // Equal scores in an order that does not depend on write order.
        top.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        let mut top: Vec<(f32, PublicKind, tantivy::DocAddress)> =
            top.into_iter().map(|(s, _, k, a)| (s, k, a)).collect();
        if q.kind.is_none() {
            diversify(&mut top, |(_, kind, _)| *kind == PublicKind::Concept);
        }
        top.truncate(q.limit);
        // Only the hits shown are read and given a snippet.
        let mut highlighters: HashMap<Lang, Highlighter> = HashMap::new();
        for (score, kind, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            // Shown in the reader's language when translated, else English,
            // else Italian.
            let Some(lang) = [q.lang, Lang::En, Lang::It]
                .into_iter()
                .find(|l| !text(self.f.title[lang_index(*l)]).is_empty())
            else {
                continue;
            };
            let i = lang_index(lang);
            let km = q.near.and_then(|near| {
                doc.get_all(self.f.geo)
                    .filter_map(|v| v.as_u64())
                    .map(|p| km(near, unpack(p)))
                    .min_by(f64::total_cmp)
            });
            let highlighter = highlighters.entry(lang).or_insert_with(|| {
                let terms = per_lang
                    .iter()
                    .find(|(l, _)| *l == lang)
                    .map_or(&[][..], |(_, t)| t.as_slice());
                Highlighter::new(lang, terms)
            });
            let body = text(self.f.body[i]);
            results.hits.push(SearchHit {
                kind,
                id: text(self.f.id),
                lang,
                title: text(self.f.title[i]),
                snippet: highlighter.snippet(&body, SNIPPET_CHARS),
                place: Some(text(self.f.place)).filter(|p| !p.is_empty()),
                km,
                score,
            });
        }
        results.concepts = concepts.into_keys().collect();
        if results.hits.len() < 3 {
            results.suggestion = self.suggestion(&q.text, q.lang);
        }
        Ok(results)
    }

    /// The query with each word the index does not know replaced by the
    /// nearest known word (edit distance 1, or 2 from 7 letters), the most
    /// frequent first; `None` when nothing changes.
    #[must_use]
    pub fn suggestion(&self, text: &str, lang: Lang) -> Option<String> {
        let vocabulary = self.vocabulary.read().ok()?;
        let known: Vec<&HashMap<String, u32>> = [lang, Lang::En, Lang::It]
            .iter()
            .filter_map(|l| vocabulary.get(l))
            .collect();
        let mut changed = false;
        let mut out = String::new();
        let mut at = 0;
        for (from, to, word) in words(text) {
            out.push_str(&text[at..from]);
            at = to;
            let letters = word.chars().count();
            if letters < 4 || known.iter().any(|k| k.contains_key(&word)) {
                out.push_str(&text[from..to]);
                continue;
            }
            let max = if letters >= 7 { 2 } else { 1 };
            let best = known
                .iter()
                .flat_map(|k| k.iter())
                .filter(|(w, _)| w.chars().count().abs_diff(letters) <= max)
                .filter_map(|(w, n)| {
                    let d = edit_distance(&word, w);
                    (d <= max).then_some((d, std::cmp::Reverse(*n), w))
                })
                .min();
            match best {
                Some((_, _, w)) => {
                    out.push_str(w);
                    changed = true;
                }
                None => out.push_str(&text[from..to]),
            }
        }
        out.push_str(&text[at..]);
        changed.then_some(out)
    }
}
