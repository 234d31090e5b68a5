//! Needs surveys through the workspace's and the public pages, on both
//! databases: a coordinator writes a survey question by question (each
//! refusal by field, nothing written), opens it to an agency and by a
//! public link; the operators asked answer once, others are not asked; a
//! partner body answers by the link; the results count per question and
//! group, never with a name; the responses download as CSV and XLSX; a
//! course is created from a need and shows it. A Kobo-style XLSForm comes
//! in unchanged and goes back out the same; malformed ones are refused
//! with their sheet, row and column.

use calamine::Reader as _;
use crocevia_domain::identity::Profession;
use crocevia_domain::training::survey::QuestionKind;
use rust_xlsxwriter::Workbook;
use uuid::Uuid;

use crate::desk::operators;
use crate::helpers::{TestApp, TestResponse, plain};

const SETUP: &str = "area_code=to&area_name=Torino&area_provinces=TO\
    &line_code=mediation&line_name=Il+ruolo+della+mediazione\
    &line_code=legal&line_name=Giuridico-amministrativa";

fn created(r: &TestResponse) -> Uuid {
    assert_eq!(r.status, 303, "{}", r.text());
    r.header("location")
        .and_then(|l| l.split('/').nth(4))
        .and_then(|id| id.split('?').next())
        .and_then(|id| id.parse().ok())
        .expect("the new survey's id")
}

fn today(days: i64) -> String {
    (crocevia_domain::desk::calendar::rome_today() + chrono::Duration::days(days)).to_string()
}

