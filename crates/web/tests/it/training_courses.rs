//! A course changed and translated, on both databases: its form comes back
//! filled in and refuses bad input by field with nothing changed; its
//! title and description are translated (by the programme's coordinator or
//! a translator, never by an operator), shown to a reader of that language
//! with a notice until reviewed, exported for translators with the rest,
//! and outdated, no longer shown, when the Italian changes.

use crocevia_domain::identity::Profession;
use uuid::Uuid;

use crate::desk::{location_id, operators};
use crate::helpers::{TestApp, plain};

const SETUP: &str = "area_code=to&area_name=Torino&area_provinces=TO\
    &line_code=mediation&line_name=Il+ruolo+della+mediazione\
    &line_code=legal&line_name=Giuridico-amministrativa";

const COURSE: &str = "title=La+mediazione+in+ospedale&line=mediation&format=plenary\
    &hours=4&percent=75&description=Due+incontri+in+reparto&professions=social_worker\
    &external=Anna+Verdi";

#[tokio::test]
async fn a_course_is_changed_and_translated_and_a_new_italian_outdates_the_translation() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let trainer = &ops[&Profession::Trainer].1;
    let translator = &ops[&Profession::Translator].1;
    let front = &ops[&Profession::FrontOffice].1;
    assert_eq!(
        app.post_form("/app/training/setup", SETUP, trainer)
            .await
            .status,
        303
    );
    let r = app
        .post_form("/app/training/courses", COURSE, trainer)
        .await;
    let id: Uuid = location_id(&r, "/app/training/courses/")
        .parse()
        .expect("id");
    let edit = format!("/app/training/courses/{id}/edit");
    let shown = format!("/app/training/courses/{id}");
    // A page as `cookie`'s holder reads it, without Fluent's isolation marks.
    let read = async |path: &str, cookie: &str| {
        plain(&app.get_with(path, &[("cookie", cookie)]).await.text())
    };

    // The form comes back as the course is; only coordinators open it.
    let form = app.get_with(&edit, &[("cookie", trainer)]).await;
    assert_eq!(form.status, 200);
    let form = form.text();
    assert!(
        form.contains("value=\"La mediazione in ospedale\""),
        "{form}"
    );
    assert!(form.contains("Anna Verdi</textarea>"));
    assert!(form.contains("value=\"social_worker\" checked"));
    assert_eq!(app.get_with(&edit, &[("cookie", front)]).await.status, 403);
    assert_eq!(
        app.post_form(&edit, COURSE, front).await.status,
        403,
        "an operator changes nothing"
    );

    // Refused by field, what was typed kept, nothing changed.
    let r = app
        .post_form(
            &edit,
            &COURSE
                .replace("hours=4", "hours=lots")
                .replace("ospedale", "corsia"),
            trainer,
        )
        .await;
    assert!(r.refused_with("hours-error"), "{}", r.status);
    assert!(r.text().contains("La mediazione in corsia"));
    let stored = app.store.course(id).await.expect("read").expect("course");
    assert_eq!(stored.input.title, "La mediazione in ospedale");

    // Changed: hours, title; the trainers stay as typed.
    let changed = COURSE
        .replace("hours=4", "hours=7%2C5")
        .replace("ospedale", "ospedale+e+nei+consultori");
    let r = app.post_form(&edit, &changed, trainer).await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(
        r.header("location"),
        Some(format!("/app/training/courses/{id}?saved=1").as_str())
    );
    let stored = app.store.course(id).await.expect("read").expect("course");
    assert_eq!(
        (stored.input.title.as_str(), stored.input.minutes),
        ("La mediazione in ospedale e nei consultori", 450)
    );
    assert_eq!(stored.input.trainers.len(), 1);

    // The coordinator sees what is translated, language by language.
    let page = read(&format!("/app/training/courses/{id}?saved=1"), trainer).await;
    assert!(page.contains("Corso salvato."));
    assert!(page.contains("English</a>: mancante"), "{page}");
    assert!(page.contains(&format!("/app/translate/course/{id}/en")));

    // Translated into English by the coordinator; an operator may not.
    let translate = format!("/app/translate/course/{id}/en");
    let english = "t:title=Mediation+in+hospitals+and+family+centres\
        &t:description=Two+meetings+on+the+ward";
    assert_eq!(app.post_form(&translate, english, front).await.status, 403);
    assert_eq!(
        app.get_with(&translate, &[("cookie", trainer)])
            .await
            .status,
        200
    );
    let r = app.post_form(&translate, english, trainer).await;
    assert_eq!(r.status, 303, "{}", r.text());

    // A reader in English sees it, told it is not reviewed yet.
    let r = app
        .post_form("/app/account/language", "lang=en", front)
        .await;
    assert_eq!(r.status, 303);
    let catalogue = app
        .get_with("/app/training", &[("cookie", front)])
        .await
        .text();
    assert!(
        catalogue.contains(">Mediation in hospitals and family centres<"),
        "{catalogue}"
    );
    let course = read(&shown, front).await;
    assert!(course.contains("<h1>Mediation in hospitals and family centres</h1>"));
    assert!(course.contains("Two meetings on the ward"));
    assert!(course.contains("not been reviewed by a person"), "{course}");
    assert!(
        !course.contains("/app/translate/course/"),
        "no translators' links"
    );

    // A translator reviews it: no notice any more.
    let r = app
        .post_form(
            &translate,
            &format!("{english}&r:title=on&r:description=on"),
            translator,
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let course = read(&shown, front).await;
    assert!(!course.contains("not been reviewed"), "{course}");

    // Courses are in the translators' list and their XLIFF export.
    let overview = read("/app/translate?lang=ar", translator).await;
    assert!(overview.contains("La mediazione in ospedale e nei consultori"));
    let xliff = app
        .get_with("/app/translate/export?lang=ar", &[("cookie", translator)])
        .await
        .text();
    assert!(
        xliff.contains(&format!("original=\"course/{id}\"")),
        "{xliff}"
    );

    // The Italian changes: the English is outdated, not shown any more.
    let r = app
        .post_form(
            &edit,
            &changed.replace("consultori", "consultori+familiari"),
            trainer,
        )
        .await;
    assert_eq!(r.status, 303);
    let course = read(&shown, front).await;
    assert!(
        course
            .contains("<h1 lang=\"it\">La mediazione in ospedale e nei consultori familiari</h1>"),
        "{course}"
    );
    assert!(!course.contains("Mediation in hospitals"));
    assert!(course.contains("not yet fully translated"), "{course}");
    let page = read(&shown, trainer).await;
    assert!(page.contains("English</a>: da aggiornare"), "{page}");

    // Italian is the course's own: never written as a translation.
    assert_eq!(
        app.post_form(
            &format!("/app/translate/course/{id}/it"),
            "t:title=x",
            trainer
        )
        .await
        .status,
        404
    );
}
