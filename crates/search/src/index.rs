//! The tantivy index: one document per guide, service or concept, with a
//! title and a body field per language (each analyzed in its language), the
//! concepts it is about, and where it is.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use crocevia_domain::Lang;
use tantivy::collector::{Collector, SegmentCollector, TopDocs};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value as _,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};

use crate::analyzer::{analyzer, tokenizer_name, words};
use crate::glossary::Glossary;
use crate::snippet::SnippetPart;
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
    tie: Field,
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
    let kind = b.add_u64_field("kind", INDEXED | FAST | STORED);
    let id = b.add_text_field("id", STRING | STORED);
    let concepts = b.add_text_field("concepts", STRING | STORED);
    // Each point as one number (see `pack`), for ranking by distance.
    let geo = b.add_u64_field("geo", FAST | STORED);
    // Equal scores are ordered by this hash of the key, the same whatever
    // order documents were written in.
    let tie = b.add_u64_field("tie", FAST);
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
            tie,
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

/// Memory of the index writer, in bytes.
const WRITER_MEMORY: usize = 50_000_000;

/// Length of a snippet, in characters.
const SNIPPET_CHARS: usize = 180;

/// At most this many of the best matches are ranked for a page (a page asks
/// for its hits plus ten, for the glossary entries `diversify` moves down).
const WINDOW: usize = 200;

/// A word found in more than this share of all documents is "common" (di,
/// the, في): it adds to the score of documents that match other words, but
/// makes no match on its own unless the query has nothing else.
const COMMON: u64 = 5;

/// A point as one fast-field value: latitude and longitude as `f32` bits
/// (about a metre of precision).
fn pack((lat, lon): (f64, f64)) -> u64 {
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a metre of precision is plenty for ranking by distance"
    )]
    let (lat, lon) = (lat as f32, lon as f32);
    (u64::from(lat.to_bits()) << 32) | u64::from(lon.to_bits())
}

fn unpack(v: u64) -> (f64, f64) {
    #[expect(clippy::cast_possible_truncation, reason = "two halves of the value")]
    let (lat, lon) = ((v >> 32) as u32, v as u32);
    (
        f64::from(f32::from_bits(lat)),
        f64::from(f32::from_bits(lon)),
    )
}

fn kind_of(value: u64) -> Option<PublicKind> {
    PublicKind::ALL.into_iter().find(|k| *k as u64 == value)
}

/// Counts matching documents per kind from the `kind` fast field.
struct KindCounts;

struct SegmentKindCounts {
    kinds: Option<tantivy::columnar::Column<u64>>,
    counts: [usize; 3],
}

impl Collector for KindCounts {
    type Fruit = [usize; 3];
    type Child = SegmentKindCounts;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentKindCounts> {
        Ok(SegmentKindCounts {
            kinds: reader.fast_fields().u64("kind").ok(),
            counts: [0; 3],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<[usize; 3]>) -> tantivy::Result<[usize; 3]> {
        Ok(fruits.into_iter().fold([0; 3], |mut all, c| {
            for (a, n) in all.iter_mut().zip(c) {
                *a += n;
            }
            all
        }))
    }
}

impl SegmentCollector for SegmentKindCounts {
    type Fruit = [usize; 3];

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(kind) = self.kinds.as_ref().and_then(|k| k.first(doc))
            && let Some(n) = usize::try_from(kind)
                .ok()
                .and_then(|k| self.counts.get_mut(k))
        {
            *n += 1;
        }
    }

    fn harvest(self) -> [usize; 3] {
        self.counts
    }
}

/// The search index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    /// The writer (`None` only while a compaction replaces it).
    writer: Mutex<Option<IndexWriter>>,
    f: Fields,
    glossary: RwLock<Arc<Glossary>>,
    /// Folded words per language and how often they were indexed ("did you
    /// mean").
    vocabulary: RwLock<HashMap<Lang, HashMap<String, u32>>>,
    /// Changes with every write and glossary change (see [`Self::version`]).
    version: AtomicU64,
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

    /// The index in `dir`, created empty when missing. An index written
    /// with another schema (an older version of Crocevia) is removed and
    /// created empty: the caller rebuilds an empty index.
    pub fn in_dir(dir: &Path) -> Result<SearchIndex, SearchError> {
        let (schema, f) = schema();
        std::fs::create_dir_all(dir)?;
        let open = || -> Result<Index, SearchError> {
            let directory = tantivy::directory::MmapDirectory::open(dir)?;
            Ok(Index::open_or_create(directory, schema.clone())?)
        };
        let index = match open() {
            Ok(index) => index,
            Err(SearchError::Index(tantivy::TantivyError::SchemaError(_))) => {
                // Not while another process writes to it: taking the writer
                // fails then ("lock busy").
                let old = Index::open(tantivy::directory::MmapDirectory::open(dir)?)?;
                drop(old.writer::<TantivyDocument>(15_000_000)?);
                drop(old);
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                open()?
            }
            Err(e) => return Err(e),
        };
        let index = Self::open(index, f)?;
        index.load_vocabulary()?;
        Ok(index)
    }

