//! User-interface strings: Fluent catalogues under `locales/<lang>/`, compiled into
//! the binary, looked up per request language.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use crocevia_domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "it",
    };
}

/// Parsed identifiers of the catalogue languages, in [`Lang::ALL`] order.
static LANG_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            l.as_str()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default())
        })
        .collect()
});

fn lang_id(lang: Lang) -> &'static LanguageIdentifier {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &LANG_IDS[index]
}

/// A translator bound to one language, handed to templates.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    /// The message `key`; falls back to Italian, then to the key itself, so a
    /// missing string is visible but never an error (the locale test forbids it).
    #[must_use]
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(lang_id(self.0), key)
    }

    /// The message `key` with one named argument.
    #[must_use]
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.t_args(key, &[(name, value)])
    }

    /// The message `key` with the number `n` as argument `name`, so that its
    /// plural variants follow the language's CLDR rules (a number given as
    /// text selects no variant but the default).
    #[must_use]
    pub fn t_count(&self, key: &str, name: &'static str, n: u64) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            HashMap::from([(Cow::Borrowed(name), FluentValue::from(n))]);
        LOCALES.lookup_with_args(lang_id(self.0), key, &args)
    }

    /// [`Tr::t_count`] with named text arguments besides the number.
    #[must_use]
    pub fn t_count_args(
        &self,
        key: &str,
        (name, n): (&'static str, u64),
        args: &[(&'static str, &str)],
    ) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from((*value).to_owned())))
            .collect();
        args.insert(Cow::Borrowed(name), FluentValue::from(n));
        LOCALES.lookup_with_args(lang_id(self.0), key, &args)
    }

    /// The message `key` with named arguments.
    #[must_use]
    pub fn t_args(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from((*value).to_owned())))
            .collect();
        LOCALES.lookup_with_args(lang_id(self.0), key, &args)
    }
}
