//! A person's household: the people registered at the desk they live with
//! or are family of, linked both ways (a child's parent is the parent's
//! child), found through the same search as everywhere at the desk.

use uuid::Uuid;

use super::{RecordLine, names_of};
use crate::AppState;
use crate::error::WebResult;
use crate::i18n::Tr;

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
