//! Countries and languages as the desk shows and offers them: named in the
//! operator's language (from `domain::desk::labels`), never as codes.

use crocevia_domain::Lang;
use crocevia_domain::desk::labels::{country, find_country, language, languages};

use crate::form::Choice;

/// Languages offered for "speaks": code, and the name in the operator's
/// language with the language's own name ("Arabo — العربية"), by name.
pub(crate) fn language_choices(lang: Lang) -> Vec<Choice> {
    let mut out: Vec<Choice> = languages()
        .iter()
        .map(|l| {
            let name = l.name(lang);
            let label = if name == l.own {
                name.to_owned()
            } else {
                format!("{name} — {}", l.own)
            };
            Choice::new(l.code, label)
        })
        .collect();
    out.sort_by_key(|c| c.label.to_lowercase());
    out
}

/// Countries by code, named in `lang` and joined ("Marocco, Ucraina"); an
/// unknown code as it is.
pub(crate) fn country_names(codes: &[String], lang: Lang) -> String {
    codes
        .iter()
        .map(|c| country(c).map_or_else(|| c.clone(), |c| c.name(lang).to_owned()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A spoken language by code, named in `lang` ("Arabo"); an unknown code
/// as it is.
pub(crate) fn language_name(code: &str, lang: Lang) -> String {
    language(code).map_or_else(|| code.to_owned(), |l| l.name(lang).to_owned())
}

/// Countries as an operator types them, separated by commas: each a name
/// (Italian or English) or a code, or codes separated by spaces (MA TN).
/// Returns the codes found, in order and once each, and what was not
/// recognised (cut to 60 characters).
pub(super) fn parse_countries(typed: &str) -> (Vec<String>, Vec<String>) {
    let mut codes: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for item in typed
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let found: Option<Vec<&str>> = find_country(item).map(|c| vec![c.code]).or_else(|| {
            item.split_whitespace()
                .map(|t| (t.len() == 2).then(|| country(t).map(|c| c.code)).flatten())
                .collect()
        });
        match found {
            Some(found) => {
                for code in found {
                    if !codes.iter().any(|x| x == code) {
                        codes.push(code.to_owned());
                    }
                }
            }
            None => unknown.push(item.chars().take(60).collect()),
        }
    }
    (codes, unknown)
}

/// Names of visit channels and outcomes for the page.
pub(crate) fn channel_label(tr: crate::i18n::Tr, c: crocevia_domain::desk::Channel) -> String {
    tr.t(&format!("desk-channel-{}", c.as_str()))
}

/// The translated name of an outcome.
pub(crate) fn outcome_label(tr: crate::i18n::Tr, o: crocevia_domain::desk::Outcome) -> String {
    tr.t(&format!("desk-outcome-{}", o.as_str()))
}

/// Which note classes this profession may read (pages, API, exports).
pub(crate) fn readable_classes(
    profession: crocevia_domain::identity::Profession,
) -> impl Fn(crocevia_domain::desk::NoteClass) -> bool {
    move |c| c.readable_by(profession)
}
