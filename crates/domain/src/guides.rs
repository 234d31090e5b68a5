//! Procedure guides and the glossary: the vocabulary of a guide (categories,
//! permit types, editorial status), the plain text markup of their fields
//! (paragraphs and bullets), and the linking of glossary terms inside a text.

use std::collections::HashSet;

/// Guide categories, in the order lists show them.
pub const CATEGORIES: [&str; 10] = [
    "permits",
    "residency",
    "health",
    "tax",
    "family",
    "education",
    "work",
    "citizenship",
    "protection",
    "mobility",
];

/// Permit situations a guide can be for.
pub const PERMIT_TYPES: [&str; 10] = [
    "any",
    "work",
    "family",
    "study",
    "long_term_eu",
    "asylum",
    "subsidiary_protection",
    "special_protection",
    "waiting_employment",
    "none",
];

/// The single-value text fields of a guide, in the order of the Designers
/// Italia "scheda servizio" (title and description first).
pub const GUIDE_FIELDS: [&str; 8] = [
    "title",
    "description",
    "audience",
    "outcome",
    "timing",
    "costs",
    "legal",
    "contacts",
];

/// The lines of a guide's "in brief" box, each a short translatable text:
/// who it is for, what to bring, what it costs, how long it takes, where to
/// go (shown first, before the guide itself).
pub const BRIEF_FIELDS: [&str; 5] = [
    "brief_who",
    "brief_bring",
    "brief_cost",
    "brief_time",
    "brief_where",
];

/// The text fields of a glossary concept.
pub const CONCEPT_FIELDS: [&str; 3] = ["term", "aliases", "definition"];

/// Whether `slug` can name a guide or concept page: lower-case ASCII letters,
/// digits and inner hyphens, at most 100 characters.
#[must_use]
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

/// Where a guide stands in the editorial workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideStatus {
    /// Being written; not public.
    Draft,
    /// Waiting for a second editor; not public.
    InReview,
    /// Public.
    Published,
}

impl GuideStatus {
    /// The stored name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            GuideStatus::Draft => "draft",
            GuideStatus::InReview => "in_review",
            GuideStatus::Published => "published",
        }
    }

    /// From the stored name.
    #[must_use]
    pub fn parse(s: &str) -> Option<GuideStatus> {
        match s {
            "draft" => Some(GuideStatus::Draft),
            "in_review" => Some(GuideStatus::InReview),
            "published" => Some(GuideStatus::Published),
            _ => None,
        }
    }
}

/// A block of a text field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
}

/// The blocks of a field: paragraphs are separated by blank lines; lines
/// starting with `- ` are bullets (consecutive ones make one list).
#[must_use]
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush_paragraph = |p: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !p.is_empty() {
            out.push(Block::Paragraph(p.join(" ")));
            p.clear();
        }
    };
    let flush_list = |l: &mut Vec<String>, out: &mut Vec<Block>| {
        if !l.is_empty() {
            out.push(Block::List(std::mem::take(l)));
        }
    };
    for line in text.lines().map(str::trim) {
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("• ")) {
            flush_paragraph(&mut paragraph, &mut out);
            list.push(item.trim().to_owned());
        } else if line.is_empty() {
            flush_paragraph(&mut paragraph, &mut out);
            flush_list(&mut list, &mut out);
        } else {
            flush_list(&mut list, &mut out);
            paragraph.push(line);
        }
    }
    flush_paragraph(&mut paragraph, &mut out);
    flush_list(&mut list, &mut out);
    out
}

/// A piece of a text with glossary terms found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Plain text.
    Text(String),
    /// A glossary term as written in the text, and its concept.
    Term {
        /// The words as they appear.
        text: String,
        /// The concept's slug.
        slug: String,
    },
}

