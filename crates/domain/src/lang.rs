//! Languages Crocevia speaks: the catalogue of shipped UI languages, parsing of
//! language tags (URLs, cookies, `Accept-Language`) and writing direction.
//!
//! A deployment chooses a subset of the catalogue ([`LangSet`]); Italian is always
//! part of it because it is the source language of every text.

use std::fmt;
use std::str::FromStr;

/// A language with a complete set of shipped UI strings.
///
/// The canonical tag (`as_str`) is what appears in public URLs: `/it/`, `/zh-Hans/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Lang {
    /// Italian, the default and source language.
    It,
    /// English, the first fallback for content.
    En,
    /// French.
    Fr,
    /// Arabic (right to left).
    Ar,
    /// Spanish.
    Es,
    /// Ukrainian.
    Uk,
    /// Albanian.
    Sq,
    /// Chinese, simplified script.
    ZhHans,
    /// Bengali.
    Bn,
    /// Urdu (right to left, Nastaliq).
    Ur,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// A string that is not a language of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown or unsupported language tag {0:?}")]
pub struct UnknownLang(pub String);

impl Lang {
    /// Every language of the catalogue, in the order the language switcher shows them.
    pub const ALL: [Lang; 10] = [
        Lang::It,
        Lang::En,
        Lang::Fr,
        Lang::Ar,
        Lang::Es,
        Lang::Uk,
        Lang::Sq,
        Lang::ZhHans,
        Lang::Bn,
        Lang::Ur,
    ];

    /// The default language of every deployment.
    pub const DEFAULT: Lang = Lang::It;

    /// Canonical BCP 47 tag, as used in URLs, `lang` attributes and locale folders.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::It => "it",
            Self::En => "en",
            Self::Fr => "fr",
            Self::Ar => "ar",
            Self::Es => "es",
            Self::Uk => "uk",
            Self::Sq => "sq",
            Self::ZhHans => "zh-Hans",
            Self::Bn => "bn",
            Self::Ur => "ur",
        }
    }

    /// Writing direction.
    #[must_use]
    pub fn direction(self) -> Direction {
        match self {
            Self::Ar | Self::Ur => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses a language tag leniently, as it arrives from a browser or a person:
    /// case-insensitive, `_` or `-` separators, and regional or script variants mapped
    /// to the catalogue language (`en-GB` → `en`, `zh-CN` → `zh-Hans`, `ar-EG` → `ar`).
    /// Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`) is *not* mapped to simplified.
    pub fn from_tag(tag: &str) -> Result<Lang, UnknownLang> {
        let normalized = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = normalized.split('-').filter(|p| !p.is_empty());
        let primary = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let lang = match primary {
            "it" => Lang::It,
            "en" => Lang::En,
            "fr" => Lang::Fr,
            "ar" => Lang::Ar,
            "es" => Lang::Es,
            "uk" => Lang::Uk,
            "sq" => Lang::Sq,
            "bn" => Lang::Bn,
            "ur" => Lang::Ur,
            "zh" if !rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) =>
            {
                Lang::ZhHans
            }
            _ => return Err(UnknownLang(tag.to_owned())),
        };
        Ok(lang)
    }

    /// Parses the exact canonical tag of a URL segment (`zh-Hans`, not `zh-hans`),
    /// so each page has exactly one address.
    #[must_use]
    pub fn from_url_segment(segment: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == segment)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s)
    }
}

/// The languages enabled in one deployment: never empty, always containing Italian,
/// in catalogue order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangSet(Vec<Lang>);

/// Why a configured language list was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LangSetError {
    /// A tag that is not in the catalogue.
    #[error(transparent)]
    Unknown(#[from] UnknownLang),
    /// Italian was left out.
    #[error("the language list must include \"it\": Italian is the source language")]
    MissingItalian,
}

impl LangSet {
    /// Every catalogue language.
    #[must_use]
    pub fn all() -> LangSet {
        LangSet(Lang::ALL.to_vec())
    }

