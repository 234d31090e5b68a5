//! The tantivy index: one document per guide, service or concept, with a
//! title and a body field per language (each analyzed in its language), the
//! concepts it is about, and where it is.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use crocevia_domain::Lang;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value as _,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::analyzer::{analyzer, terms, tokenizer_name, words};
use crate::glossary::Glossary;
use crate::{PublicKind, SearchError};

/// One piece of public content, in every language it exists in.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Guide, service or concept.
    pub kind: PublicKind,
    /// Slug (guides, concepts) or id (services): what its address shows.
    pub id: String,
    /// The stored entity's id (a slug may change; this does not).
    pub entity: String,
    /// Per language: title and body (current translations only).
    pub texts: Vec<(Lang, String, String)>,
    /// Where (services): latitude, longitude.
    pub points: Vec<(f64, f64)>,
    /// Municipality name (services).
    pub place: Option<String>,
}

impl Doc {
    fn key(&self) -> String {
        key(self.kind, &self.entity)
    }
}

fn key(kind: PublicKind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

#[derive(Clone, Copy)]
struct Fields {
    /// kind:entity id (replacing, removing).
    key: Field,
    /// kind:public id (a concept's own document).
    public: Field,
    kind: Field,
    id: Field,
    concepts: Field,
    geo: Field,
    place: Field,
    title: [Field; 10],
    body: [Field; 10],
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |lang: Lang| {
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored()
    };
    let key = b.add_text_field("key", STRING | STORED);
    let public = b.add_text_field("public", STRING);
    let kind = b.add_text_field("kind", STRING | STORED);
    let id = b.add_text_field("id", STRING | STORED);
    let concepts = b.add_text_field("concepts", STRING | STORED);
    let geo = b.add_text_field("geo", STORED);
    let place = b.add_text_field("place", STORED);
    let title = Lang::ALL.map(|l| b.add_text_field(&format!("title_{}", l.as_str()), text(l)));
    let body = Lang::ALL.map(|l| b.add_text_field(&format!("body_{}", l.as_str()), text(l)));
    (
        b.build(),
        Fields {
            key,
            public,
            kind,
            id,
            concepts,
            geo,
            place,
            title,
            body,
        },
    )
}

/// What a person searches for.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    /// The words as typed.
    pub text: String,
    /// The reader's language.
    pub lang: Lang,
    /// Only this kind.
    pub kind: Option<PublicKind>,
    /// Near here (latitude, longitude): services nearer rank higher.
    pub near: Option<(f64, f64)>,
    /// At most this many hits.
    pub limit: usize,
}

/// A piece of a snippet: text, highlighted or not.
pub type SnippetPart = (String, bool);

/// One result.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// Kind.
    pub kind: PublicKind,
    /// Slug or id.
    pub id: String,
    /// The language the title and snippet are in.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// Excerpt of the body around the matched words.
    pub snippet: Vec<SnippetPart>,
    /// Municipality (services).
    pub place: Option<String>,
    /// Kilometres from the query point (services).
    pub km: Option<f64>,
    /// Relevance (higher is better).
    pub score: f32,
}

/// The answer to a query.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// Best first.
    pub hits: Vec<SearchHit>,
    /// Matches per kind (guides, services, concepts) before the kind filter.
    pub counts: [usize; 3],
    /// A corrected query, when words look misspelled.
    pub suggestion: Option<String>,
    /// Concepts the query names (slugs).
    pub concepts: Vec<String>,
}

/// How many matches are looked at (ranking, counts per kind).
const WINDOW: usize = 200;

/// The search index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    f: Fields,
    glossary: RwLock<Arc<Glossary>>,
    /// Folded words per language and how often they were indexed ("did you
    /// mean").
    vocabulary: RwLock<HashMap<Lang, HashMap<String, u32>>>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    12_742.0 * h.sqrt().asin()
}