/// The terms of one language to look for: each written form (lower case)
/// with its concept, longest first so that "permesso di soggiorno UE" wins
/// over "permesso di soggiorno", in one Aho-Corasick automaton: a text is
/// scanned once, however large the glossary (built once per glossary
/// version by the web layer, not per page).
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Forms in priority order (longest first), with their length in chars.
    forms: Vec<(usize, String)>,
    /// Every form, pattern `i` being `forms[i]`.
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Terms {
    /// Builds the list from (written form, slug) pairs; forms of fewer than
    /// three letters are ignored (too many false matches).
    #[must_use]
    pub fn new<'a>(forms: impl IntoIterator<Item = (&'a str, &'a str)>) -> Terms {
        let mut forms: Vec<(Vec<char>, String)> = forms
            .into_iter()
            .map(|(f, slug)| (lower_chars(f.trim()), slug.to_owned()))
            .filter(|(f, _)| f.len() >= 3)
            .collect();
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        forms.dedup_by(|a, b| a.0 == b.0);
        let patterns: Vec<String> = forms.iter().map(|(f, _)| f.iter().collect()).collect();
        // Building fails only past the automaton's size limits, far beyond a
        // glossary's; no terms are linked then.
        let matcher = aho_corasick::AhoCorasick::new(&patterns).ok();
        Terms {
            forms: forms.into_iter().map(|(f, slug)| (f.len(), slug)).collect(),
            matcher,
        }
    }

    /// Splits `text` into plain text and terms: the first occurrence of each
    /// concept not yet in `linked` (which then records it). At each position
    /// from the left, the longest form there that stands as whole words and
    /// whose concept is not linked yet.
    #[must_use]
    pub fn link(&self, text: &str, linked: &mut HashSet<String>) -> Vec<Segment> {
        let chars: Vec<char> = text.chars().collect();
        let lower: String = chars.iter().map(|c| lower_char(*c)).collect();
        // The char index of each byte offset of `lower` (lowering keeps one
        // char per char, not one byte per byte).
        let mut char_at = vec![0usize; lower.len() + 1];
        for (i, (offset, _)) in lower.char_indices().enumerate() {
            char_at[offset] = i;
        }
        char_at[lower.len()] = chars.len();
        // Every occurrence of every form: (start char, priority).
        let mut found: Vec<(usize, usize)> = self
            .matcher
            .iter()
            .flat_map(|m| m.find_overlapping_iter(&lower))
            .map(|m| (char_at[m.start()], m.pattern().as_usize()))
            .collect();
        found.sort_unstable();
        let mut out = Vec::new();
        let mut done = 0;
        for (start, form) in found {
            let (len, slug) = &self.forms[form];
            if start < done || linked.contains(slug) || !boundary(&chars, start, *len) {
                continue;
            }
            if start > done {
                out.push(Segment::Text(chars[done..start].iter().collect()));
            }
            out.push(Segment::Term {
                text: chars[start..start + len].iter().collect(),
                slug: slug.clone(),
            });
            linked.insert(slug.clone());
            done = start + len;
        }
        if done < chars.len() {
            out.push(Segment::Text(chars[done..].iter().collect()));
        }
        out
    }
}

fn lower_char(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn lower_chars(s: &str) -> Vec<char> {
    s.chars().map(lower_char).collect()
}

/// Scripts written without spaces between words (a term may start or end
/// anywhere in them).
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0EFF)
}

