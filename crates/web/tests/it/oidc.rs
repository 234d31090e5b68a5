//! Login through an OpenID Connect provider, against a small provider served
//! on loopback by the test (discovery, JWKS and token endpoints; ID tokens
//! signed with the RSA key in `fixtures/oidc-test-key.pem`, which exists for
//! these tests only).

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Duration, Utc};
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreIdTokenFields, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreResponseType, CoreRsaPrivateSigningKey, CoreSubjectIdentifierType,
    CoreTokenResponse, CoreTokenType,
};
use openidconnect::{
    AccessToken, Audience, AuthUrl, EmptyAdditionalClaims, EmptyAdditionalProviderMetadata,
    EmptyExtraTokenFields, EndUserEmail, IssuerUrl, JsonWebKeyId, JsonWebKeySetUrl, Nonce,
    PrivateSigningKey, ResponseTypes, StandardClaims, SubjectIdentifier, TokenUrl,
};

use crate::helpers::{Options, TestApp};

const KEY: &str = include_str!("fixtures/oidc-test-key.pem");
pub(crate) const CLIENT_ID: &str = "crocevia-test";

/// What the provider puts in the next ID token.
#[derive(Clone, Default)]
pub(crate) struct Next {
    pub(crate) email: String,
    /// The `email_verified` claim; `None` leaves it out.
    pub(crate) verified: Option<bool>,
    pub(crate) nonce: String,
    pub(crate) audience: String,
    /// The subject; `subject-1` when empty.
    pub(crate) subject: String,
}

#[derive(Clone)]
pub(crate) struct Provider {
    pub(crate) issuer: String,
    pub(crate) next: Arc<Mutex<Next>>,
}

fn signing_key() -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(KEY, Some(JsonWebKeyId::new("test".to_owned())))
        .expect("test key")
}

async fn discovery(State(p): State<Provider>) -> Json<CoreProviderMetadata> {
    let metadata = CoreProviderMetadata::new(
        IssuerUrl::new(p.issuer.clone()).expect("issuer"),
        AuthUrl::new(format!("{}/authorize", p.issuer)).expect("url"),
        JsonWebKeySetUrl::new(format!("{}/jwks", p.issuer)).expect("url"),
        vec![ResponseTypes::new(vec![CoreResponseType::Code])],
        vec![CoreSubjectIdentifierType::Public],
        vec![CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256],
        EmptyAdditionalProviderMetadata {},
    )
    .set_token_endpoint(Some(
        TokenUrl::new(format!("{}/token", p.issuer)).expect("url"),
    ));
    Json(metadata)
}

async fn jwks() -> Json<CoreJsonWebKeySet> {
    Json(CoreJsonWebKeySet::new(vec![
        signing_key().as_verification_key(),
    ]))
}

