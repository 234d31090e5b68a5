//! Public-content search for Crocevia (guides, services, glossary).
//!
//! The index arrives with the search capability; this crate already fixes its
//! rule: personal data is never indexed. Only public, published content types can
//! be named as documents.

use crocevia_domain::Lang;

/// The kinds of public content that may ever enter the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublicKind {
    /// A procedure guide.
    Guide,
    /// A directory service.
    Service,
    /// A glossary concept.
    Concept,
}

/// Identifies one indexable document: public content in one language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocKey {
    /// Content kind.
    pub kind: PublicKind,
    /// Public slug or id.
    pub id: String,
    /// Language of this version.
    pub lang: Lang,
}