/// Whether the `len` characters at `start` stand as whole words.
fn boundary(chars: &[char], start: usize, len: usize) -> bool {
    let word = |c: &char| c.is_alphanumeric() && !unspaced(*c);
    let before = start.checked_sub(1).and_then(|i| chars.get(i));
    let after = chars.get(start + len);
    before.is_none_or(|c| !word(c)) && after.is_none_or(|c| !word(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_bullets() {
        let text = "Prima riga\nstesso paragrafo.\n\n- uno\n- due\nDopo.";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Prima riga stesso paragrafo.".to_owned()),
                Block::List(vec!["uno".to_owned(), "due".to_owned()]),
                Block::Paragraph("Dopo.".to_owned()),
            ]
        );
        assert!(blocks("  \n\n").is_empty());
    }

    #[test]
    fn first_occurrence_longest_form_whole_words() {
        let terms = Terms::new([
            ("permesso di soggiorno", "pds"),
            ("permesso di soggiorno UE", "ue"),
            ("Questura", "questura"),
            ("ASL", "asl"),
        ]);
        let mut linked = HashSet::new();
        let segments = terms.link(
            "Il Permesso di soggiorno UE si chiede in questura; la questurina no; la questura ancora.",
            &mut linked,
        );
        let found: Vec<(&str, &str)> = segments
            .iter()
            .filter_map(|s| match s {
                Segment::Term { text, slug } => Some((text.as_str(), slug.as_str())),
                Segment::Text(_) => None,
            })
            .collect();
        assert_eq!(
            found,
            vec![("Permesso di soggiorno UE", "ue"), ("questura", "questura")]
        );
        let joined: String = segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Term { text: t, .. } => t.as_str(),
            })
            .collect();
        assert!(joined.starts_with("Il Permesso") && joined.ends_with("ancora."));
        // Already linked concepts stay plain in the next field.
        assert!(
            terms
                .link("la questura", &mut linked)
                .iter()
                .all(|s| matches!(s, Segment::Text(_)))
        );
    }

    /// The linking rule written plainly (each position, each form in
    /// priority order): what the automaton must agree with.
    fn link_plainly(
        forms: &[(&str, &str)],
        text: &str,
        linked: &mut HashSet<String>,
    ) -> Vec<Segment> {
        let mut forms: Vec<(Vec<char>, String)> = forms
            .iter()
            .map(|(f, slug)| (lower_chars(f.trim()), (*slug).to_owned()))
            .filter(|(f, _)| f.len() >= 3)
            .collect();
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        forms.dedup_by(|a, b| a.0 == b.0);
        let chars: Vec<char> = text.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| lower_char(*c)).collect();
        let (mut out, mut plain, mut i) = (Vec::new(), String::new(), 0);
        while i < chars.len() {
            let found = forms.iter().find(|(form, slug)| {
                !linked.contains(slug)
                    && lower[i..].starts_with(form)
                    && boundary(&chars, i, form.len())
            });
            if let Some((form, slug)) = found {
                if !plain.is_empty() {
                    out.push(Segment::Text(std::mem::take(&mut plain)));
                }
                out.push(Segment::Term {
                    text: chars[i..i + form.len()].iter().collect(),
                    slug: slug.clone(),
                });
                linked.insert(slug.clone());
                i += form.len();
            } else {
                plain.push(chars[i]);
                i += 1;
            }
        }
        if !plain.is_empty() {
            out.push(Segment::Text(plain));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_automaton_links_as_the_plain_rule(
            forms in proptest::collection::vec(("[aAbé İ]{1,6}", "[xyz]"), 0..12),
            texts in proptest::collection::vec("[aAbé İ.,居]{0,40}", 1..4),
        ) {
            let pairs: Vec<(&str, &str)> =
                forms.iter().map(|(f, s)| (f.as_str(), s.as_str())).collect();
            let terms = Terms::new(pairs.iter().copied());
            let (mut fast, mut plain) = (HashSet::new(), HashSet::new());
            for text in &texts {
                proptest::prop_assert_eq!(
                    terms.link(text, &mut fast),
                    link_plainly(&pairs, text, &mut plain)
                );
            }
        }
    }

    #[test]
    fn scripts_without_spaces_and_arabic() {
        let terms = Terms::new([("居留证", "pds"), ("تصريح الإقامة", "pds-ar")]);
        let mut linked = HashSet::new();
        let zh = terms.link("请带上你的居留证和护照。", &mut linked);
        assert!(zh.contains(&Segment::Term {
            text: "居留证".to_owned(),
            slug: "pds".to_owned()
        }));
        let ar = terms.link("جدد تصريح الإقامة قبل انتهائه", &mut linked);
        assert!(ar.contains(&Segment::Term {
            text: "تصريح الإقامة".to_owned(),
            slug: "pds-ar".to_owned()
        }));
    }

    #[test]
    fn slugs() {
        assert!(valid_slug("rinnovo-permesso-2"));
        for bad in ["", "-a", "a-", "Maiuscole", "con spazi", "città"] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn statuses_round_trip() {
        for s in [
            GuideStatus::Draft,
            GuideStatus::InReview,
            GuideStatus::Published,
        ] {
            assert_eq!(GuideStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(GuideStatus::parse("gone"), None);
    }
}
