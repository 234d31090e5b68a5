//! Outgoing mail: SMTP in production, `.eml` files in the data directory in
//! development (so links can be followed without a mail server).

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How mail leaves.
pub enum Mailer {
    /// Each message becomes a `.eml` file in this directory.
    Files(PathBuf),
    /// An SMTP relay.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Files(dir) => f.debug_tuple("Files").field(dir).finish(),
            // The transport holds credentials.
            Mailer::Smtp(_) => f.write_str("Smtp(***)"),
        }
    }
}

/// A mail that could not be sent. It carries only the kind of failure: the
/// underlying errors quote addresses (a bad address, a relay's "550 <…>
/// unknown"), and mail errors end up in logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The message could not be built (a bad address).
    #[error("invalid message")]
    Build,
    /// The transport failed: how, in a word.
    #[error("mail transport failed: {0}")]
    Transport(&'static str),
}

/// The kind of an SMTP failure, without the server's text.
fn smtp_kind(e: &lettre::transport::smtp::Error) -> &'static str {
    if e.is_permanent() {
        "rejected permanently"
    } else if e.is_transient() {
        "rejected for now"
    } else if e.is_timeout() {
        "timed out"
    } else if e.is_tls() {
        "TLS failed"
    } else {
        "connection failed"
    }
}

impl Mailer {
    /// An SMTP mailer from a URL like `smtps://user:password@smtp.example.org:465`.
    pub fn smtp(url: &str) -> Result<Mailer, MailError> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| Mailer::Smtp(b.build()))
            .map_err(|_| MailError::Transport("invalid SMTP URL"))
    }

    /// Sends a plain-text message, with `calendar` (an iCalendar document)
    /// attached when given.
    pub async fn send(
        &self,
        from: &str,
        to: &str,
        subject: &str,
        (body, calendar): (String, Option<String>),
    ) -> Result<(), MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_: lettre::address::AddressError| MailError::Build)?;
        let to: Mailbox = to
            .parse()
            .map_err(|_: lettre::address::AddressError| MailError::Build)?;
        let builder = Message::builder().from(from).to(to).subject(subject);
        let message = match calendar {
            None => builder.body(body),
            Some(ics) => {
                let calendar_type =
                    ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                        .map_err(|_| MailError::Build)?;
                builder.multipart(
                    MultiPart::mixed()
                        .singlepart(SinglePart::plain(body))
                        .singlepart(
                            Attachment::new("invito.ics".to_owned()).body(ics, calendar_type),
                        ),
                )
            }
        }
        .map_err(|_| MailError::Build)?;
        match self {
            Mailer::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|_| MailError::Transport("mail directory not writable"))?;
                AsyncFileTransport::<Tokio1Executor>::new(dir)
                    .send(message)
                    .await
                    .map(drop)
                    .map_err(|_| MailError::Transport("mail file not written"))
            }
            Mailer::Smtp(transport) => transport
                .send(message)
                .await
                .map(drop)
                .map_err(|e| MailError::Transport(smtp_kind(&e))),
        }
    }
}

pub mod outbox;
pub(crate) mod queue;