impl SearchIndex {
    /// A new index in memory.
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let (schema, f) = schema();
        Self::open(Index::create_in_ram(schema), f)
    }

    /// The index in `dir`, created empty when missing (the caller rebuilds
    /// it then, see [`crate::meta`]).
    pub fn in_dir(dir: &Path) -> Result<SearchIndex, SearchError> {
        let (schema, f) = schema();
        std::fs::create_dir_all(dir)?;
        let directory = tantivy::directory::MmapDirectory::open(dir)?;
        let index = Index::open_or_create(directory, schema)?;
        Self::open(index, f)
    }

    fn open(index: Index, f: Fields) -> Result<SearchIndex, SearchError> {
        for lang in Lang::ALL {
            index
                .tokenizers()
                .register(&tokenizer_name(lang), analyzer(lang));
        }
        let writer = index.writer(50_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            f,
            glossary: RwLock::new(Arc::new(Glossary::default())),
            vocabulary: RwLock::new(HashMap::new()),
        })
    }

    /// Replaces the glossary used to tag documents and read queries.
    pub fn set_glossary(&self, glossary: Glossary) {
        if let Ok(mut g) = self.glossary.write() {
            *g = Arc::new(glossary);
        }
    }

    fn glossary(&self) -> Arc<Glossary> {
        self.glossary.read().map(|g| g.clone()).unwrap_or_default()
    }

    /// Number of documents.
    #[must_use]
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes `docs` (replacing any with the same kind and entity) and
    /// removes `gone` (kind and entity id), in one commit.
    pub fn apply(&self, docs: &[Doc], gone: &[(PublicKind, String)]) -> Result<(), SearchError> {
        let glossary = self.glossary();
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for (kind, id) in gone {
            writer.delete_term(Term::from_field_text(self.f.key, &key(*kind, id)));
        }
        let mut vocabulary = self.vocabulary.write().map_err(|_| SearchError::Poisoned)?;
        for doc in docs {
            writer.delete_term(Term::from_field_text(self.f.key, &doc.key()));
            let mut d = TantivyDocument::default();
            d.add_text(self.f.key, doc.key());
            d.add_text(self.f.public, key(doc.kind, &doc.id));
            d.add_text(self.f.kind, doc.kind.as_str());
            d.add_text(self.f.id, &doc.id);
            let mut concepts = BTreeSet::new();
            if doc.kind == PublicKind::Concept {
                concepts.insert(doc.id.clone());
            }
            for (lang, title, body) in &doc.texts {
                let i = lang_index(*lang);
                d.add_text(self.f.title[i], title);
                d.add_text(self.f.body[i], body);
                // A concept is about itself only (its definition names
                // others in passing).
                if doc.kind != PublicKind::Concept {
                    concepts.extend(glossary.found_in(*lang, title));
                    concepts.extend(glossary.found_in(*lang, body));
                }
                let counts = vocabulary.entry(*lang).or_default();
                for (_, _, w) in words(title).into_iter().chain(words(body)) {
                    *counts.entry(w).or_default() += 1;
                }
            }
            for c in concepts {
                d.add_text(self.f.concepts, c);
            }
            if !doc.points.is_empty() {
                let geo = doc
                    .points
                    .iter()
                    .map(|(la, lo)| format!("{la},{lo}"))
                    .collect::<Vec<_>>()
                    .join(";");
                d.add_text(self.f.geo, geo);
            }
            if let Some(place) = &doc.place {
                d.add_text(self.f.place, place);
            }
            writer.add_document(d)?;
        }
        writer.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// Removes every document (before a rebuild).
    pub fn clear(&self) -> Result<(), SearchError> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        writer.delete_all_documents()?;
        writer.commit()?;
        drop(writer);
        if let Ok(mut v) = self.vocabulary.write() {
            v.clear();
        }
        self.reader.reload()?;
        Ok(())
    }

    /// The query for `text` read in `lang`: the reader's language first, then
    /// every other language lower, then the concepts the text names.
    fn query(&self, q: &SearchQuery, concepts: &BTreeMap<String, f32>) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut add = |field: Field, term: &str, boost: f32, fuzzy: bool| {
            let t = Term::from_field_text(field, term);
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
                    boost,
                )),
            ));
            let letters = term.chars().count();
            if fuzzy && letters >= 5 {
                let distance = if letters >= 9 { 2 } else { 1 };
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(FuzzyTermQuery::new(t, distance, true)),
                        boost * 0.4,
                    )),
                ));
            }
        };
        for lang in Lang::ALL {
            let same = lang == q.lang;
            // Misspellings are looked for in the reader's language, English
            // and Italian (what people type when the page is in another).
            let fuzzy = same || lang == Lang::En || lang == Lang::It;
            let weight = if same { 1.0 } else { 0.35 };
            let i = lang_index(lang);
            for term in terms(lang, &q.text) {
                add(self.f.title[i], &term, 3.0 * weight, fuzzy);
                add(self.f.body[i], &term, weight, fuzzy);
            }
        }
        // Content about the concepts the query names, in any language: as
        // strong as a match of the words they cover.
        for (slug, coverage) in concepts {
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.f.concepts, slug),
                        IndexRecordOption::Basic,
                    )),
                    3.0 * coverage,
                )),
            ));
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.f.public, &key(PublicKind::Concept, slug)),
                        IndexRecordOption::Basic,
                    )),
                    2.0 * coverage,
                )),
            ));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// Searches.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let mut results = SearchResults::default();
        if q.text.trim().is_empty() {
            return Ok(results);
        }
        let concepts = self.glossary().in_query(&q.text);
        let query = self.query(q, &concepts);
        let searcher = self.reader.searcher();
        let top = searcher.search(&*query, &TopDocs::with_limit(WINDOW).order_by_score())?;
        // Bodies of the matches, for the snippets of those shown.
        let mut bodies: HashMap<(PublicKind, String), String> = HashMap::new();
        let mut hits = Vec::new();
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let Some(kind) = PublicKind::parse(&text(self.f.kind)) else {
                continue;
            };
            results.counts[kind as usize] += 1;
            if q.kind.is_some_and(|k| k != kind) {
                continue;
            }
            // Shown in the reader's language when translated, else English,
            // else Italian.
            let Some(lang) = [q.lang, Lang::En, Lang::It]
                .into_iter()
                .find(|l| !text(self.f.title[lang_index(*l)]).is_empty())
            else {
                continue;
            };
            let i = lang_index(lang);
            bodies.insert((kind, text(self.f.id)), text(self.f.body[i]));
            let km = q.near.and_then(|near| {
                text(self.f.geo)
                    .split(';')
                    .filter_map(|p| {
                        let (la, lo) = p.split_once(',')?;
                        Some(km(near, (la.parse().ok()?, lo.parse().ok()?)))
                    })
                    .min_by(f64::total_cmp)
            });
            // Nearer services first among the relevant: relevance halves at
            // 25 km.
            let score = match km {
                Some(d) => score / (1.0 + (d / 25.0) as f32),
                None => score,
            };
            let place = Some(text(self.f.place)).filter(|p| !p.is_empty());
            hits.push(SearchHit {
                kind,
                id: text(self.f.id),
                lang,
                title: text(self.f.title[i]),
                snippet: Vec::new(),
                place,
                km,
                score,
            });
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        if q.kind.is_none() {
            diversify(&mut hits);
        }
        hits.truncate(q.limit);
        // Snippets only for the hits shown.
        let mut generators: HashMap<Lang, SnippetGenerator> = HashMap::new();
        for hit in &mut hits {
            let body = bodies
                .remove(&(hit.kind, hit.id.clone()))
                .unwrap_or_default();
            let generator = match generators.entry(hit.lang) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let field = self.f.body[lang_index(hit.lang)];
                    let mut g = SnippetGenerator::create(&searcher, &*query, field)?;
                    g.set_max_num_chars(180);
                    e.insert(g)
                }
            };
            hit.snippet = snippet_parts(&generator.snippet(&body), &body);
        }
        results.hits = hits;
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

    /// Every (kind, id) in the index, sorted (for tests and checks).
    pub fn keys(&self) -> Result<Vec<String>, SearchError> {
        let searcher = self.reader.searcher();
        let all = searcher.search(
            &tantivy::query::AllQuery,
            &TopDocs::with_limit(1_000_000).order_by_score(),
        )?;
        let mut keys = Vec::new();
        for (_, address) in all {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(k) = doc.get_first(self.f.key).and_then(|v| v.as_str()) {
                keys.push(k.to_owned());
            }
        }
        keys.sort();
        Ok(keys)
    }

    /// The underlying tantivy index (size on disk, segments).
    #[must_use]
    pub fn tantivy(&self) -> &Index {
        &self.index
    }
}

