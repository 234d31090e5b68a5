//! Delivery of the mail outbox ([`crocevia_store::mail`]): a background
//! worker claims due mail, writes each in its recipient's language and sends
//! it; a failure is tried again later (the wait doubles each time) and given
//! up after [`MAX_ATTEMPTS`]. A use case queues mail in its own transaction
//! and the handler wakes the worker after the commit ([`AppState::mail_queued`]);
//! the worker also looks every [`POLL`], for retries and for mail queued by
//! other servers.

use std::time::Duration;

use chrono::Utc;
use crocevia_domain::crypto::FieldCipher;
use crocevia_store::mail::{Content, OutMail};
use uuid::Uuid;

use crate::AppState;
use crate::i18n::APP_LANGS;
use crate::i18n::Tr;

/// Attempts before a mail is given up (about a day with the default wait).
pub const MAX_ATTEMPTS: i32 = 12;

/// How often the worker looks for due mail without being woken.
pub const POLL: Duration = Duration::from_secs(2);

/// How long a claimed mail is this worker's alone.
const LEASE: Duration = Duration::from_secs(120);

/// Mails claimed at a time.
const BATCH: u64 = 20;

/// Delivered mail is kept this long (for the administrator's counts).
const KEEP_SENT_DAYS: i64 = 30;

/// The context under which a link is sealed in the outbox.
const LINK_CONTEXT: &str = "mail.link";

/// A link carrying a secret, sealed for the outbox.
#[must_use]
pub fn seal_link(state: &AppState, link: &str) -> String {
    use base64::Engine as _;
    let sealed = cipher(state).seal(link.as_bytes(), LINK_CONTEXT);
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(sealed)
}

fn cipher(state: &AppState) -> FieldCipher {
    FieldCipher::new(state.settings().field_key.expose())
}

fn open_link(state: &AppState, sealed: &str) -> Option<String> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(sealed)
        .ok()?;
    let plain = cipher(state).open(&bytes, LINK_CONTEXT).ok()?;
    String::from_utf8(plain).ok()
}

/// Where a notification's object is seen.
#[must_use]
pub fn object_link(object_type: &str, id: Uuid) -> String {
    match object_type {
        "referral" => format!("/app/desk/referrals/{id}"),
        "person" => format!("/app/desk/people/{id}"),
        "break-glass" => format!("/app/desk/break-glass/{id}"),
        "training_edition" => format!("/app/training/editions/{id}"),
        "training_survey" => format!("/app/training/surveys/{id}/answer"),
        _ => "/app/".to_owned(),
    }
}

/// Why a mail cannot be written, for the administrator.
enum Unwritable {
    /// The recipient's account is gone or inactive.
    NoRecipient,
    /// The sealed link does not open (the field key changed).
    Sealed,
}

/// A mail's body and its calendar attachment, if any.
type Body = (String, Option<String>);

/// The recipient's address, subject and body of `mail`.
async fn write(
    state: &AppState,
    mail: &OutMail,
) -> Result<Result<(String, String, Body), Unwritable>, crocevia_store::StoreError> {
    let Some(user) = state.store().user(mail.user).await?.filter(|u| u.active) else {
        return Ok(Err(Unwritable::NoRecipient));
    };
    let lang = Some(user.ui_lang)
        .filter(|l| APP_LANGS.contains(l))
        .unwrap_or(crocevia_domain::Lang::DEFAULT);
    let tr = Tr(lang);
    let settings = state.settings();
    let (subject, body) = match &mail.content {
        Content::Notice {
            kind,
            object_type,
            object_id,
        } => {
            let url = format!(
                "{}{}",
                settings.link_base.trim_end_matches('/'),
                object_link(object_type, *object_id)
            );
            let subject = tr.t(&format!("notify-{}", kind.replace('.', "-")));
            let body = tr.t1("notify-mail-body", "link", &url);
            // A seat in a training edition comes with its sessions, for
            // the recipient's calendar.
            let calendar = if object_type == "training_edition"
                && matches!(
                    kind.as_str(),
                    "training.enrolled" | "training.promoted" | "training.changed"
                ) {
                crate::training::calendar::edition_ical(state, *object_id, tr).await?
            } else {
                None
            };
            (subject.clone(), (format!("{subject}\n\n{body}"), calendar))
        }
        Content::Link { topic, sealed } => {
            let Some(link) = open_link(state, sealed) else {
                return Ok(Err(Unwritable::Sealed));
            };
            let network = crate::layout::network(
                state.network_profile().await?,
                &settings.default_network_name,
            )
            .name;
            let (subject, body) = match topic.as_str() {
                "invite" => (
                    tr.t("mail-invite-subject"),
                    tr.t_args(
                        "mail-invite-body",
                        &[("network", &network), ("link", &link)],
                    ),
                ),
                _ => (
                    tr.t("mail-reset-subject"),
                    tr.t1("mail-reset-body", "link", &link),
                ),
            };
            (subject, (body, None))
        }
    };
    // Fluent isolates placeables for bidirectional text; plain-text mail
    // must carry the bare link.
    let (text, calendar) = body;
    let text = crate::i18n::bare(&text);
    Ok(Ok((
        user.email.as_str().to_owned(),
        subject,
        (text, calendar),
    )))
}