    /// Builds a set from configured tags; duplicates are ignored.
    pub fn parse<S: AsRef<str>>(tags: &[S]) -> Result<LangSet, LangSetError> {
        let mut langs = tags
            .iter()
            .map(|t| Lang::from_tag(t.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        if !langs.contains(&Lang::It) {
            return Err(LangSetError::MissingItalian);
        }
        langs.sort();
        langs.dedup();
        Ok(LangSet(langs))
    }

    /// Whether `lang` is enabled.
    #[must_use]
    pub fn contains(&self, lang: Lang) -> bool {
        self.0.contains(&lang)
    }

    /// The enabled languages, in catalogue order.
    #[must_use]
    pub fn as_slice(&self) -> &[Lang] {
        &self.0
    }

    /// Picks the best enabled language for an `Accept-Language` header value,
    /// honouring quality values; `None` when nothing acceptable is enabled.
    #[must_use]
    pub fn negotiate(&self, accept_language: &str) -> Option<Lang> {
        let mut candidates: Vec<(u16, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut fields = item.split(';');
                let tag = fields.next()?.trim();
                let quality = fields
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), parse_quality)?;
                let lang = Lang::from_tag(tag).ok()?;
                (quality > 0 && self.contains(lang)).then_some((quality, position, lang))
            })
            .collect();
        // Highest quality first; among equals, the order the browser sent.
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }
}

/// Parses an RFC 9110 quality value into thousandths; `None` when malformed.
fn parse_quality(q: &str) -> Option<u16> {
    let value: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        // The range check above bounds the product to 0..=1000.
        .then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn canonical_tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.as_str()), Ok(lang));
            assert_eq!(Lang::from_url_segment(lang.as_str()), Some(lang));
        }
    }

    #[test]
    fn lenient_parsing_maps_variants() {
        assert_eq!(Lang::from_tag("en-GB"), Ok(Lang::En));
        assert_eq!(Lang::from_tag("AR_eg"), Ok(Lang::Ar));
        assert_eq!(Lang::from_tag("zh-CN"), Ok(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-hans-cn"), Ok(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh"), Ok(Lang::ZhHans));
        assert!(Lang::from_tag("zh-Hant").is_err());
        assert!(Lang::from_tag("zh-TW").is_err());
        assert!(Lang::from_tag("de").is_err());
        assert!(Lang::from_tag("").is_err());
    }

    #[test]
    fn url_segments_are_exact() {
        assert_eq!(Lang::from_url_segment("zh-hans"), None);
        assert_eq!(Lang::from_url_segment("IT"), None);
    }

    #[test]
    fn direction_of_rtl_languages() {
        assert_eq!(Lang::Ar.direction(), Direction::Rtl);
        assert_eq!(Lang::Ur.direction(), Direction::Rtl);
        assert_eq!(Lang::It.direction().as_str(), "ltr");
    }

    #[test]
    fn negotiation_honours_quality_and_order() {
        let all = LangSet::all();
        assert_eq!(all.negotiate("ar,en;q=0.5"), Some(Lang::Ar));
        assert_eq!(
            all.negotiate("de-DE,de;q=0.9,en;q=0.8,it;q=0.7"),
            Some(Lang::En)
        );
        assert_eq!(all.negotiate("fr;q=0.4, uk;q=0.9"), Some(Lang::Uk));
        assert_eq!(all.negotiate("es, fr"), Some(Lang::Es));
        assert_eq!(all.negotiate("en;q=0, fr;q=0.1"), Some(Lang::Fr));
        assert_eq!(all.negotiate("de, ru"), None);
        assert_eq!(all.negotiate("en;q=abc"), None);
        assert_eq!(all.negotiate(""), None);
    }

    #[test]
    fn negotiation_skips_disabled_languages() {
        let set = LangSet::parse(&["it", "en"]).expect("valid set");
        assert_eq!(set.negotiate("ar, en;q=0.3"), Some(Lang::En));
        assert!(!set.contains(Lang::Ar));
    }

    #[test]
    fn set_requires_italian_and_known_tags() {
        assert_eq!(LangSet::parse(&["en"]), Err(LangSetError::MissingItalian));
        assert!(matches!(
            LangSet::parse(&["it", "klingon"]),
            Err(LangSetError::Unknown(_))
        ));
        let set = LangSet::parse(&["en", "it", "en"]).expect("valid set");
        assert_eq!(set.as_slice(), &[Lang::It, Lang::En]);
    }

    proptest! {
        #[test]
        fn negotiation_never_panics_and_returns_enabled(header in ".{0,200}") {
            let set = LangSet::parse(&["it", "ar", "zh-Hans"]).expect("valid set");
            if let Some(lang) = set.negotiate(&header) {
                prop_assert!(set.contains(lang));
            }
        }

        #[test]
        fn lenient_parse_accepts_any_case(idx in 0usize..10, upper in any::<bool>()) {
            let lang = Lang::ALL[idx];
            let tag = if upper { lang.as_str().to_uppercase() } else { lang.as_str().to_lowercase() };
            prop_assert_eq!(Lang::from_tag(&tag), Ok(lang));
        }
    }
}
