//! Tests of the parent module.

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
fn an_index_of_another_schema_is_replaced_and_a_reopened_one_keeps_its_words() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("index");
    {
        // An index as an older version wrote it: another schema.
        std::fs::create_dir_all(&path).expect("mkdir");
        let mut b = Schema::builder();
        b.add_text_field("kind", STRING | STORED);
        let old = Index::create_in_dir(&path, b.build()).expect("old index");
        let mut w = old.writer::<TantivyDocument>(15_000_000).expect("writer");
        w.commit().expect("commit");
    }
    {
        let index = SearchIndex::in_dir(&path).expect("replaced");
        assert!(index.is_empty());
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
    }
    let index = SearchIndex::in_dir(&path).expect("reopened");
    assert_eq!(index.len(), 1);
    assert_eq!(
        index.suggestion("cittadinansa", Lang::It).as_deref(),
        Some("cittadinanza")
    );
}

#[test]
fn compacting_leaves_one_segment_and_the_same_answers() {
    let index = SearchIndex::in_memory().expect("index");
    for (id, title) in [
        ("a", "Cittadinanza italiana"),
        ("b", "Permesso di soggiorno"),
    ] {
        index
            .apply(
                &[doc(PublicKind::Guide, id, &[(Lang::It, title, "Testo.")])],
                &[],
            )
            .expect("apply");
    }
    assert!(index.segments() > 1);
    let before = index.version();
    index.compact().expect("compact");
    assert_eq!(index.segments(), 1);
    assert_ne!(index.version(), before);
    let r = index.search(&query("permesso", Lang::It)).expect("search");
    assert_eq!(r.hits.first().map(|h| h.id.as_str()), Some("b"));
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
