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

/// Catalogue files every shipped language must have completely.
const PUBLIC_FILES: &[&str] = &["main.ftl"];
/// The operator workspace: required in these languages, optional elsewhere
/// (falling back to Italian), but complete wherever present.
const APP_FILE: &str = "app.ftl";
const APP_LANGS: &[Lang] = &[Lang::It, Lang::En];

/// Message id → placeables of one `.ftl` file of a language (empty when absent).
fn catalogue(lang: Lang, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = locales_dir().join(lang.as_str());
    assert!(dir.is_dir(), "no locale folder {}", dir.display());
    let mut messages = BTreeMap::new();
    let path = dir.join(file);
    if !path.exists() {
        return messages;
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
    messages
}

fn assert_same(
    source: &BTreeMap<String, BTreeSet<String>>,
    target: &BTreeMap<String, BTreeSet<String>>,
    lang: Lang,
) {
    let missing: Vec<_> = source.keys().filter(|k| !target.contains_key(*k)).collect();
    assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    let extra: Vec<_> = target.keys().filter(|k| !source.contains_key(*k)).collect();
    assert!(extra.is_empty(), "{lang} has unknown messages {extra:?}");
    for (key, vars) in source {
        assert_eq!(&target[key], vars, "placeables of {key} in {lang}");
    }
}

#[test]
fn operator_workspace_strings_are_complete_where_shipped() {
    let source = catalogue(Lang::It, APP_FILE);
    assert!(source.len() > 20, "Italian app catalogue looks truncated");
    for lang in Lang::ALL {
        let target = catalogue(lang, APP_FILE);
        if target.is_empty() {
            assert!(!APP_LANGS.contains(&lang), "{lang} must ship {APP_FILE}");
            continue;
        }
        assert_same(&source, &target, lang);
    }
    let public = catalogue(Lang::It, "main.ftl");
    let clash: Vec<_> = source.keys().filter(|k| public.contains_key(*k)).collect();
    assert!(clash.is_empty(), "ids defined in both files: {clash:?}");
    // Every permission of the catalogue and every built-in role has a label.
    for d in crocevia_domain::identity::catalogue() {
        let id = format!("perm-{}", d.permission.as_str().replace(['.', '_'], "-"));
        assert!(source.contains_key(&id), "missing {id}");
    }
    for (role, _) in crocevia_domain::identity::builtin_roles() {
        assert!(
            source.contains_key(&format!("role-{role}")),
            "missing role-{role}"
        );
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    for file in PUBLIC_FILES {
        let source = catalogue(Lang::It, file);
        assert!(source.len() > 50, "Italian catalogue looks truncated");
        for lang in Lang::ALL {
            assert_same(&source, &catalogue(lang, file), lang);
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

/// Counts choose their plural form by the language's CLDR rules: the count
/// is passed as a number (given as text it matched no variant, so Ukrainian
/// said "Знайдено 6 послуги" for every count).
#[test]
fn counts_take_the_plural_form_of_their_language() {
    use crocevia_web::i18n::Tr;
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let uk = Tr(Lang::Uk);
    for (n, form) in [
        (1, "1 послугу."),
        (2, "2 послуги."),
        (6, "6 послуг."),
        (11, "11 послуг."),
        (21, "21 послугу."),
        (24, "24 послуги."),
    ] {
        assert_eq!(
            plain(uk.t_count("dir-results", "count", n)),
            format!("Знайдено {form}"),
            "{n}"
        );
    }
    assert_eq!(
        plain(uk.t_count_args("search-results", ("count", 5), &[("query", "дозвіл")])),
        "5 результатів за запитом «дозвіл»"
    );
    let it = Tr(Lang::It);
    assert_eq!(
        plain(it.t_count("dir-results", "count", 1)),
        "Un servizio trovato."
    );
    assert_eq!(
        plain(it.t_count("dir-results", "count", 6)),
        "6 servizi trovati."
    );
}
