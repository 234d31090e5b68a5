//! File uploads (`multipart/form-data`, RFC 7578): parsed only on the routes
//! that take them, only after the operator is known, by a maintained parser.
//!
//! The CSRF middleware could check a multipart form's token only by parsing
//! the whole body, before routing and login: anyone could then make the
//! server parse 12 MiB. So the middleware lets a multipart request through
//! only to the routes of [`UPLOAD_ROUTES`], marked with [`DeferredCsrf`], and
//! the [`Upload`] extractor — the only reader of multipart bodies — resolves
//! the signed-in [`Operator`] first, then reads the body up to
//! [`MAX_UPLOAD_BYTES`], parses it with `multer` (a bounded boundary, known
//! field names, at most [`MAX_FIELDS`] fields, linear-time search over one
//! buffer) and checks the token before the handler sees anything.

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::WebError;
use crate::identity::operator::Operator;
pub use crate::security::UPLOAD_ROUTES;
use crate::security::{CSRF_FIELD, DeferredCsrf, verify};

/// Largest file upload (the whole multipart body).
pub const MAX_UPLOAD_BYTES: usize = 12 * 1024 * 1024;

/// The field names an upload form may carry.
const FIELDS: [&str; 3] = [CSRF_FIELD, "file", "lang"];

/// At most this many fields (a form has three; repeated names count too).
pub const MAX_FIELDS: usize = 8;

/// Longest boundary RFC 2046 allows.
const MAX_BOUNDARY: usize = 70;

/// One field of an upload form.
#[derive(Debug)]
pub struct UploadField {
    /// The field name.
    pub name: String,
    /// The file name, for a file.
    pub filename: Option<String>,
    /// The content.
    pub data: Bytes,
}

/// A checked upload form: the operator was signed in and the CSRF token
/// valid. Use it as the last argument of a handler on an [`UPLOAD_ROUTES`]
/// route (it reads the body).
#[derive(Debug)]
pub struct Upload {
    fields: Vec<UploadField>,
}

impl Upload {
    /// The first field called `name`.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&UploadField> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Why a multipart body was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MultipartError {
    /// No boundary, or one RFC 2046 does not allow (over 70 characters, or
    /// characters outside its set).
    Boundary,
    /// The body is not a well-formed form of the expected fields.
    Malformed,
    /// More than [`MAX_FIELDS`] fields.
    TooManyFields,
}

/// The boundary of a `multipart/form-data` content type, when RFC 2046
/// allows it: 1 to 70 characters of its set.
#[must_use]
pub fn boundary(content_type: &str) -> Option<String> {
    let mime = content_type.split(';').next().unwrap_or_default().trim();
    if !mime.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    let boundary = multer::parse_boundary(content_type).ok()?;
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"'()+_,-./:=? ".contains(&b);
    ((1..=MAX_BOUNDARY).contains(&boundary.len())
        && boundary.bytes().all(allowed)
        && !boundary.ends_with(' '))
    .then_some(boundary)
}

/// The fields of a whole multipart `body`. One buffer, so every search of
/// the parser is a single linear scan.
pub async fn parse(body: Bytes, boundary: &str) -> Result<Vec<UploadField>, MultipartError> {
    let constraints = multer::Constraints::new()
        .allowed_fields(FIELDS.to_vec())
        .size_limit(multer::SizeLimit::new().whole_stream(MAX_UPLOAD_BYTES as u64));
    let stream = Body::from(body).into_data_stream();
    let mut form = multer::Multipart::with_constraints(stream, boundary, constraints);
    let mut fields = Vec::new();
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| MultipartError::Malformed)?
    {
        if fields.len() == MAX_FIELDS {
            return Err(MultipartError::TooManyFields);
        }
        let name = field.name().unwrap_or_default().to_owned();
        let filename = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|_| MultipartError::Malformed)?;
        fields.push(UploadField {
            name,
            filename,
            data,
        });
    }
    Ok(fields)
}

