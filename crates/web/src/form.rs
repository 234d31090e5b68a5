//! Posted forms: the one place a urlencoded body is parsed ([`Posted`]),
//! what the person typed kept with the errors by field so that a refused
//! form comes back filled in, and the view of one field ([`Field`],
//! rendered by `_fields.html`). The CSRF token of a form is written by the
//! macros of `_forms.html`.

use std::collections::BTreeMap;

/// A posted form as typed: every (name, value) pair in the order sent, and
/// the errors found so far by field name.
#[derive(Debug, Default, Clone)]
pub struct Posted {
    pairs: Vec<(String, String)>,
    /// Errors by field name, in the person's language.
    pub errors: BTreeMap<String, String>,
}

impl Posted {
    /// Reads an `application/x-www-form-urlencoded` body (bad
    /// percent-encoding is read as the bytes it stands for, never refused).
    #[must_use]
    pub fn parse(body: &[u8]) -> Posted {
        Posted {
            pairs: form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
            errors: BTreeMap::new(),
        }
    }

    /// The last value given for `name`, trimmed; empty when there is none.
    #[must_use]
    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    /// Every value given for `name` (checkboxes, repeated fields), as sent.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether `value` was among the values sent for `name` (a ticked
    /// checkbox of a group, an option of a multiple select).
    #[must_use]
    pub fn has_value(&self, name: &str, value: &str) -> bool {
        self.all(name).any(|v| v.trim() == value)
    }

    /// Whether `name` was sent at all (a ticked checkbox).
    #[must_use]
    pub fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == name)
    }

    /// Every pair, in the order sent, untrimmed.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The last value of each name, trimmed.
    #[must_use]
    pub fn values(&self) -> BTreeMap<String, String> {
        self.pairs
            .iter()
            .map(|(k, v)| (k.clone(), v.trim().to_owned()))
            .collect()
    }

    /// Records that `field` is refused, with why.
    pub fn refuse(&mut self, field: &str, message: String) {
        self.errors.insert(field.to_owned(), message);
    }

    /// Whether no field was refused.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// One option of a select or of a group of checkboxes: the value posted and
/// the label shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What the form posts.
    pub value: String,
    /// What the person reads.
    pub label: String,
}

impl Choice {
    /// An option posting `value`, reading `label`.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
        }
    }
}

impl<V: Into<String>, L: Into<String>> From<(V, L)> for Choice {
    fn from((value, label): (V, L)) -> Choice {
        Choice::new(value, label)
    }
}

/// One checkbox of a group (or one option of a multiple choice): the value
/// posted, the label shown, and whether it is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What the form posts when ticked.
    pub value: String,
    /// What the person reads.
    pub label: String,
    /// Ticked.
    pub checked: bool,
}

impl Check {
    /// A checkbox posting `value`, reading `label`, ticked when `checked`.
    pub fn new(value: impl Into<String>, label: impl Into<String>, checked: bool) -> Check {
        Check {
            value: value.into(),
            label: label.into(),
            checked,
        }
    }
}

/// One field of an administration form (rendered by `_fields.html`).
pub(crate) struct Field {
    pub(crate) name: &'static str,
    pub(crate) label: String,
    pub(crate) value: String,
    /// Choices of a select; empty for a text input.
    pub(crate) options: Vec<Choice>,
    pub(crate) error: Option<String>,
    /// A text area rather than a one-line input.
    pub(crate) multiline: bool,
    /// A line under the field saying how to fill it in.
    pub(crate) hint: Option<String>,
    /// The input's type (`text`, `email`, `date`).
    pub(crate) input_type: &'static str,
}

impl Field {
    /// A field showing `value` as typed and the error recorded for `name`, if any.
    pub(crate) fn new<K: std::borrow::Borrow<str> + Ord>(
        name: &'static str,
        label: String,
        value: &str,
        options: Vec<Choice>,
        errors: &BTreeMap<K, String>,
    ) -> Field {
        Field {
            name,
            label,
            value: value.to_owned(),
            options,
            error: errors.get(name).cloned(),
            multiline: false,
            hint: None,
            input_type: if name == "email" { "email" } else { "text" },
        }
    }

    /// The same field with a line saying how to fill it in.
    pub(crate) fn hint(mut self, hint: String) -> Field {
        self.hint = Some(hint);
        self
    }

    /// The ids of the hint and the error under the field, for
    /// `aria-describedby` (empty when neither is shown).
    pub(crate) fn described_by(&self) -> String {
        [
            self.hint.as_ref().map(|_| format!("{}-hint", self.name)),
            self.error.as_ref().map(|_| format!("{}-error", self.name)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// The same field as a date picker (`YYYY-MM-DD`).
    pub(crate) fn date(mut self) -> Field {
        self.input_type = "date";
        self
    }

    /// The same field as an input of this type (`number`, `time`, `url`).
    pub(crate) fn kind(mut self, input_type: &'static str) -> Field {
        self.input_type = input_type;
        self
    }

    /// The same field as a text area.
    pub(crate) fn multiline(mut self) -> Field {
        self.multiline = true;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posted_form_keeps_every_value_as_typed() {
        let mut f =
            Posted::parse(b"name=+Amina+&part=identity&part=languages&empty=&x=%E2%82%AC&bad=%ZZ");
        assert_eq!(f.get("name"), "Amina", "trimmed");
        assert_eq!(f.all("part").collect::<Vec<_>>(), ["identity", "languages"]);
        assert!(f.has("empty") && !f.has("missing"));
        assert_eq!(f.get("missing"), "");
        assert_eq!(f.get("x"), "€");
        assert_eq!(f.get("bad"), "%ZZ", "bad escapes are read as written");
        assert_eq!(f.pairs().count(), 6);
        assert!(f.is_valid());
        f.refuse("name", "too short".to_owned());
        assert!(!f.is_valid());
        assert_eq!(f.values()["name"], "Amina");
    }

    #[test]
    fn the_last_of_repeated_values_wins() {
        assert_eq!(Posted::parse(b"a=1&a=2").get("a"), "2");
    }
}
