//! The workspace's page chrome: its language ([`app_lang`]: the operator's
//! preference, else the browser's among the translated ones) and what every
//! page shows around its content ([`AppChrome`]).

use axum::http;
use axum::http::HeaderMap;
use crocevia_domain::{Direction, Lang};
use crocevia_store::identity::users::User;

use crate::AppState;
use crate::error::WebResult;
use crate::i18n::{APP_LANGS, Tr};
use crate::security::CsrfToken;

/// Page chrome of the workspace.
pub struct AppChrome {
    /// Page language.
    pub lang: Lang,
    /// `ltr` / `rtl`.
    pub dir: &'static str,
    /// Stylesheet for the direction.
    pub css_href: &'static str,
    /// Page title.
    pub title: String,
    /// Network name.
    pub network_name: String,
    /// Signed-in operator's name.
    pub user_name: Option<String>,
    /// The operator's unread notifications.
    pub unread: u64,
    /// CSRF token for forms.
    pub csrf: String,
}

impl AppChrome {
    /// A message in the page language.
    #[must_use]
    pub fn t(&self, key: &str) -> String {
        Tr(self.lang).t(key)
    }

    /// A message with one named argument.
    #[must_use]
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        Tr(self.lang).t1(key, name, value)
    }
}

/// The workspace language: the operator's preference when translated, else what
/// the browser asks among the translated ones, else Italian.
pub(crate) fn app_lang(headers: &HeaderMap, user: Option<&User>) -> Lang {
    user.map(|u| u.ui_lang)
        .filter(|l| APP_LANGS.contains(l))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| {
                    crocevia_domain::LangSet::parse(&["it", "en"])
                        .ok()
                        .and_then(|set| set.negotiate(v))
                })
        })
        .unwrap_or(Lang::DEFAULT)
}

pub(crate) async fn app_chrome(
    state: &AppState,
    lang: Lang,
    title_key: &str,
    user: Option<&User>,
    csrf: &CsrfToken,
) -> WebResult<AppChrome> {
    let network_name = crate::layout::network(
        state.network_profile().await?,
        &state.settings().default_network_name,
    )
    .name;
    let rtl = lang.direction() == Direction::Rtl;
    Ok(AppChrome {
        lang,
        dir: lang.direction().as_str(),
        css_href: if rtl {
            crate::layout::CSS_RTL
        } else {
            crate::layout::CSS_LTR
        },
        title: Tr(lang).t(title_key),
        network_name,
        user_name: user.map(|u| u.display_name.clone()),
        unread: match user {
            Some(u) => state.store().unread_notifications(u.id).await?,
            None => 0,
        },
        csrf: csrf.value().to_owned(),
    })
}