impl FromRequest<AppState> for Upload {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        // Who asks comes first: nobody signed out makes the server read a body.
        Operator::from_request_parts(&mut parts, state).await?;
        let refuse = |e: WebError| e.into_response();
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !content_type.starts_with("multipart/form-data") {
            return Err(refuse(WebError::BadRequest(
                "expected a file upload (multipart/form-data)",
            )));
        }
        let secret = parts
            .extensions
            .get::<DeferredCsrf>()
            .map(|d| d.secret.clone())
            .ok_or_else(|| refuse(WebError::Forbidden("missing or invalid CSRF token")))?;
        let boundary = boundary(content_type)
            .ok_or_else(|| refuse(WebError::BadRequest("malformed multipart boundary")))?;
        let body = to_bytes(body, MAX_UPLOAD_BYTES)
            .await
            .map_err(|_| refuse(WebError::TooLarge))?;
        let fields = parse(body, &boundary)
            .await
            .map_err(|_| refuse(WebError::BadRequest("malformed upload form")))?;
        let upload = Upload { fields };
        let key = state.settings().csrf_key();
        let valid = upload
            .field(CSRF_FIELD)
            .and_then(|f| std::str::from_utf8(&f.data).ok())
            .is_some_and(|token| verify(key.expose(), &secret, token));
        if !valid {
            return Err(refuse(WebError::Forbidden("missing or invalid CSRF token")));
        }
        Ok(upload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::time::{Duration, Instant};

    fn run<T>(future: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    const FORM: &[u8] = b"--b1\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok\r\n--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlf\"\r\nContent-Type: text/xml\r\n\r\n<x>\r\n</x>\r\n--b1--\r\n";

    #[test]
    fn fields_are_found() {
        let fields = run(parse(Bytes::from_static(FORM), "b1")).expect("parsed");
        assert_eq!(fields.len(), 2);
        assert_eq!(
            (fields[0].name.as_str(), &fields[0].data[..]),
            ("csrf_token", &b"tok"[..])
        );
        assert_eq!(fields[1].filename.as_deref(), Some("a.xlf"));
        assert_eq!(&fields[1].data[..], b"<x>\r\n</x>");
    }

    #[test]
    fn damaged_or_unexpected_forms_are_refused() {
        assert_eq!(
            run(parse(Bytes::from_static(&FORM[..60]), "b1")).err(),
            Some(MultipartError::Malformed)
        );
        let other =
            b"--b1\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nadmin\r\n--b1--\r\n";
        assert!(run(parse(Bytes::from_static(other), "b1")).is_err());
        let many = format!(
            "{}--b1--\r\n",
            "--b1\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n".repeat(9)
        );
        assert_eq!(
            run(parse(Bytes::from(many), "b1")).err(),
            Some(MultipartError::TooManyFields)
        );
    }

    #[test]
    fn boundaries_follow_rfc_2046() {
        assert_eq!(
            boundary("multipart/form-data; boundary=b1").as_deref(),
            Some("b1")
        );
        assert_eq!(
            boundary("multipart/form-data; boundary=\"----WebKitFormBoundaryx\"").as_deref(),
            Some("----WebKitFormBoundaryx")
        );
        assert_eq!(boundary("multipart/form-data"), None);
        assert_eq!(boundary("text/plain; boundary=b1"), None);
        let long = "x".repeat(71);
        assert_eq!(
            boundary(&format!("multipart/form-data; boundary={long}")),
            None
        );
        let huge = "x".repeat(300_000);
        assert_eq!(
            boundary(&format!("multipart/form-data; boundary={huge}")),
            None
        );
        assert_eq!(boundary("multipart/form-data; boundary=a\u{7f}b"), None);
    }

    /// The review's attack: a body of near-boundaries (every line starts like
    /// the boundary and differs in its last byte) under the longest boundary
    /// allowed. The old parser's cost was body × boundary; this one's is
    /// linear. The bound is generous (a hundred times what it takes on a slow
    /// machine): it catches a quadratic parser, not noise.
    #[test]
    fn adversarial_bodies_parse_in_linear_time() {
        let b = "a".repeat(MAX_BOUNDARY);
        let near = format!("\r\n--{}b", &b[..MAX_BOUNDARY - 1]);
        let mut body = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n"
        );
        while body.len() < MAX_UPLOAD_BYTES - 200 {
            body.push_str(&near);
        }
        body.push_str(&format!("\r\n--{b}--\r\n"));
        let started = Instant::now();
        let fields = run(parse(Bytes::from(body), &b)).expect("parsed");
        assert_eq!(fields.len(), 1);
        // Headers that never end: one scan, then an error.
        let endless = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"file\"\r\n{}",
            "X-A: b\r\n".repeat(1_000_000)
        );
        assert!(run(parse(Bytes::from(endless), &b)).is_err());
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any body under any content type: an answer (fields or a refusal)
        /// without a panic, within a bound per input.
        #[test]
        fn any_body_gets_an_answer(
            content_type in "(multipart/form-data; boundary=)?[ -~]{0,120}",
            body in prop::collection::vec(any::<u8>(), 0..4096),
            seeded in any::<bool>(),
        ) {
            let started = Instant::now();
            let body = if seeded {
                // Start like a real form so the parser gets past the preamble.
                let mut b = b"--b1\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n".to_vec();
                b.extend(body);
                b
            } else {
                body
            };
            if let Some(boundary) = boundary(&content_type) {
                prop_assert!(boundary.len() <= MAX_BOUNDARY);
                let _ = run(parse(Bytes::from(body.clone()), &boundary));
            }
            let _ = run(parse(Bytes::from(body), "b1"));
            prop_assert!(started.elapsed() < Duration::from_secs(5));
        }
    }
}
