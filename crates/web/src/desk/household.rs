//! A person's household: the people registered at the desk they live with
//! or are family of, linked both ways (a child's parent is the parent's
//! child), found through the same search as everywhere at the desk.

use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use crocevia_domain::desk::Relation;
use crocevia_domain::identity::perm;
use uuid::Uuid;

use super::people::{PersonNotice, refuse_person};
use super::{RecordLine, names_of, person_owned};
use crate::AppState;
use crate::context::Ctx;
use crate::error::{WebError, WebResult};
use crate::form::Posted;
use crate::i18n::Tr;
use axum::body::Bytes;
use crocevia_store::act::Trail;
use crocevia_store::identity::audit::AuditEvent;

/// A household member as shown: (id, name, relation).
pub(super) async fn rows(
    state: &AppState,
    tr: Tr,
    person: Uuid,
    readable: &[Uuid],
) -> WebResult<Vec<RecordLine>> {
    let links = state.store().household(person).await?;
    let ids: Vec<Uuid> = links.iter().map(|(id, _)| *id).collect();
    let names = names_of(state, &ids, readable).await?;
    Ok(links
        .into_iter()
        .filter_map(|(id, relation)| {
            names.get(&id).map(|name| RecordLine {
                id,
                name: name.clone(),
                detail: tr.t(&format!("desk-relation-{}", relation.as_str())),
            })
        })
        .collect())
}

/// Links a registered person to this one's household, or unlinks them.
/// Both must be records the operator may change.
pub(super) async fn link(ctx: Ctx, Path(id): Path<Uuid>, body: Bytes) -> WebResult<Response> {
    let Ctx {
        state,
        operator,
        headers,
        csrf,
        ..
    } = ctx;
    let form = Posted::parse(&body);
    let other = form
        .get("other")
        .parse::<Uuid>()
        .map_err(|_| WebError::BadRequest("the person to link is not an id"))?;
    let (person, _) = person_owned(&state, &operator, id, perm::DESK_PERSON_WRITE).await?;
    let (other, _) = person_owned(&state, &operator, other, perm::DESK_PERSON_WRITE).await?;
    if person.id == other.id {
        return Err(WebError::NotFound);
    }
    // Both records' access logs show the change.
    let event = |p: Uuid| {
        crate::identity::acted(
            &operator,
            &headers,
            AuditEvent::new("desk.person.household", "person", Some(p.to_string())),
        )
    };
    let done = Trail::new(event(person.id)).and(event(other.id));
    if form.has("remove") {
        state
            .store()
            .unlink_household(person.id, other.id, &done)
            .await?;
    } else {
        let Some(relation) = Relation::parse(form.get("relation")) else {
            let notice = PersonNotice::household_refused(form.get("link_q"));
            return refuse_person((&state, &operator), (&headers, &csrf), id, form, notice).await;
        };
        state
            .store()
            .link_household(person.id, other.id, relation, &done)
            .await?;
    }
    Ok(Redirect::to(&format!("/app/desk/people/{id}?saved=1#household")).into_response())
}
