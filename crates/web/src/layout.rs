//! The page chrome shared by every public page: language, direction, language
//! switcher and `hreflang` alternates, network identity, main menu.

use crocevia_domain::{Lang, LangSet};
use crocevia_store::portal::network::NetworkProfile;

use crate::i18n::Tr;

/// Bootstrap Italia stylesheet for left-to-right pages.
pub const CSS_LTR: &str = "/assets/vendor/bootstrap-italia/css/bootstrap-italia.min.css";
/// The same, mirrored by rtlcss for right-to-left pages.
pub const CSS_RTL: &str = "/assets/vendor/bootstrap-italia/css/bootstrap-italia.rtl.min.css";

/// One entry of the language switcher / one `hreflang` alternate.
#[derive(Debug, Clone)]
pub struct Alternate {
    /// BCP 47 tag.
    pub tag: &'static str,
    /// The language's own name.
    pub name: String,
    /// The same page in that language (absolute when the public URL is known).
    pub href: String,
    /// Whether it is the page's language.
    pub current: bool,
}

/// Items of the main menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Home page.
    Home,
    /// Procedure guides.
    Guides,
    /// Services directory.
    Services,
    /// Glossary.
    Glossary,
    /// Search.
    Search,
    /// Pages outside the menu (accessibility, privacy, errors).
    Other,
}

/// A main-menu link.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Visible label.
    pub label: String,
    /// Target.
    pub href: String,
    /// Whether the current page belongs to it.
    pub active: bool,
}

/// The network identity as pages show it: the stored profile, or one carrying
/// only the configured name when none is stored yet.
#[must_use]
pub fn network(profile: Option<NetworkProfile>, default_name: &str) -> NetworkProfile {
    profile.unwrap_or_else(|| NetworkProfile {
        name: default_name.to_owned(),
        ..NetworkProfile::default()
    })
}

/// Everything the base layout needs.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// Page language.
    pub lang: Lang,
    /// Translator for `lang`.
    pub tr: Tr,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Bootstrap Italia stylesheet for the direction.
    pub css_href: &'static str,
    /// Home page of this language.
    pub home_href: String,
    /// Page title (without the site name).
    pub title: String,
    /// The page in every enabled language.
    pub alternates: Vec<Alternate>,
    /// Main menu.
    pub nav: Vec<NavItem>,
    /// Network identity.
    pub network: NetworkProfile,
    /// `tel:` link of the network's phone, if any.
    pub tel_href: Option<String>,
    /// Name of the current language in itself.
    pub language_name: String,
}

/// Inputs to build a [`Chrome`].
pub struct ChromeInput<'a> {
    /// Page language.
    pub lang: Lang,
    /// Enabled languages.
    pub languages: &'a LangSet,
    /// Path after `/{lang}`, starting with `/` (e.g. `/privacy`, `/` for home).
    pub rest: &'a str,
    /// Public base URL, if configured.
    pub public_url: Option<&'a str>,
    /// Menu section of the page.
    pub section: Section,
    /// Title message key.
    pub title_key: &'a str,
    /// Network identity.
    pub network: NetworkProfile,
}

impl Chrome {
    /// Builds the chrome of one page.
    #[must_use]
    pub fn new(input: ChromeInput<'_>) -> Chrome {
        let ChromeInput {
            lang,
            languages,
            rest,
            public_url,
            section,
            title_key,
            network,
        } = input;
        let tr = Tr(lang);
        let base = public_url.unwrap_or("").trim_end_matches('/');
        let alternates = languages
            .as_slice()
            .iter()
            .map(|&l| Alternate {
                tag: l.as_str(),
                name: Tr(l).t("language-name"),
                href: format!("{base}/{l}{rest}"),
                current: l == lang,
            })
            .collect();
        let nav = [
            (Section::Guides, "nav-guides", "/guides"),
            (Section::Services, "nav-services", "/services"),
            (Section::Glossary, "nav-glossary", "/glossary"),
            (Section::Search, "nav-search", "/search"),
        ]
        .into_iter()
        .map(|(s, key, path)| NavItem {
            label: tr.t(key),
            href: format!("/{lang}{path}"),
            active: s == section,
        })
        .collect();
        let tel_href = network.phone.as_deref().map(tel_href);
        let rtl = lang.direction() == crocevia_domain::Direction::Rtl;
        Chrome {
            lang,
            tr,
            dir: lang.direction().as_str(),
            css_href: if rtl { CSS_RTL } else { CSS_LTR },
            home_href: format!("/{lang}/"),
            title: tr.t(title_key),
            alternates,
            nav,
            network,
            tel_href,
            language_name: tr.t("language-name"),
        }
    }

    /// Shorthand for the translator, for templates: `chrome.t("key")`.
    #[must_use]
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// Message with one named argument.
    #[must_use]
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.tr.t1(key, name, value)
    }

    /// `text` (in the page's language), escaped, with the Latin-script runs
    /// of a text in another script marked with their language
    /// ([`crate::i18n::mark_latin_runs`]); for `|safe` in templates.
    #[must_use]
    pub fn marked(&self, text: impl AsRef<str>) -> String {
        crate::i18n::mark_latin_runs(text.as_ref(), self.lang.as_str())
    }

    /// `text` in `lang`, marked as [`Chrome::marked`] does.
    #[must_use]
    pub fn marked_in(&self, text: impl AsRef<str>, lang: impl AsRef<str>) -> String {
        crate::i18n::mark_latin_runs(text.as_ref(), lang.as_ref())
    }

    /// The message `key`, marked as [`Chrome::marked`] does.
    #[must_use]
    pub fn tm(&self, key: &str) -> String {
        self.marked(self.t(key))
    }

    /// Message with the network's name as `$network`.
    #[must_use]
    pub fn t_network(&self, key: &str) -> String {
        self.tr.t1(key, "network", &self.network.name)
    }
}

/// The `tel:` URI of a phone number as written: digits and a leading `+` only.
#[must_use]
pub fn tel_href(phone: &str) -> String {
    let number: String = phone
        .trim()
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{number}")
}

/// A QR code of `text` as an SVG `data:` URI (for `<img src>`: the
/// Content-Security-Policy allows `data:` images).
#[must_use]
pub fn qr_data_uri(text: &str) -> String {
    use base64::Engine as _;
    qr_svg(text)
        .map(|svg| {
            format!(
                "data:image/svg+xml;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(svg)
            )
        })
        .unwrap_or_default()
}

/// A QR code of `text` as an SVG document; `None` when the text is too long
/// for a QR code.
#[must_use]
pub fn qr_svg(text: &str) -> Option<String> {
    qrcode::QrCode::new(text.as_bytes()).ok().map(|code| {
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .build()
    })
}

#[cfg(test)]
mod tests {
    use super::tel_href;

    #[test]
    fn tel_links_keep_digits_and_a_leading_plus() {
        assert_eq!(tel_href("+39 011 555 0100"), "tel:+390115550100");
        assert_eq!(tel_href(" 800 290-290 "), "tel:800290290");
        assert_eq!(tel_href("011/55+5"), "tel:011555");
    }
}
