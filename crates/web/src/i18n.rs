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

/// A message without Fluent's isolation marks around its placeables: for
/// plain text that is not shown by a browser (mail, calendars).
#[must_use]
pub fn bare(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether text in the language of this tag is written in Latin letters
/// (the languages of the portal and of what it shows: Italian, English,
/// French, Spanish, Albanian…); Arabic, Urdu, Persian, Pashto, Ukrainian,
/// Russian, Chinese and Bengali are not.
#[must_use]
pub fn latin_script(lang: &str) -> bool {
    let base = lang.split('-').next().unwrap_or(lang);
    !matches!(
        base,
        "ar" | "ur" | "fa" | "ps" | "uk" | "ru" | "zh" | "bn" | "ti" | "am"
    )
}

/// Words in Latin letters that a non-Latin text borrows from English, not
/// from Italian (a run made of them is marked `en`).
const ENGLISH_WORDS: [&str; 13] = [
    "cookie",
    "cookies",
    "gdpr",
    "whatsapp",
    "sms",
    "qr",
    "pdf",
    "json",
    "javascript",
    "email",
    "online",
    "english",
    "wcag",
];

/// `text` in `lang`, escaped for HTML, with each run in Latin letters inside
/// a text in another script marked with its language: `<span lang="it">`
/// for the Italian terms a translation keeps (Questura, anagrafe), `en` for
/// English borrowings, a language's own name (Français) with that
/// language. Text in a Latin-script language is only escaped.
#[must_use]
pub fn mark_latin_runs(text: &str, lang: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    if latin_script(lang) {
        escape_into(text, &mut out);
        return out;
    }
    let is_latin = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut plain_from = 0;
    while i < chars.len() {
        if !is_latin(chars[i].1) {
            i += 1;
            continue;
        }
        // A run: Latin letters, and between them digits, spaces and the
        // punctuation inside names (Sportello Amico, nulla-osta, d'Italia,
        // Rete Crocevia (demo)), with the brackets that open and close it.
        let mut start = i;
        if start > 0 && chars[start - 1].1 == '(' && chars[start - 1].0 >= plain_from {
            start -= 1;
        }
        let mut end = i;
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            if is_latin(c) {
                end = j;
            } else if !(c.is_ascii_digit()
                || matches!(
                    c,
                    ' ' | '-' | '\'' | '’' | '.' | '/' | '(' | ')' | ',' | '&' | '+'
                ))
            {
                break;
            }
            j += 1;
        }
        let open = |to: usize| {
            let run = &chars[start..=to];
            run.iter().filter(|c| c.1 == '(').count() > run.iter().filter(|c| c.1 == ')').count()
        };
        while end + 1 < chars.len() && chars[end + 1].1 == ')' && open(end) {
            end += 1;
        }
        let from = chars[start].0;
        let to = chars[end].0 + chars[end].1.len_utf8();
        let run = &text[from..to];
        escape_into(&text[plain_from..from], &mut out);
        let lower = run.to_lowercase();
        let tag = if lower
            .split([' ', '-', '/', '.'])
            .all(|w| w.is_empty() || ENGLISH_WORDS.contains(&w))
        {
            "en"
        } else {
            autonym_lang(run).unwrap_or("it")
        };
        // Isolated left to right: in an Arabic sentence the brackets and
        // punctuation around the term stay where the sentence puts them.
        out.push_str("<span lang=\"");
        out.push_str(tag);
        out.push_str("\" dir=\"ltr\">");
        escape_into(run, &mut out);
        out.push_str("</span>");
        plain_from = to;
        i = end + 1;
    }
    escape_into(&text[plain_from..], &mut out);
    out
}

/// The language whose own name is `name` (Français → `fr`), among the
/// portal's languages written in Latin letters.
fn autonym_lang(name: &str) -> Option<&'static str> {
    Lang::ALL
        .iter()
        .find(|l| latin_script(l.as_str()) && Tr(**l).t("language-name") == name)
        .map(|l| l.as_str())
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Cookie remembering the language a person last chose.
pub const LANG_COOKIE: &str = "crocevia_lang";

/// The language for a request without one in its path: the cookie, then
/// `Accept-Language`, then Italian; only enabled languages count.
#[must_use]
pub fn negotiate(state: &crate::AppState, headers: &axum::http::HeaderMap) -> Lang {
    let languages = &state.settings().languages;
    let from_cookie = axum_extra::extract::cookie::CookieJar::from_headers(headers)
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_url_segment(c.value()))
        .filter(|l| languages.contains(*l));
    from_cookie
        .or_else(|| {
            headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| languages.negotiate(v))
        })
        .unwrap_or(Lang::DEFAULT)
}

/// Languages the operator workspace is translated into.
pub(crate) const APP_LANGS: [Lang; 2] = [Lang::It, Lang::En];

#[cfg(test)]
mod marking {
    use super::mark_latin_runs;

    #[test]
    fn latin_runs_in_another_script_are_marked_with_their_language() {
        assert_eq!(
            mark_latin_runs("اذهب إلى Questura مع kit postale.", "ar"),
            "اذهب إلى <span lang=\"it\" dir=\"ltr\">Questura</span> مع <span lang=\"it\" dir=\"ltr\">kit postale</span>."
        );
        assert_eq!(
            mark_latin_runs("Мова сторінки: \u{2068}English\u{2069}.", "uk"),
            "Мова сторінки: \u{2068}<span lang=\"en\" dir=\"ltr\">English</span>\u{2069}."
        );
        assert_eq!(
            mark_latin_runs("файли cookie", "uk"),
            "файли <span lang=\"en\" dir=\"ltr\">cookie</span>"
        );
        assert_eq!(
            mark_latin_runs("<b> & Questura", "it"),
            "&lt;b&gt; &amp; Questura"
        );
        assert_eq!(
            mark_latin_runs("يلتزم Rete Crocevia Piemonte (demo) بجعل", "ar"),
            "يلتزم <span lang=\"it\" dir=\"ltr\">Rete Crocevia Piemonte (demo)</span> بجعل"
        );
        assert_eq!(
            mark_latin_runs("الأوروبي (EU) 2016/2102.", "ar"),
            "الأوروبي <span lang=\"it\" dir=\"ltr\">(EU)</span> 2016/2102."
        );
        assert_eq!(
            mark_latin_runs("居留许可 (permesso di soggiorno) 2026", "zh-Hans"),
            "居留许可 <span lang=\"it\" dir=\"ltr\">(permesso di soggiorno)</span> 2026"
        );
    }
}