async fn token(State(p): State<Provider>) -> Json<CoreTokenResponse> {
    let next = p.next.lock().expect("lock").clone();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(p.issuer.clone()).expect("issuer"),
        vec![Audience::new(next.audience.clone())],
        Utc::now() + Duration::minutes(5),
        Utc::now(),
        StandardClaims::new(SubjectIdentifier::new(if next.subject.is_empty() {
            "subject-1".to_owned()
        } else {
            next.subject.clone()
        }))
        .set_email(Some(EndUserEmail::new(next.email.clone())))
        .set_email_verified(next.verified),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(next.nonce.clone())));
    let id_token = CoreIdToken::new(
        claims,
        &signing_key(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .expect("sign");
    Json(CoreTokenResponse::new(
        AccessToken::new("access".to_owned()),
        CoreTokenType::Bearer,
        CoreIdTokenFields::new(Some(id_token), EmptyExtraTokenFields {}),
    ))
}

pub(crate) async fn provider() -> Provider {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let issuer = format!("http://{}", listener.local_addr().expect("addr"));
    let provider = Provider {
        issuer,
        next: Arc::default(),
    };
    let app = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/token", post(token))
        .with_state(provider.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    provider
}

pub(crate) async fn app_with(provider: &Provider) -> TestApp {
    let app = TestApp::with(Options {
        oidc: Some(crocevia_web::identity::oidc::OidcSettings {
            issuer: provider.issuer.clone(),
            client_id: CLIENT_ID.to_owned(),
            client_secret: "secret".to_owned().into(),
            label: "Identità regionale".to_owned(),
        }),
        ..Options::default()
    })
    .await;
    app.store
        .load_demo_operators(|_| "a long demo password for tests".to_owned())
        .await
        .expect("demo operators");
    app
}

/// Follows `/app/login/oidc` to the provider: the flow cookie, and the state
/// and nonce the provider would see.
pub(crate) async fn begin(app: &TestApp) -> (String, String, String) {
    let r = app.get("/app/login/oidc?next=/app/account/sessions").await;
    assert_eq!(r.status, 303, "{}", r.text());
    let location = r.header("location").expect("location").to_owned();
    let url = url_params(&location);
    assert_eq!(url("client_id"), CLIENT_ID);
    assert_eq!(url("code_challenge_method"), "S256");
    assert!(url("scope").contains("openid") && url("scope").contains("email"));
    let cookie = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_oidc="))
        .expect("flow cookie");
    assert!(cookie.contains("HttpOnly"));
    let cookie = cookie.split(';').next().expect("pair").to_owned();
    (cookie, url("state"), url("nonce"))
}

fn url_params(location: &str) -> impl Fn(&str) -> String {
    let query = location
        .split_once('?')
        .map(|(_, q)| q.to_owned())
        .unwrap_or_default();
    move |name: &str| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    }
}

#[tokio::test]
async fn an_operator_logs_in_through_the_provider_matched_by_email() {
    let provider = provider().await;
    let app = app_with(&provider).await;
    let login = app.get("/app/login").await.text();
    assert!(login.contains("Accedi con \u{2068}Identità regionale\u{2069}"));

    let (cookie, state, nonce) = begin(&app).await;
    *provider.next.lock().expect("lock") = Next {
        email: "Redazione@Demo.Crocevia.example".to_owned(),
        verified: Some(true),
        nonce,
        audience: CLIENT_ID.to_owned(),
        ..Next::default()
    };
    let r = app
        .get_with(
            &format!("/app/login/oidc/callback?code=abc&state={state}"),
            &[("cookie", &cookie)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/app/account/sessions"));
    let session = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("crocevia_session="))
        .expect("session cookie");
    let session = session.split(';').next().expect("pair").to_owned();
    let page = app
        .get_with("/app/account/sessions", &[("cookie", &session)])
        .await;
    assert_eq!(page.status, 200, "the editor needs no second factor");
    let editor = app.user("redazione@demo.crocevia.example").await;
    let audit = app
        .store
        .search_audit(&Default::default(), 100)
        .await
        .expect("audit");
    let editor_id = editor.id.to_string();
    assert!(audit.iter().any(|e| e.action == "identity.login"
        && e.actor_user.as_deref() == Some(editor_id.as_str())
        && e.purpose.as_deref() == Some("oidc")));
}

#[tokio::test]
async fn the_provider_login_refuses_forgery_and_unknown_or_unverified_emails() {
    let provider = provider().await;
    let app = app_with(&provider).await;
    let callback = |state: &str| format!("/app/login/oidc/callback?code=abc&state={state}");
    let refused = |r: &crate::helpers::TestResponse| {
        r.status == 422
            && r.text()
                .contains("Accesso non riuscito con il fornitore di identità")
            && !r
                .set_cookies()
                .iter()
                .any(|c| c.starts_with("crocevia_session="))
    };

    // No flow cookie at all (a forged link).
    let r = app.get(&callback("whatever")).await;
    assert!(refused(&r), "{}", r.text());

    // A state that does not match the cookie.
    let (cookie, _state, nonce) = begin(&app).await;
    *provider.next.lock().expect("lock") = Next {
        email: "redazione@demo.crocevia.example".to_owned(),
        verified: Some(true),
        nonce: nonce.clone(),
        audience: CLIENT_ID.to_owned(),
        ..Next::default()
    };
    let r = app
        .get_with(&callback("not-the-state"), &[("cookie", &cookie)])
        .await;
    assert!(refused(&r));

    // A tampered cookie.
    let (cookie, state, _) = begin(&app).await;
    let tampered = format!("{}x", cookie);
    let r = app
        .get_with(&callback(&state), &[("cookie", &tampered)])
        .await;
    assert!(refused(&r));

    // The wrong nonce, the wrong audience, an unverified and an unknown email.
    for (email, verified, good_nonce, audience) in [
        ("redazione@demo.crocevia.example", true, false, CLIENT_ID),
        (
            "redazione@demo.crocevia.example",
            true,
            true,
            "another-client",
        ),
        ("redazione@demo.crocevia.example", false, true, CLIENT_ID),
        ("nobody@comune.example", true, true, CLIENT_ID),
    ] {
        let (cookie, state, nonce) = begin(&app).await;
        *provider.next.lock().expect("lock") = Next {
            email: email.to_owned(),
            verified: Some(verified),
            nonce: if good_nonce {
                nonce
            } else {
                "replayed".to_owned()
            },
            audience: audience.to_owned(),
            ..Next::default()
        };
        let r = app
            .get_with(&callback(&state), &[("cookie", &cookie)])
            .await;
        assert!(refused(&r), "{email} {verified} {good_nonce} {audience}");
    }

    // The provider reports an error (the person cancelled).
    let (cookie, state, _) = begin(&app).await;
    let r = app
        .get_with(
            &format!("/app/login/oidc/callback?error=access_denied&state={state}"),
            &[("cookie", &cookie)],
        )
        .await;
    assert!(refused(&r));
}

#[tokio::test]
async fn without_configuration_there_is_no_provider_login() {
    let app = TestApp::spawn().await;
    assert!(
        !app.get("/app/login")
            .await
            .text()
            .contains("/app/login/oidc")
    );
    assert_eq!(app.get("/app/login/oidc").await.status, 404);
    assert_eq!(
        app.get("/app/login/oidc/callback?code=x&state=y")
            .await
            .status,
        404
    );
}
