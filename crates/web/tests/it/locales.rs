//! Every shipped language has every UI message, with the same placeables, and
//! every catalogue file parses cleanly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crocevia_domain::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn placeables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(id.name.to_owned()),
            PatternElement::Placeable { .. } => Some("<complex>".to_owned()),
            PatternElement::TextElement { .. } => None,
        })
        .collect()
}

/// Message id → placeables, for every `.ftl` file of a language.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let dir = locales_dir().join(lang.as_str());
    let mut messages = BTreeMap::new();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("no locale folder {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("read ftl");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let value = m.value.as_ref().map(placeables).unwrap_or_default();
                    let previous = messages.insert(m.id.name.to_owned(), value);
                    assert!(previous.is_none(), "{} defined twice in {lang}", m.id.name);
                }
                Entry::Junk { content } => panic!("junk in {}: {content}", path.display()),
                _ => {}
            }
        }
    }
    messages
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let source = catalogue(Lang::It);
    assert!(source.len() > 50, "Italian catalogue looks truncated");
    for lang in Lang::ALL {
        let target = catalogue(lang);
        let missing: Vec<_> = source.keys().filter(|k| !target.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = target.keys().filter(|k| !source.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{lang} has unknown messages {extra:?}");
        for (key, vars) in &source {
            assert_eq!(&target[key], vars, "placeables of {key} in {lang}");
        }
    }
}

#[test]
fn every_language_names_itself_differently() {
    let names: BTreeSet<String> = Lang::ALL
        .iter()
        .map(|&l| crocevia_web::i18n::Tr(l).t("language-name"))
        .collect();
    assert_eq!(names.len(), Lang::ALL.len());
}
