//! Applying outbox events in any order, with duplicates, gives the same index.
//!
//! An event names a document that changed; applying it reads the current
//! content (here: `current`) and writes it, or removes the document when the
//! content is gone (an unpublished guide, a deleted service). Whatever the
//! order and however often each event arrives, once every event has been
//! applied the search answers the same as an index built from scratch.
#![expect(clippy::expect_used, reason = "test helpers fail loudly by design")]

use crocevia_domain::Lang;
use crocevia_search::{Doc, PublicKind, SearchIndex, SearchQuery};
use proptest::prelude::*;

fn doc(id: &str, it: &str, en: &str) -> Doc {
    Doc {
        kind: PublicKind::Guide,
        id: id.to_owned(),
        entity: id.to_owned(),
        texts: vec![
            (Lang::It, it.to_owned(), format!("{it}. Guida.")),
            (Lang::En, en.to_owned(), format!("{en}. Guide.")),
        ],
        points: Vec::new(),
        place: None,
    }
}

/// The content now: six documents, two of them gone.
fn current(id: usize) -> Option<Doc> {
    match id {
        0 => Some(doc(
            "rinnovo",
            "Rinnovo del permesso di soggiorno",
            "Permit renewal",
        )),
        1 => Some(doc("scuola", "Iscrizione a scuola", "School enrolment")),
        2 => None,
        3 => Some(doc(
            "salute",
            "Tessera sanitaria e medico",
            "Health card and doctor",
        )),
        4 => None,
        _ => Some(doc("casa", "Cercare casa in affitto", "Renting a home")),
    }
}

const QUERIES: [&str; 5] = [
    "permesso",
    "school",
    "tessera sanitaria",
    "affitto casa",
    "guida",
];

fn answers(index: &SearchIndex) -> Vec<Vec<String>> {
    QUERIES
        .iter()
        .map(|q| {
            index
                .search(&SearchQuery {
                    text: (*q).to_owned(),
                    lang: Lang::It,
                    kind: None,
                    near: None,
                    limit: 10,
                })
                .expect("search")
                .hits
                .into_iter()
                .map(|h| h.id)
                .collect()
        })
        .collect()
}

fn apply(index: &SearchIndex, id: usize) {
    let name = ["rinnovo", "scuola", "vecchia", "salute", "ritirata", "casa"][id];
    match current(id) {
        Some(d) => index.apply(&[d], &[]).expect("apply"),
        None => index
            .apply(&[], &[(PublicKind::Guide, name.to_owned())])
            .expect("apply"),
    }
}

/// Events: every document once (shuffled) plus random repeats.
fn events() -> impl Strategy<Value = Vec<usize>> {
    (
        Just((0..6).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(0..6usize, 0..12),
    )
        .prop_flat_map(|(all, extra)| {
            let mut events = all;
            events.extend(extra);
            Just(events).prop_shuffle()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_order_and_duplicates_give_the_same_results(events in events()) {
        // Stale versions of two documents and a document later removed were
        // indexed before: the events must override them.
        let index = SearchIndex::in_memory().expect("index");
        index.apply(&[
            doc("rinnovo", "Vecchio titolo", "Old title"),
            doc("vecchia", "Guida ritirata", "Withdrawn guide"),
        ], &[]).expect("seed");
        for e in &events {
            apply(&index, *e);
        }
        let reference = SearchIndex::in_memory().expect("index");
        reference
            .apply(&(0..6).filter_map(current).collect::<Vec<_>>(), &[])
            .expect("build");
        prop_assert_eq!(answers(&index), answers(&reference));
        prop_assert_eq!(index.keys().expect("keys"), reference.keys().expect("keys"));
    }
}
