//! Operators' notifications in the workspace (`/app/notifications`, with
//! the unread count in the header); a use case writes them with its change
//! ([`crocevia_store::act::Trail::notify`]) and the mail outbox mails them.
//! A notification names what happened and links to it, never the person it
//! is about: mail leaves the system, and the link opens only for those
//! allowed.

use askama::Template;
use axum::response::Response;

use crate::context::Ctx;
use crate::error::{WebResult, render_html};
use crate::identity::AppChrome;

struct Row {
    text: String,
    at: String,
    href: String,
    unread: bool,
}

#[derive(Template)]
#[template(path = "app_notifications.html")]
struct NotificationsPage {
    app: AppChrome,
    rows: Vec<Row>,
}

/// The operator's latest notifications; opening the page reads them.
pub(crate) async fn page(ctx: Ctx) -> WebResult<Response> {
    let (state, operator, tr) = (&ctx.state, &ctx.operator, ctx.tr);
    let rows = state
        .store()
        .notifications(operator.user.id, 100)
        .await?
        .into_iter()
        .map(|n| Row {
            text: tr.t(&format!("notify-{}", n.kind.replace('.', "-"))),
            at: crate::desk::local_time(n.created_at),
            href: crate::mail::outbox::object_link(&n.object_type, n.object_id),
            unread: n.read_at.is_none(),
        })
        .collect();
    state
        .store()
        .mark_notifications_read(operator.user.id)
        .await?;
    let app = ctx.chrome("notifications-title").await?;
    Ok(render_html(&NotificationsPage { app, rows }))
}