    /// Reads the "did you mean" vocabulary from the stored documents (an
    /// index opened from disk).
    fn load_vocabulary(&self) -> Result<(), SearchError> {
        let searcher = self.reader.searcher();
        let mut vocabulary = self.vocabulary.write().map_err(|_| SearchError::Poisoned)?;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let ord = SegmentOrdinal::try_from(ord).unwrap_or(SegmentOrdinal::MAX);
            for doc in segment.doc_ids_alive() {
                let d: TantivyDocument = searcher.doc(tantivy::DocAddress::new(ord, doc))?;
                for lang in Lang::ALL {
                    let i = lang_index(lang);
                    let text = |field| d.get_first(field).and_then(|v| v.as_str());
                    if let Some(title) = text(self.f.title[i]) {
                        let body = text(self.f.body[i]).unwrap_or_default();
                        count_words(vocabulary.entry(lang).or_default(), title, body);
                    }
                }
            }
        }
        Ok(())
    }

    fn open(index: Index, f: Fields) -> Result<SearchIndex, SearchError> {
        for lang in Lang::ALL {
            index
                .tokenizers()
                .register(&tokenizer_name(lang), analyzer(lang));
        }
        let writer = index.writer(WRITER_MEMORY)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(Some(writer)),
            f,
            glossary: RwLock::new(Arc::new(Glossary::default())),
            vocabulary: RwLock::new(HashMap::new()),
            version: AtomicU64::new(0),
        })
    }

    /// Replaces the glossary used to tag documents and read queries.
    pub fn set_glossary(&self, glossary: Glossary) {
        if let Ok(mut g) = self.glossary.write() {
            *g = Arc::new(glossary);
        }
        self.changed();
    }

    /// A number that changes whenever an answer may: after every write,
    /// clearing, compaction and glossary change (for caches of answers).
    #[must_use]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    fn changed(&self) {
        self.version.fetch_add(1, Ordering::AcqRel);
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
        let mut guard = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        let writer = guard.as_mut().ok_or(SearchError::Poisoned)?;
        for (kind, id) in gone {
            writer.delete_term(Term::from_field_text(self.f.key, &key(*kind, id)));
        }
        let mut vocabulary = self.vocabulary.write().map_err(|_| SearchError::Poisoned)?;
        for doc in docs {
            writer.delete_term(Term::from_field_text(self.f.key, &doc.key()));
            let mut d = TantivyDocument::default();
            d.add_text(self.f.key, doc.key());
            d.add_text(self.f.public, key(doc.kind, &doc.id));
            d.add_u64(self.f.kind, doc.kind as u64);
            d.add_u64(self.f.tie, fnv1a(&doc.key()));
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
                count_words(vocabulary.entry(*lang).or_default(), title, body);
            }
            for c in concepts {
                d.add_text(self.f.concepts, c);
            }
            for point in &doc.points {
                d.add_u64(self.f.geo, pack(*point));
            }
            if let Some(place) = &doc.place {
                d.add_text(self.f.place, place);
            }
            writer.add_document(d)?;
        }
        writer.commit()?;
        drop(guard);
        self.reader.reload()?;
        self.changed();
        Ok(())
    }

    /// Merges every segment into one (after a rebuild): a query then opens
    /// each field's terms once instead of once per segment.
    pub fn compact(&self) -> Result<(), SearchError> {
        let mut guard = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        // Merges the writer started in the background end first (a merge of
        // all segments would otherwise find some of them gone).
        let old = guard.take().ok_or(SearchError::Poisoned)?;
        old.wait_merging_threads()?;
        *guard = Some(self.index.writer(WRITER_MEMORY)?);
        let writer = guard.as_mut().ok_or(SearchError::Poisoned)?;
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.garbage_collect_files().wait()?;
        drop(guard);
        self.reader.reload()?;
        self.changed();
        Ok(())
    }

    /// Number of segments (for tests and the benchmark).
    #[must_use]
    pub fn segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    /// Removes every document (before a rebuild).
    pub fn clear(&self) -> Result<(), SearchError> {
        let mut guard = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        let writer = guard.as_mut().ok_or(SearchError::Poisoned)?;
        writer.delete_all_documents()?;
        writer.commit()?;
        drop(guard);
        if let Ok(mut v) = self.vocabulary.write() {
            v.clear();
        }
        self.reader.reload()?;
        self.changed();
        Ok(())
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

/// At most one glossary entry among the first three results: the glossary
/// explains words, guides and services are what people act on. Other entries
/// move down just after the third result, in their order.
fn diversify<T>(hits: &mut Vec<T>, is_concept: impl Fn(&T) -> bool) {
    let mut top = Vec::new();
    let mut later = Vec::new();
    let mut concepts = 0;
    for hit in hits.drain(..) {
        let concept = is_concept(&hit);
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

/// FNV-1a, 64 bits: a hash that is the same on every machine and version.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Adds the folded words of a title and body to a vocabulary.
fn count_words(counts: &mut HashMap<String, u32>, title: &str, body: &str) {
    for (_, _, w) in words(title).into_iter().chain(words(body)) {
        *counts.entry(w).or_default() += 1;
    }
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

mod search;

#[cfg(test)]
mod tests;