/// A snippet as text pieces, highlighted or not; the body's beginning when
/// no word matched in it.
fn snippet_parts(snippet: &tantivy::snippet::Snippet, body: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let fragment = snippet.fragment();
    let mut at = 0;
    for r in snippet.highlighted() {
        if r.start > at {
            parts.push((fragment[at..r.start].to_owned(), false));
        }
        parts.push((fragment[r.clone()].to_owned(), true));
        at = r.end;
    }
    if at < fragment.len() {
        parts.push((fragment[at..].to_owned(), false));
    }
    if parts.is_empty() && !body.is_empty() {
        let end = body.char_indices().nth(160).map_or(body.len(), |(i, _)| i);
        parts.push((body[..end].to_owned(), false));
    }
    parts
}

/// At most one glossary entry among the first three results: the glossary
/// explains words, guides and services are what people act on. Other entries
/// move down just after the third result, in their order.
fn diversify(hits: &mut Vec<SearchHit>) {
    let mut top = Vec::new();
    let mut later = Vec::new();
    let mut concepts = 0;
    for hit in hits.drain(..) {
        let concept = hit.kind == PublicKind::Concept;
        if top.len() < 3 && (!concept || concepts == 0) {
            concepts += usize::from(concept);
            top.push(hit);
        } else {
            later.push(hit);
        }
    }
    top.extend(later);
    *hits = top;
}

