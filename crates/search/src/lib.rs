//! Public-content search for Crocevia (guides, services, glossary), in every
//! language and script, across languages through the glossary.
//!
//! Personal data is never indexed: only public, published content types can be
//! named as documents ([`PublicKind`]), and documents are built from the
//! published guides, the glossary and the public directory only.

pub mod analyzer;
pub mod glossary;
pub mod index;
pub mod snippet;

pub use glossary::{ConceptWords, Glossary};
pub use index::{Doc, SearchHit, SearchIndex, SearchQuery, SearchResults};
pub use snippet::SnippetPart;

/// A search failure (index I/O, a poisoned lock).
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index directory could not be opened.
    #[error("search index directory: {0}")]
    Directory(#[from] tantivy::directory::error::OpenDirectoryError),
    /// Files.
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
    /// A thread panicked while holding the index.
    #[error("search index lock poisoned")]
    Poisoned,
}

/// The kinds of public content that may ever enter the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PublicKind {
    /// A procedure guide.
    Guide = 0,
    /// A directory service.
    Service = 1,
    /// A glossary concept.
    Concept = 2,
}

impl PublicKind {
    /// Every kind, in the order results are grouped.
    pub const ALL: [PublicKind; 3] = [PublicKind::Guide, PublicKind::Service, PublicKind::Concept];

    /// `guide`, `service`, `concept`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PublicKind::Guide => "guide",
            PublicKind::Service => "service",
            PublicKind::Concept => "concept",
        }
    }

    /// The kind named `s`.
    #[must_use]
    pub fn parse(s: &str) -> Option<PublicKind> {
        PublicKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}
