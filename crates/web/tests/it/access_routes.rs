//! The access matrix's table: every protected page, form and API route,
//! with who may call it and what the others get (`access.rs` runs it for
//! every demo role).

use crocevia_domain::identity::Profession;

/// One protected route: what the allowed professions get (others get `denied`).
pub(crate) struct Route {
    pub(crate) post: Option<&'static str>,
    pub(crate) path: String,
    pub(crate) allowed: &'static [Profession],
    pub(crate) ok: u16,
    pub(crate) denied: u16,
    /// What an editor scoped to Comune di Torino gets, when not what the
    /// network's editor gets (or `denied`, where editors are not allowed).
    pub(crate) local: Option<u16>,
}

impl Route {
    /// What the editor of Comune di Torino gets instead.
    pub(crate) fn local(mut self, status: u16) -> Route {
        self.local = Some(status);
        self
    }
}

pub(crate) fn route(
    post: Option<&'static str>,
    path: String,
    allowed: &'static [Profession],
    ok: u16,
) -> Route {
    Route {
        post,
        path,
        allowed,
        ok,
        denied: 403,
        local: None,
    }
}

/// Every protected page, form and API route, with ids of real and missing
/// objects, and bodies that are refused by validation so nothing changes
/// between cases.
pub(crate) fn routes(torino: uuid::Uuid, front: uuid::Uuid) -> Vec<Route> {
    const ADMIN: &[Profession] = &[Profession::Administrator];
    const ALL: &[Profession] = &Profession::ALL;
    const EDITOR: &[Profession] = &[Profession::Editor];
    const TRANSLATOR: &[Profession] = &[Profession::Translator];
    const TRAINER: &[Profession] = &[Profession::Trainer];
    const TRAINER_OR_TRANSLATOR: &[Profession] = &[Profession::Trainer, Profession::Translator];
    const MONITOR: &[Profession] = &[Profession::Coordinator, Profession::Analyst];
    let missing = uuid::Uuid::now_v7();
    vec![
        route(
            None,
            format!("/app/training/sessions/{missing}/checkin"),
            TRAINER,
            404,
        ),
        route(None, "/app/training/checkin".into(), ALL, 200),
        route(
            Some("session=x&code=y"),
            "/app/training/checkin".into(),
            ALL,
            422,
        ),
        route(None, "/app/training".into(), ALL, 200),
        route(None, "/app/training/surveys".into(), TRAINER, 200),
        route(Some("title="), "/app/training/surveys".into(), TRAINER, 422),
        route(
            Some("file"),
            "/app/training/surveys/import".into(),
            TRAINER,
            422,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}"),
            TRAINER,
            404,
        ),
        route(
            Some("kind="),
            format!("/app/training/surveys/{missing}/questions"),
            TRAINER,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/surveys/{missing}/questions/q1/remove"),
            TRAINER,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/surveys/{missing}/questions/q1/up"),
            TRAINER,
            404,
        ),
        route(
            Some("opens="),
            format!("/app/training/surveys/{missing}/open"),
            TRAINER,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/surveys/{missing}/close"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}/answer"),
            ALL,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/surveys/{missing}/answer"),
            ALL,
            404,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}/results"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}/responses.csv"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}/responses.xlsx"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/surveys/{missing}/xlsform.xlsx"),
            TRAINER,
            404,
        ),
        route(None, "/app/training/mine".into(), ALL, 200),
        route(None, "/app/training/totals".into(), MONITOR, 200),
        route(
            None,
            "/app/training/agency".into(),
            &[Profession::Coordinator],
            200,
        ),
        route(
            Some("user="),
            format!("/app/training/editions/{missing}/enrol-for"),
            ALL,
            404,
        ),
        route(None, "/app/training/setup".into(), TRAINER, 200),
        route(
            Some("area_code=Bad!"),
            "/app/training/setup".into(),
            TRAINER,
            422,
        ),
        route(None, "/app/training/courses/new".into(), TRAINER, 200),
        route(Some("title="), "/app/training/courses".into(), TRAINER, 422),
        route(None, format!("/app/training/courses/{missing}"), ALL, 404),
        route(
            None,
            format!("/app/training/courses/{missing}/edit"),
            TRAINER,
            404,
        ),
        route(
            Some("title="),
            format!("/app/training/courses/{missing}/edit"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/translate/course/{missing}/en"),
            TRAINER_OR_TRANSLATOR,
            404,
        ),
        route(
            Some("t:title=x"),
            format!("/app/translate/course/{missing}/en"),
            TRAINER_OR_TRANSLATOR,
            404,
        ),
        route(
            Some("area="),
            format!("/app/training/courses/{missing}/editions"),
            TRAINER,
            404,
        ),
        route(None, format!("/app/training/editions/{missing}"), ALL, 404),
        route(
            Some(""),
            format!("/app/training/editions/{missing}/enrol"),
            ALL,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/editions/{missing}/cancel"),
            ALL,
            404,
        ),
        route(
            Some("session_day="),
            format!("/app/training/editions/{missing}/sessions"),
            TRAINER,
            404,
        ),
        route(
            Some(""),
            format!("/app/training/editions/{missing}/completion"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/sessions/{missing}"),
            TRAINER,
            404,
        ),
        route(
            Some("mark-x=present"),
            format!("/app/training/sessions/{missing}"),
            TRAINER,
            404,
        ),
        route(
            None,
            format!("/app/training/certificates/{missing}/pdf"),
            ALL,
            404,
        ),
        route(
            None,
            format!("/app/training/certificates/{missing}/badge.jwt"),
            ALL,
            404,
        ),
        route(
            None,
            format!("/app/training/editions/{missing}/calendar.ics"),
            ALL,
            404,
        ),
        route(None, "/app/directory".into(), EDITOR, 200),
        route(None, "/app/directory/services/new".into(), EDITOR, 200),
        route(
            Some("name="),
            "/app/directory/services/new".into(),
            EDITOR,
            422,
        ),
        route(
            None,
            format!("/app/directory/services/{missing}"),
            EDITOR,
            404,
        ),
        route(
            Some(""),
            format!("/app/directory/services/{missing}/verify"),
            EDITOR,
            404,
        ),
        route(None, "/app/translate".into(), TRANSLATOR, 200).local(403),
        route(
            None,
            "/app/translate/export?lang=ar".into(),
            TRANSLATOR,
            200,
        )
        .local(403),
        route(Some(""), "/app/translate/import".into(), TRANSLATOR, 422).local(403),
        route(
            None,
            format!("/app/translate/guide/{missing}/ar"),
            TRANSLATOR,
            404,
        )
        .local(403),
        route(
            Some("t:title=x"),
            format!("/app/translate/concept/{missing}/ar"),
            TRANSLATOR,
            404,
        )
        .local(403),
        route(None, "/app/glossary".into(), EDITOR, 200).local(403),
        route(Some("slug="), "/app/glossary/new".into(), EDITOR, 422).local(403),
        route(None, format!("/app/glossary/{missing}"), EDITOR, 404).local(403),
        route(None, "/app/guides".into(), EDITOR, 200).local(403),
        route(None, "/app/guides/new".into(), EDITOR, 200).local(403),
        route(Some("slug="), "/app/guides/new".into(), EDITOR, 422).local(403),
        route(None, format!("/app/guides/{missing}"), EDITOR, 404).local(403),
        route(
            Some("to=published"),
            format!("/app/guides/{missing}/status"),
            EDITOR,
            404,
        )
        .local(403),
        route(
            None,
            format!("/app/guides/{missing}/revisions"),
            EDITOR,
            404,
        )
        .local(403),
        route(
            Some(""),
            format!("/app/guides/{missing}/revisions/1/restore"),
            EDITOR,
            404,
        )
        .local(403),
        route(None, "/app/directory/organizations".into(), EDITOR, 200),
        route(None, "/app/directory/organizations/new".into(), EDITOR, 200),
        route(
            Some("name="),
            "/app/directory/organizations/new".into(),
            EDITOR,
            422,
        ),
        route(
            Some("name="),
            format!("/app/directory/organizations/{missing}"),
            EDITOR,
            404,
        ),
        route(
            None,
            format!("/app/directory/organizations/{missing}/locations/new"),
            EDITOR,
            404,
        ),
        route(
            Some("city="),
            format!("/app/directory/locations/{missing}"),
            EDITOR,
            404,
        ),
        route(None, "/app/".into(), ALL, 200),
        route(None, "/app/account/sessions".into(), ALL, 200),
        route(Some("lang=xx"), "/app/account/language".into(), ALL, 422),
        route(
            Some("id=nope"),
            "/app/account/sessions/revoke".into(),
            ALL,
            404,
        ),
        route(None, "/app/admin/agencies".into(), ADMIN, 200),
        route(None, format!("/app/admin/agencies/{torino}"), ADMIN, 200),
        route(None, format!("/app/admin/agencies/{missing}"), ADMIN, 404),
        route(Some("name="), "/app/admin/agencies".into(), ADMIN, 422),
        route(
            Some("name="),
            format!("/app/admin/agencies/{torino}"),
            ADMIN,
            422,
        ),
        route(
            Some("active=true"),
            format!("/app/admin/agencies/{missing}/active"),
            ADMIN,
            404,
        ),
        route(None, "/app/admin/users".into(), ADMIN, 200),
        route(None, format!("/app/admin/users/{front}"), ADMIN, 200),
        route(None, format!("/app/admin/users/{missing}"), ADMIN, 404),
        route(Some("email="), "/app/admin/users/invite".into(), ADMIN, 422),
        route(
            Some("role="),
            format!("/app/admin/users/{front}/grants"),
            ADMIN,
            422,
        ),
        route(
            Some(""),
            format!("/app/admin/users/{front}/grants/{missing}/delete"),
            ADMIN,
            404,
        ),
        route(
            Some(""),
            format!("/app/admin/users/{front}/requests/{missing}/approve"),
            ADMIN,
            404,
        ),
        route(
            Some(""),
            format!("/app/admin/users/{front}/requests/{missing}/reject"),
            ADMIN,
            404,
        ),
        route(
            Some(""),
            format!("/app/admin/users/{front}/reinvite"),
            ADMIN,
            404,
        ),
        route(
            Some(""),
            format!("/app/admin/users/{missing}/revoke-sessions"),
            ADMIN,
            404,
        ),
        route(None, "/app/admin/roles".into(), ADMIN, 200),
        route(None, format!("/app/admin/roles/{missing}"), ADMIN, 404),
        route(Some("name="), "/app/admin/roles".into(), ADMIN, 422),
        route(
            Some("name="),
            format!("/app/admin/roles/{missing}"),
            ADMIN,
            404,
        ),
        route(
            Some(""),
            format!("/app/admin/roles/{missing}/delete"),
            ADMIN,
            404,
        ),
        route(None, "/app/admin/audit".into(), ADMIN, 200),
        route(None, "/api/v1/me".into(), ALL, 200),
        route(None, "/api/v1/admin/users".into(), ADMIN, 200),
        route(None, format!("/api/v1/admin/users/{front}"), ADMIN, 200),
        route(None, format!("/api/v1/admin/users/{missing}"), ADMIN, 404),
        route(None, "/api/v1/admin/agencies".into(), ADMIN, 200),
        route(None, format!("/api/v1/admin/agencies/{torino}"), ADMIN, 200),
        route(
            None,
            format!("/api/v1/admin/agencies/{missing}"),
            ADMIN,
            404,
        ),
    ]
}