/// Levenshtein distance with adjacent transpositions, on characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(kind: PublicKind, id: &str, texts: &[(Lang, &str, &str)]) -> Doc {
        Doc {
            kind,
            id: id.into(),
            entity: format!("e-{id}"),
            texts: texts
                .iter()
                .map(|(l, t, b)| (*l, (*t).to_owned(), (*b).to_owned()))
                .collect(),
            points: Vec::new(),
            place: None,
        }
    }

    fn query(text: &str, lang: Lang) -> SearchQuery {
        SearchQuery {
            text: text.into(),
            lang,
            kind: None,
            near: None,
            limit: 10,
        }
    }

    #[test]
    fn finds_in_the_language_misspelled_and_across_languages() {
        let index = SearchIndex::in_memory().expect("index");
        index.set_glossary(Glossary::new(&[crate::glossary::ConceptWords {
            slug: "permesso-di-soggiorno".into(),
            words: vec![
                (Lang::It, "permesso di soggiorno".into()),
                (Lang::ZhHans, "居留".into()),
            ],
        }]));
        index
            .apply(
                &[
                    doc(
                        PublicKind::Guide,
                        "rinnovo",
                        &[
                            (
                                Lang::It,
                                "Rinnovare il permesso di soggiorno",
                                "Con il kit postale.",
                            ),
                            (
                                Lang::En,
                                "Renewing the residence permit",
                                "With the postal kit.",
                            ),
                        ],
                    ),
                    doc(
                        PublicKind::Guide,
                        "scuola",
                        &[(
                            Lang::It,
                            "Iscrivere un figlio a scuola",
                            "Alla scuola del quartiere.",
                        )],
                    ),
                ],
                &[],
            )
            .expect("apply");
        let first = |text: &str, lang: Lang| {
            index
                .search(&query(text, lang))
                .expect("search")
                .hits
                .first()
                .map(|h| (h.id.clone(), h.lang))
        };
        assert_eq!(
            first("rinnovo permesso", Lang::It),
            Some(("rinnovo".into(), Lang::It))
        );
        assert_eq!(
            first("renewal", Lang::En),
            Some(("rinnovo".into(), Lang::En))
        );
        assert_eq!(
            first("residense permit", Lang::En),
            Some(("rinnovo".into(), Lang::En))
        );
        // Through the glossary; shown in English, the first fallback.
        assert_eq!(
            first("办居留", Lang::ZhHans),
            Some(("rinnovo".into(), Lang::En))
        );
        let r = index.search(&query("scuolla", Lang::It)).expect("search");
        assert_eq!(r.hits.first().map(|h| h.id.as_str()), Some("scuola"));
        // Replacing and removing.
        index
            .apply(&[], &[(PublicKind::Guide, "e-scuola".to_owned())])
            .expect("remove");
        assert_eq!(index.keys().expect("keys"), ["guide:e-rinnovo"]);
    }

    #[test]
    fn did_you_mean() {
        let index = SearchIndex::in_memory().expect("index");
        index
            .apply(
                &[doc(
                    PublicKind::Guide,
                    "a",
                    &[(Lang::It, "Cittadinanza italiana", "Domanda.")],
                )],
                &[],
            )
            .expect("apply");
        assert_eq!(
            index.suggestion("cittadinansa", Lang::It).as_deref(),
            Some("cittadinanza")
        );
        assert_eq!(index.suggestion("cittadinanza", Lang::It), None);
        assert_eq!(edit_distance("abcd", "abdc"), 1);
    }
}
