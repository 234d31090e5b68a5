//! The public portal: language negotiation, home page, accessibility statement and
//! privacy notice. Every public URL carries its language: `/{lang}/…`.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use crocevia_domain::Lang;

use crate::AppState;
use crate::error::{WebError, WebResult, render_html};
use crate::layout::{Chrome, ChromeInput, Section, network};

mod app;
mod feedback;

pub use app::{Act, Phone, Share, qr_svg};
pub use feedback::{AfterFeedback, FeedbackForm};

pub use crate::i18n::{LANG_COOKIE, negotiate};

/// Routes of the portal.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/robots.txt", get(robots))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home))
        .route("/{lang}/accessibility", get(accessibility))
        .route("/{lang}/privacy", get(privacy))
        .merge(app::routes())
        .merge(feedback::routes())
}

/// The enabled language named by a URL segment, or 404.
pub(crate) fn page_lang(state: &AppState, segment: &str) -> WebResult<Lang> {
    Lang::from_url_segment(segment)
        .filter(|l| state.settings().languages.contains(*l))
        .ok_or(WebError::NotFound)
}

async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = negotiate(&state, &headers);
    let mut response = Redirect::to(&format!("/{lang}/")).into_response();
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

async fn lang_root(State(state): State<AppState>, Path(lang): Path<String>) -> WebResult<Redirect> {
    let lang = page_lang(&state, &lang)?;
    Ok(Redirect::permanent(&format!("/{lang}/")))
}

async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nDisallow: /app/\nDisallow: /api/\n",
    )
}

/// Builds the chrome of a public page, reading the network profile.
pub(crate) async fn chrome(
    state: &AppState,
    lang: Lang,
    rest: &str,
    section: Section,
    title_key: &str,
) -> WebResult<Chrome> {
    let profile = state.network_profile().await?;
    let settings = state.settings();
    Ok(Chrome::new(ChromeInput {
        lang,
        languages: &settings.languages,
        rest,
        public_url: settings.public_url.as_deref(),
        section,
        title_key,
        network: network(profile, &settings.default_network_name),
    }))
}

/// Renders a public page and remembers its language in a cookie when it changed,
/// so that `/` brings the person back to the language they chose.
pub(crate) fn page(
    state: &AppState,
    jar: CookieJar,
    lang: Lang,
    template: &impl Template,
) -> Response {
    let html = render_html(template);
    if jar.get(LANG_COOKIE).map(Cookie::value) == Some(lang.as_str()) {
        return html;
    }
    let cookie = Cookie::build((LANG_COOKIE, lang.as_str()))
        .path("/")
        .permanent()
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.settings().secure_cookies())
        .build();
    (jar.add(cookie), html).into_response()
}

/// One fact of the home page's "most requested procedures" list.
#[derive(Debug)]
pub struct Topic {
    /// Message key prefix (`topic-permit` → `-title`, `-text`, `-office`).
    pub key: &'static str,
    /// Bootstrap Italia sprite icon.
    pub icon: &'static str,
}

const TOPICS: [Topic; 6] = [
    Topic {
        key: "topic-permit",
        icon: "it-card",
    },
    Topic {
        key: "topic-residence",
        icon: "it-pa",
    },
    Topic {
        key: "topic-health",
        icon: "it-plus-circle",
    },
    Topic {
        key: "topic-italian",
        icon: "it-comment",
    },
    Topic {
        key: "topic-work",
        icon: "it-folder",
    },
    Topic {
        key: "topic-family",
        icon: "it-user",
    },
];

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    topics: &'static [Topic],
}

impl HomePage {
    fn topic(&self, topic: &Topic, part: &str) -> String {
        self.chrome.t(&format!("{}-{part}", topic.key))
    }

    /// Where a topic's card leads: the search for its title, which finds
    /// its guides and services in the page's language.
    fn topic_href(&self, topic: &Topic) -> String {
        let title: String =
            form_urlencoded::byte_serialize(self.topic(topic, "title").as_bytes()).collect();
        format!("/{}/search?q={title}", self.chrome.lang)
    }

    fn topic_where(&self, topic: &Topic) -> String {
        self.chrome
            .tr
            .t1("topic-where", "office", &self.topic(topic, "office"))
    }
}

async fn home(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    let lang = page_lang(&state, &lang)?;
    let chrome = chrome(&state, lang, "/", Section::Home, "nav-home").await?;
    Ok(page(
        &state,
        jar,
        lang,
        &HomePage {
            chrome,
            topics: &TOPICS,
        },
    ))
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    chrome: Chrome,
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    chrome: Chrome,
}

/// A page whose only input is its chrome: `rest` is its path after `/{lang}`.
async fn chrome_only_page<T: Template>(
    state: &AppState,
    lang: &str,
    jar: CookieJar,
    rest: &str,
    title_key: &str,
    make: fn(Chrome) -> T,
) -> WebResult<Response> {
    let lang = page_lang(state, lang)?;
    let chrome = chrome(state, lang, rest, Section::Other, title_key).await?;
    Ok(page(state, jar, lang, &make(chrome)))
}

async fn accessibility(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    chrome_only_page(
        &state,
        &lang,
        jar,
        "/accessibility",
        "accessibility-title",
        |chrome| AccessibilityPage { chrome },
    )
    .await
}

async fn privacy(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    jar: CookieJar,
) -> WebResult<Response> {
    chrome_only_page(&state, &lang, jar, "/privacy", "privacy-title", |chrome| {
        PrivacyPage { chrome }
    })
    .await
}
