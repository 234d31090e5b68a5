//! A certificate as an Open Badges 3.0 credential (a W3C Verifiable
//! Credential of type `OpenBadgeCredential`), signed as a JWT (`EdDSA`) with
//! the installation's Ed25519 key, so it can go into a wallet or Europass;
//! the public key is published as a JWK set (`/.well-known/jwks.json`).
//!
//! The key is derived from the field key (`crypto::derive_key`): nothing
//! more to keep safe, the same on every server of the installation. The
//! data follow the European Learning Model's shape: the achievement (the
//! course: title, line, hours available, criteria), the activity (dates),
//! the credits earned (certified hours) and the issuer.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use crocevia_domain::crypto::derive_key;
use crocevia_domain::training::verification::display;
use crocevia_store::training::attendance::Certificate;
use ed25519_dalek::{Signer as _, SigningKey};
use serde_json::{Value, json};
use sha2::Digest as _;
use uuid::Uuid;

use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};

/// The installation's signing key.
fn signing_key(state: &AppState) -> SigningKey {
    SigningKey::from_bytes(&derive_key(
        state.settings().field_key.expose(),
        "crocevia/open-badges-ed25519",
    ))
}

/// The key's id: the first 16 hex digits of the SHA-256 of the public key.
fn key_id(key: &SigningKey) -> String {
    hex::encode(&sha2::Sha256::digest(key.verifying_key().to_bytes())[..8])
}

fn base(state: &AppState) -> String {
    state.settings().link_base.trim_end_matches('/').to_owned()
}

/// `GET /.well-known/jwks.json`: the public key credentials are signed with.
pub(super) async fn jwks(State(state): State<AppState>) -> Response {
    let key = signing_key(&state);
    let body = json!({
        "keys": [{
            "kty": "OKP",
            "crv": "Ed25519",
            "x": B64.encode(key.verifying_key().to_bytes()),
            "kid": key_id(&key),
            "alg": "EdDSA",
            "use": "sig",
        }]
    });
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

/// What the credential says of the course and the edition.
struct Achievement<'a> {
    course: Uuid,
    description: &'a str,
    line: String,
    criteria: String,
    course_half_hours: u32,
    dates: (chrono::NaiveDate, chrono::NaiveDate),
}

fn hours(half_hours: u32) -> f64 {
    f64::from(half_hours) / 2.0
}

/// The credential (Open Badges 3.0, VC data model 1.1).
fn credential(base: &str, issuer: &str, cert: &Certificate, a: &Achievement<'_>) -> Value {
    json!({
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": format!("{base}/it/verify/{}", display(&cert.code)),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": cert.course,
        "issuer": { "id": format!("{base}/"), "type": ["Profile"], "name": issuer },
        "issuanceDate": cert.issued_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": cert.holder,
            }],
            "activityStartDate": format!("{}T00:00:00Z", a.dates.0),
            "activityEndDate": format!("{}T00:00:00Z", a.dates.1),
            "creditsEarned": hours(cert.half_hours),
            "achievement": {
                "id": format!("urn:uuid:{}", a.course),
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": cert.course,
                "description": a.description.chars().take(2000).collect::<String>(),
                "criteria": { "narrative": a.criteria },
                "fieldOfStudy": a.line,
                "creditsAvailable": hours(a.course_half_hours),
                "inLanguage": "it",
            },
        },
    })
}

/// `payload` signed as a compact JWT with `key`.
fn sign(key: &SigningKey, kid: &str, payload: &Value) -> String {
    let header = json!({ "alg": "EdDSA", "typ": "JWT", "kid": kid });
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(payload.to_string())
    );
    let signature = key.sign(input.as_bytes());
    format!("{input}.{}", B64.encode(signature.to_bytes()))
}

/// `GET /app/training/certificates/{id}/badge.jwt`: the holder's own (or
/// any, for a coordinator), as a signed Open Badges credential.
pub(super) async fn download(ctx: Ctx, Path(id): Path<Uuid>) -> WebResult<Response> {
    let store = ctx.state.store();
    let cert = store.certificate(id).await?.ok_or(WebError::NotFound)?;
    if cert.user != ctx.operator.user.id && !super::may_manage(&ctx).await? {
        return Err(WebError::NotFound);
    }
    if cert.revoked.is_some() {
        return Err(WebError::NotFound);
    }
    let edition = store
        .edition(cert.edition)
        .await?
        .ok_or(WebError::NotFound)?;
    let course = store
        .course(edition.input.course)
        .await?
        .ok_or(WebError::NotFound)?;
    let programme = super::Programme::load(&ctx).await?;
    let issuer = crate::layout::network(
        ctx.state.network_profile().await?,
        &ctx.state.settings().default_network_name,
    )
    .name;
    let achievement = Achievement {
        course: course.id,
        description: &course.input.description,
        line: programme.line_name(&course.input.line),
        criteria: crate::i18n::bare(&super::programme::conditions_text(&ctx, &course)),
        course_half_hours: course.input.minutes / 30,
        dates: (edition.input.starts_on, edition.input.ends_on),
    };
    let base = base(&ctx.state);
    let vc = credential(&base, &issuer, &cert, &achievement);
    let payload = json!({
        "iss": format!("{base}/"),
        "jti": vc["id"],
        "nbf": cert.issued_at.timestamp(),
        "vc": vc,
    });
    let key = signing_key(&ctx.state);
    let jwt = sign(&key, &key_id(&key), &payload);
    let mut response = jwt.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/jwt"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"badge-{}.jwt\"",
        display(&cert.code)
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}