/// The wait before attempt `attempts + 1`: the base, doubled for each
/// attempt made, at most six hours.
#[must_use]
pub fn backoff(base: Duration, attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    base.saturating_mul(1 << doublings)
        .min(Duration::from_secs(6 * 3600))
}

/// Sends what is due, as `worker`; returns how many were delivered.
pub async fn deliver_due(
    state: &AppState,
    worker: Uuid,
) -> Result<usize, crocevia_store::StoreError> {
    let store = state.store();
    let mut delivered = 0;
    loop {
        let batch = store.claim_mail(worker, LEASE, BATCH).await?;
        if batch.is_empty() {
            return Ok(delivered);
        }
        for mail in batch {
            let outcome = match write(state, &mail).await? {
                Err(Unwritable::NoRecipient) => Err(("no active recipient", false)),
                Err(Unwritable::Sealed) => Err(("sealed link unreadable", false)),
                Ok((to, subject, body)) => {
                    let settings = state.settings();
                    settings
                        .mailer
                        .send(&settings.mail_from, &to, &subject, body)
                        .await
                        .map_err(|e| (transport_kind(e), true))
                }
            };
            match outcome {
                Ok(()) => {
                    store.mail_sent(mail.id, worker).await?;
                    delivered += 1;
                }
                Err((why, retry)) => {
                    let retry_at = (retry && mail.attempts < MAX_ATTEMPTS).then(|| {
                        Utc::now()
                            + chrono::Duration::from_std(backoff(
                                state.settings().mail_retry,
                                mail.attempts,
                            ))
                            .unwrap_or(chrono::Duration::hours(1))
                    });
                    // The reason is a kind of failure, never an address.
                    tracing::warn!(mail = %mail.id, attempts = mail.attempts, why, "mail not sent");
                    store.mail_not_sent(mail.id, worker, why, retry_at).await?;
                }
            }
        }
    }
}

fn transport_kind(e: super::MailError) -> &'static str {
    match e {
        super::MailError::Build => "invalid address",
        super::MailError::Transport(kind) => kind,
    }
}

/// Starts the worker of this server: it delivers what is due when woken and
/// every [`POLL`], and forgets delivered mail after a month.
pub fn spawn_outbox(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let worker = Uuid::now_v7();
        let mut last_purge = None::<std::time::Instant>;
        loop {
            if let Err(e) = deliver_due(&state, worker).await {
                tracing::warn!(error = %e, "mail outbox not read");
            }
            if last_purge.is_none_or(|t| t.elapsed() > Duration::from_secs(3600)) {
                last_purge = Some(std::time::Instant::now());
                let before = Utc::now() - chrono::Duration::days(KEEP_SENT_DAYS);
                if let Err(e) = state.store().purge_sent_mail(before).await {
                    tracing::warn!(error = %e, "delivered mail not purged");
                }
            }
            let _ = tokio::time::timeout(POLL, state.mail_wake().notified()).await;
        }
    })
}