#[tokio::test]
async fn a_coordinator_writes_and_opens_a_survey_operators_answer_once_and_results_count() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let coordinator = &ops[&Profession::Trainer].1;
    let (front_id, front) = (
        ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    let r = app
        .post_form("/app/training/setup", SETUP, coordinator)
        .await;
    assert_eq!(r.status, 303);

    // Only the programme's coordinators write surveys.
    assert_eq!(
        app.get_with("/app/training/surveys", &[("cookie", front)])
            .await
            .status,
        403
    );
    let r = app
        .post_form("/app/training/surveys", "title=&description=x", coordinator)
        .await;
    assert!(r.refused_with("Scrivi un titolo"));
    let id = created(
        &app.post_form(
            "/app/training/surveys",
            "title=Bisogni+2026&description=Per+i+corsi",
            coordinator,
        )
        .await,
    );
    let questions = format!("/app/training/surveys/{id}/questions");

    // Each refusal says what and where, and writes nothing.
    let r = app
        .post_form(
            &questions,
            "kind=single&label_it=&choices_it=Sanit%C3%A0",
            coordinator,
        )
        .await;
    assert_eq!(r.status, 422);
    let text = plain(&r.text());
    assert!(text.contains("Scrivi il testo"), "{text}");
    assert!(text.contains("Scrivi da 2 a 100 scelte"));
    let r = app
        .post_form(
            &questions,
            "kind=single&label_it=Servizio&choices_it=Sanit%C3%A0%0AScuola&label_en=Service&choices_en=Health",
            coordinator,
        )
        .await;
    assert!(plain(&r.text()).contains("Scrivi tante righe quante le scelte in italiano: 2"));
    assert!(r.text().contains("Servizio"), "what was typed stays");
    let r = app
        .post_form(
            &questions,
            "kind=text&label_it=Altro&choices_it=a%0Ab",
            coordinator,
        )
        .await;
    assert!(r.refused_with("non ha scelte"));
    let stored = app.store.survey(id).await.expect("read").expect("survey");
    assert!(stored.input.form.questions.is_empty(), "nothing written");

    // Opening a survey without questions is refused.
    let opening = format!("opens={}&closes={}&public=on", today(0), today(10));
    let r = app
        .post_form(
            &format!("/app/training/surveys/{id}/open"),
            &opening,
            coordinator,
        )
        .await;
    assert!(r.refused_with("non ha ancora domande"));

    for body in [
        "kind=single&label_it=In+quale+servizio+lavori%3F&choices_it=Sanit%C3%A0%0AScuola&label_en=Which+service%3F&choices_en=Health%0ASchool&required=on",
        "kind=multiple&label_it=Temi&choices_it=Diritto%0AMediazione%0ASalute",
        "kind=scale&label_it=Quanto+ti+serve%3F&required=on",
        // A ranking left without choices ranks the thematic lines.
        "kind=ranking&label_it=Metti+in+ordine+le+linee",
        "kind=text&label_it=Altro&hint_it=Facoltativo",
    ] {
        let r = app.post_form(&questions, body, coordinator).await;
        assert_eq!(r.status, 303, "{body}: {}", plain(&r.text()));
    }
    let stored = app.store.survey(id).await.expect("read").expect("survey");
    let form = &stored.input.form;
    assert_eq!(form.questions.len(), 5);
    assert_eq!(
        form.questions[0].choices[1]
            .label
            .get(crocevia_domain::Lang::En),
        "School"
    );
    let ranking = &form.questions[3];
    assert_eq!(ranking.kind, QuestionKind::Ranking);
    assert_eq!(
        ranking
            .choices
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["mediation", "legal"]
    );
    // Moving and removing.
    let r = app
        .post_form(&format!("{questions}/q5/up"), "", coordinator)
        .await;
    assert_eq!(r.status, 303);
    let r = app
        .post_form(&format!("{questions}/q5/remove"), "", coordinator)
        .await;
    assert_eq!(r.status, 303);
    let r = app
        .post_form(&questions, "kind=text&label_it=Altro+ancora", coordinator)
        .await;
    assert_eq!(r.status, 303);

    // Opening: refusals by field, then to the front office's agency and
    // by a public link; the operators asked are told.
    let front_agency = app.store.grants_of(front_id).await.expect("grants")[0]
        .agency
        .id;
    let open = format!("/app/training/surveys/{id}/open");
    let r = app
        .post_form(
            &open,
            &format!("opens={}&closes={}", today(3), today(1)),
            coordinator,
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(plain(&r.text()).contains("ultimo giorno viene dopo il primo"));
    let r = app
        .post_form(&open, &format!("{opening}&provinces=XX"), coordinator)
        .await;
    assert_eq!(r.status, 422);
    assert!(plain(&r.text()).contains("non è la sigla di una provincia italiana"));
    let mails = app.mails().len();
    let r = app
        .post_form(
            &open,
            &format!("{opening}&agencies={front_agency}"),
            coordinator,
        )
        .await;
    assert_eq!(r.status, 303, "{}", plain(&r.text()));
    let front_email = app
        .store
        .users()
        .await
        .expect("users")
        .into_iter()
        .find(|u| u.id == front_id)
        .expect("front office")
        .email;
    let told = app.mails_after(mails + 1).await;
    assert!(
        told.iter().any(|m| m.contains(front_email.as_str())
            && m.contains("questionario sui bisogni di formazione")),
        "the front office is told"
    );
    let survey = app.store.survey(id).await.expect("read").expect("survey");
    let token = survey.public_token.clone().expect("a public link");

    // The front office sees it waiting, answers it: refused questions say
    // why beside them, nothing kept; then once, and never twice.
    let home = app
        .get_with("/app/training", &[("cookie", front)])
        .await
        .text();
    assert!(home.contains(&format!("/app/training/surveys/{id}/answer")));
    let answer = format!("/app/training/surveys/{id}/answer");
    let page = app.get_with(&answer, &[("cookie", front)]).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("In quale servizio lavori?"));
    let r = app
        .post_form(&answer, "q.q1=c9&q.q4.mediation=1&q.q4.legal=1", front)
        .await;
    assert_eq!(r.status, 422);
    let text = plain(&r.text());
    assert!(
        text.contains("Scegli una delle opzioni proposte."),
        "{text}"
    );
    assert!(
        text.contains("Rispondi a questa domanda."),
        "the scale is required"
    );
    assert!(text.contains("Dai a ogni voce un posto diverso, da 1 a 2."));
    assert_eq!(
        app.store
            .survey(id)
            .await
            .expect("read")
            .expect("s")
            .responses,
        0
    );
    let answered = "q.q1=c2&q.q2=c1&q.q2=c3&q.q3=4&q.q4.mediation=2&q.q4.legal=1&q.q5=Lavorare+con+gli+interpreti";
    let r = app.post_form(&answer, answered, front).await;
    assert_eq!(r.status, 303, "{}", plain(&r.text()));
    let r = app.post_form(&answer, answered, front).await;
    assert_eq!(r.status, 409, "once");
    assert!(
        app.get_with(&answer, &[("cookie", front)])
            .await
            .text()
            .contains("Grazie")
    );

    // An operator of another agency is not asked.
    let elsewhere = app
        .store
        .agencies()
        .await
        .expect("agencies")
        .into_iter()
        .find(|a| a.id != front_agency)
        .expect("another agency")
        .id;
    let other = crate::access::local_operator(
        &app,
        elsewhere,
        (Profession::SocialWorker, "case_worker"),
        "altra@example.org",
    )
    .await;
    let cookie = crate::access::cookie(&app, other, true).await;
    let r = app.post_form(&answer, answered, &cookie).await;
    assert_eq!(r.status, 409);
    assert!(plain(&r.text()).contains("rivolto ad altri enti"));
    assert!(
        !app.get_with("/app/training", &[("cookie", &cookie)])
            .await
            .text()
            .contains(&answer),
        "nor shown the survey"
    );

    // A partner body by the public link: who they are, then the answers.
    let public = format!("/en/survey/{token}");
    let page = app.get(&public).await;
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("Which service?"),
        "in English where written"
    );
    assert!(page.text().contains("lang=\"it\""), "Italian where not");
    let r = app
        .post_form(
            &public,
            "agency_kind=&profession=&province=ZZ&q.q1=c1&q.q3=2",
            "",
        )
        .await;
    assert_eq!(r.status, 422);
    let text = plain(&r.text());
    assert!(text.contains("Choose the kind of organisation."), "{text}");
    assert!(text.contains("Type the abbreviation of an Italian province"));
    let r = app
        .post_form(
            &public,
            "agency_kind=school&profession=other&province=cn&q.q1=c1&q.q3=2&q.q5=%3D1%2B1",
            "",
        )
        .await;
    assert_eq!(r.status, 303, "{}", plain(&r.text()));
    assert!(app.get("/en/survey/nope").await.status == 404);

    // Questions are fixed once answered.
    let r = app
        .post_form(&questions, "kind=text&label_it=Tardi", coordinator)
        .await;
    assert!(r.refused_with("Qualcuno ha già risposto"));

    // Results: counts per question and group, texts without names.
    let results = format!("/app/training/surveys/{id}/results");
    assert_eq!(
        app.get_with(&results, &[("cookie", front)]).await.status,
        403
    );
    let page = app.get_with(&results, &[("cookie", coordinator)]).await;
    assert_eq!(page.status, 200);
    let text = plain(&page.text());
    assert!(text.contains("Hanno risposto 2 persone."), "{text}");
    assert!(text.contains("Lavorare con gli interpreti"));
    let front_name = app.store.display_names(&[front_id]).await.expect("names")[&front_id].clone();
    assert!(!text.contains(&front_name), "never a name");
    assert!(text.contains("Cuneo"), "grouped by province");
    let by_profession = app
        .get_with(
            &format!("{results}?by=profession&province=004"),
            &[("cookie", coordinator)],
        )
        .await;
    let text = plain(&by_profession.text());
    assert!(
        text.contains("Ha risposto 1 persona."),
        "filtered to Cuneo: {text}"
    );
    assert!(text.contains("altra professione"));

    // Downloads: one line per response, a formula written as text.
    let csv = app
        .get_with(
            &format!("/app/training/surveys/{id}/responses.csv"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(csv.status, 200);
    let csv = csv.text();
    assert!(
        csv.contains("submitted_on,agency_kind,profession,province,q1,q2,q3,q4,q5"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.contains("legal mediation"), "the ranking in order");
    assert!(csv.contains("'=1+1") && !csv.contains(",=1+1"));
    assert!(!csv.contains(&front_name));
    let xlsx = app
        .get_with(
            &format!("/app/training/surveys/{id}/responses.xlsx"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(xlsx.status, 200);
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(std::io::Cursor::new(xlsx.bytes.clone())).expect("an xlsx");
    let sheet = book.worksheet_range("responses").expect("responses");
    assert_eq!(sheet.height(), 3);

    // A course from a need: the form says which, the course page shows it.
    let r = app
        .get_with(
            &format!("/app/training/courses/new?survey={id}&question=q4&choice=legal"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(r.status, 200);
    let text = plain(&r.text());
    assert!(text.contains("Il corso risponderà a questo bisogno: Bisogni 2026: Metti in ordine le linee — Giuridico-amministrativa"), "{text}");
    let r = app
        .get_with(
            &format!("/app/training/courses/new?survey={id}&question=q9"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(r.status, 400);
    let course = format!(
        "title=Diritto+dell%27immigrazione&line=legal&format=plenary&hours=6&percent=75\
         &need_survey={id}&need_question=q4&need_choice=legal"
    );
    let r = app
        .post_form("/app/training/courses", &course, coordinator)
        .await;
    assert_eq!(r.status, 303, "{}", plain(&r.text()));
    let course_page = r.header("location").expect("the course").to_owned();
    let page = plain(
        &app.get_with(&course_page, &[("cookie", front)])
            .await
            .text(),
    );
    assert!(page.contains("Bisogni a cui risponde"));
    assert!(page.contains("Metti in ordine le linee — Giuridico-amministrativa"));

    // Closing: the public link says so.
    let r = app
        .post_form(
            &format!("/app/training/surveys/{id}/close"),
            "",
            coordinator,
        )
        .await;
    assert_eq!(r.status, 303);
    let r = app.get(&public).await;
    assert_eq!(r.status, 410);
    assert!(plain(&r.text()).contains("This survey is not taking answers now."));
}

/// A Kobo-style XLSForm: metadata, a group, a note, Italian and English
/// labels and a language this installation does not serve.
fn kobo(survey: &[&[&str]], choices: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in [
        ("survey", survey),
        ("choices", choices),
        (
            "settings",
            &[
                &["form_title", "form_id", "default_language"][..],
                &["Bisogni formativi Kobo", "bisogni", "Italiano (it)"],
            ][..],
        ),
    ] {
        if rows.is_empty() {
            continue;
        }
        let sheet = book.add_worksheet();
        sheet.set_name(name).expect("name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).expect("cell");
            }
        }
    }
    book.save_to_buffer().expect("xlsx")
}

const SURVEY: &[&[&str]] = &[
    &[
        "type",
        "name",
        "label::Italiano (it)",
        "label::English (en)",
        "label::Deutsch (de)",
        "hint::Italiano (it)",
        "required",
        "parameters",
    ],
    &["start", "start", "", "", "", "", "", ""],
    &["end", "end", "", "", "", "", "", ""],
    &[
        "begin_group",
        "about",
        "Chi sei",
        "About you",
        "",
        "",
        "",
        "",
    ],
    &[
        "select_one kind",
        "kind",
        "In quale servizio lavori?",
        "Which service do you work in?",
        "Wo arbeiten Sie?",
        "",
        "yes",
        "",
    ],
    &["end_group", "", "", "", "", "", "", ""],
    &[
        "select_multiple lines",
        "topics",
        "Temi",
        "Topics",
        "",
        "Anche più di uno",
        "",
        "",
    ],
    &[
        "range",
        "need",
        "Quanto ti serve?",
        "How much do you need it?",
        "",
        "",
        "yes",
        "start=1 end=5 step=1",
    ],
    &[
        "rank lines",
        "order",
        "Metti in ordine",
        "Put in order",
        "",
        "",
        "",
        "",
    ],
    &["note", "thanks", "Grazie", "Thanks", "", "", "", ""],
    &["text", "other", "Altro", "Anything else", "", "", "", ""],
];

const CHOICES: &[&[&str]] = &[
    &[
        "list_name",
        "name",
        "label::Italiano (it)",
        "label::English (en)",
    ],
    &["kind", "health", "Sanità", "Health"],
    &["kind", "school", "Scuola", "School"],
    &["lines", "legal", "Giuridica", "Legal"],
    &["lines", "mediation", "Mediazione", "Mediation"],
];

async fn import(app: &TestApp, bytes: &[u8], cookie: &str) -> TestResponse {
    let mut body = b"--b7\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bisogni.xlsx\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n".to_vec();
    body.extend_from_slice(bytes);
    body.extend_from_slice(b"\r\n--b7--\r\n");
    app.post_multipart(
        "/app/training/surveys/import",
        "multipart/form-data; boundary=b7",
        body,
        cookie,
    )
    .await
}

#[tokio::test]
async fn a_kobo_xlsform_comes_in_unchanged_goes_out_the_same_and_a_malformed_one_says_where() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let coordinator = &ops[&Profession::Trainer].1;
    let front = &ops[&Profession::FrontOffice].1;

    // Only coordinators import.
    let r = import(&app, &kobo(SURVEY, CHOICES), front).await;
    assert_eq!(r.status, 403);

    // Malformed workbooks: refused where they are wrong, nothing written.
    let mut unknown: Vec<&[&str]> = SURVEY.to_vec();
    unknown[6] = &["geopoint", "where", "Dove", "", "", "", "", ""];
    let r = import(&app, &kobo(&unknown, CHOICES), coordinator).await;
    assert_eq!(r.status, 422);
    let text = plain(&r.text());
    assert!(
        text.contains("Foglio «survey», riga 7, colonna A (type): il tipo di domanda «geopoint» non è tra quelli accettati"),
        "{text}"
    );
    let r = import(&app, &kobo(SURVEY, &CHOICES[..3]), coordinator).await;
    let text = plain(&r.text());
    assert!(
        text.contains("Foglio «survey», riga 7, colonna A (type): l&#39;elenco di scelte «lines» non è nel foglio «choices»."),
        "{text}"
    );
    let mut wrong_sheet = Workbook::new();
    wrong_sheet
        .add_worksheet()
        .set_name("Foglio1")
        .expect("name")
        .write_string(0, 0, "type")
        .expect("cell");
    let r = import(
        &app,
        &wrong_sheet.save_to_buffer().expect("xlsx"),
        coordinator,
    )
    .await;
    let text = plain(&r.text());
    assert!(
        text.contains("Foglio «survey»: manca il foglio «survey» (il file ha: Foglio1)."),
        "{text}"
    );
    let r = import(&app, b"type,name\ntext,other\n", coordinator).await;
    assert!(r.refused_with("non è un foglio di calcolo .xlsx leggibile"));
    assert!(
        app.store.surveys().await.expect("surveys").is_empty(),
        "nothing written"
    );

    // The Kobo form comes in: metadata, groups and notes passed over, the
    // German column left out and said so.
    let r = import(&app, &kobo(SURVEY, CHOICES), coordinator).await;
    let id = created(&r);
    assert!(
        r.header("location")
            .expect("location")
            .contains("skipped=1")
    );
    let survey = app.store.survey(id).await.expect("read").expect("survey");
    assert_eq!(survey.input.title, "Bisogni formativi Kobo");
    let form = &survey.input.form;
    let names: Vec<&str> = form.questions.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["kind", "topics", "need", "order", "other"]);
    assert!(form.questions[0].required);
    assert_eq!(
        form.questions[0].label.get(crocevia_domain::Lang::En),
        "Which service do you work in?"
    );
    assert_eq!(
        form.questions[1].hint.get(crocevia_domain::Lang::It),
        "Anche più di uno"
    );
    assert_eq!(form.questions[2].kind, QuestionKind::Scale);
    assert_eq!(form.questions[3].kind, QuestionKind::Ranking);
    let page = app
        .get_with(
            &format!("/app/training/surveys/{id}?imported=1&skipped=1"),
            &[("cookie", coordinator)],
        )
        .await;
    assert!(plain(&page.text()).contains(
        "Una colonna in una lingua che questa installazione non usa è stata tralasciata."
    ));

    // Out again as XLSForm, and back in: the same questions.
    let out = app
        .get_with(
            &format!("/app/training/surveys/{id}/xlsform.xlsx"),
            &[("cookie", coordinator)],
        )
        .await;
    assert_eq!(out.status, 200);
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(std::io::Cursor::new(out.bytes.clone())).expect("an xlsx");
    let header: Vec<String> = book
        .worksheet_range("survey")
        .expect("survey sheet")
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        header.contains(&"label::Italiano (it)".to_owned()),
        "{header:?}"
    );
    assert!(header.contains(&"label::English (en)".to_owned()));
    let again = created(&import(&app, &out.bytes, coordinator).await);
    let back = app
        .store
        .survey(again)
        .await
        .expect("read")
        .expect("survey");
    assert_eq!(back.input.form, survey.input.form);
    assert_eq!(back.input.title, survey.input.title);
}
