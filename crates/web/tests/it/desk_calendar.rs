//! Running a desk around a person, end to end: appointments from a
//! person's page and the calendar, outreach desks, the private calendar
//! feed, the household and editing a person.

use chrono::{Datelike, Duration};
use crocevia_domain::desk::calendar::rome_today;
use crocevia_domain::identity::Profession;

use crate::desk::{location_id, operators};
use crate::helpers::{TestApp, plain, redirected_with};

#[tokio::test]
async fn appointments_outreach_feed_household_and_editing() {
    let app = TestApp::spawn().await;
    let ops = operators(&app).await;
    let (front_id, front) = (
        &ops[&Profession::FrontOffice].0,
        &ops[&Profession::FrontOffice].1,
    );
    let health_elsewhere = &ops[&Profession::HealthOperator].1;
    let today = rome_today();

    // An outreach desk held today's weekday, every week.
    let weekday = today.weekday().number_from_monday();
    let from = today - Duration::days(7);
    let r = app
        .post_form(
            "/app/desk/outreach",
            &format!("name=Sportello+scuola+Manzoni&place=Scuola+Manzoni&weekday={weekday}&starts=14:00&ends=12:00&from={from}"),
            front,
        )
        .await;
    assert!(
        r.refused_with("la chiusura dopo l"),
        "closing before opening is refused"
    );
    assert!(r.text().contains("value=\"Sportello scuola Manzoni\""));
    let r = app
        .post_form(
            "/app/desk/outreach",
            &format!("name=Sportello+scuola+Manzoni&place=Scuola+Manzoni&weekday={weekday}&starts=09:00&ends=12:00&from={from}"),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let outreach = app
        .get_with("/app/desk/outreach", &[("cookie", front)])
        .await;
    assert_eq!(outreach.status, 200);
    let outreach = plain(&outreach.text());
    assert!(outreach.contains("Sportello scuola Manzoni") && outreach.contains("09:00"));
    let outreach_id = outreach
        .split("/app/desk/outreach/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("an outreach desk")
        .to_owned();
    let week = plain(
        &app.get_with("/app/desk/calendar?who=desk", &[("cookie", front)])
            .await
            .text(),
    );
    assert!(week.contains("Sportello scuola Manzoni") && week.contains("09:00–12:00"));

    // A visit registered at the outreach desk.
    let r = app
        .post_form(
            "/app/desk/people",
            "given_name=Omar&family_name=Haddad&birth=1985",
            front,
        )
        .await;
    let person = location_id(&r, "/app/desk/people/");
    let r = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            &format!("reason=permit&outcome=information&outreach={outreach_id}"),
            front,
        )
        .await;
    assert!(redirected_with(&r, "visit=1"));
    let visits = app
        .store
        .visits_of(person.parse().expect("uuid"), 5)
        .await
        .expect("visits");
    assert_eq!(
        visits[0].input.outreach_id.map(|o| o.to_string()),
        Some(outreach_id.clone())
    );
    assert_eq!(visits[0].input.channel.as_str(), "outreach");
    let bogus = app
        .post_form(
            &format!("/app/desk/people/{person}/visits"),
            &format!("reason=permit&outreach={}", uuid::Uuid::now_v7()),
            front,
        )
        .await;
    assert!(bogus.refused_with("Scegli uno dei valori proposti."));
    assert!(
        bogus.text().contains("value=\"permit\" checked"),
        "the reason ticked stays"
    );

    // Appointments: booked from the person's page, errors named.
    for (form, error) in [
        (
            format!("day={today}&time=25:00&purpose=Rinnovo+permesso"),
            "una durata tra 5 e 480 minuti",
        ),
        (
            format!("day={today}&time=10:00&minutes=2&purpose=Rinnovo+permesso"),
            "una durata tra 5 e 480 minuti",
        ),
        (
            format!("day={today}&time=10:00&purpose=+"),
            "Indica il motivo dell",
        ),
    ] {
        let r = app
            .post_form(
                "/app/desk/appointments",
                &format!("person={person}&{form}"),
                front,
            )
            .await;
        assert!(r.refused_with(error), "{form}: {}", r.status);
        if form.contains("Rinnovo") {
            assert!(r.text().contains("value=\"Rinnovo permesso\""), "{form}");
        }
    }
    // From the desk's calendar (no person): the calendar again.
    let r = app
        .post_form(
            "/app/desk/appointments",
            &format!("day={today}&time=7&purpose=Riunione+di+equipe"),
            front,
        )
        .await;
    assert!(r.refused_with("una durata tra 5 e 480 minuti"));
    assert!(r.text().contains("value=\"Riunione di equipe\""));
    let r = app
        .post_form(
            "/app/desk/appointments",
            &format!(
                "person={person}&day={today}&time=10:00&minutes=45&operator={front_id}&purpose=Rinnovo+permesso"
            ),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    assert!(r.header("location").is_some_and(|l| l.contains(&person)));
    let page = plain(
        &app.get_with(&format!("/app/desk/people/{person}"), &[("cookie", front)])
            .await
            .text(),
    );
    assert!(page.contains("Rinnovo permesso") && page.contains("10:00"));
    let dash = plain(&app.get_with("/app/desk", &[("cookie", front)]).await.text());
    assert!(dash.contains("Rinnovo permesso") && dash.contains("Omar Haddad"));
    let mine = plain(
        &app.get_with("/app/desk/calendar", &[("cookie", front)])
            .await
            .text(),
    );
    assert!(mine.contains("Rinnovo permesso"));
    let appointment = mine
        .split("/app/desk/appointments/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("an appointment")
        .to_owned();
    // Another agency cannot touch it.
    let r = app
        .post_form(
            &format!("/app/desk/appointments/{appointment}/status"),
            "status=cancelled",
            health_elsewhere,
        )
        .await;
    assert!(r.status == 403 || r.status == 404, "{}", r.status);

    // The private feed: time and place, never the purpose nor the person's
    // name.
    let issued = plain(
        &app.post_form("/app/desk/calendar/feed", "", front)
            .await
            .text(),
    );
    let token = issued
        .split("/calendar/")
        .nth(1)
        .and_then(|s| s.split(".ics").next())
        .expect("the feed address")
        .to_owned();
    let feed = app.get(&format!("/calendar/{token}.ics")).await;
    assert_eq!(feed.status, 200);
    assert!(
        feed.header("content-type")
            .is_some_and(|c| c.starts_with("text/calendar"))
    );
    let ics = feed.text();
    assert!(ics.contains("SUMMARY:Appuntamento"));
    assert!(!ics.contains("Rinnovo"), "the purpose stays home");
    assert!(ics.contains(&format!(
        "DTSTART;TZID=Europe/Rome:{}T100000",
        today.format("%Y%m%d")
    )));
    assert!(ics.contains(&format!(
        "DTEND;TZID=Europe/Rome:{}T104500",
        today.format("%Y%m%d")
    )));
    assert!(!ics.contains("Haddad") && !ics.contains("Omar"));
    let r = app
        .post_form(
            &format!("/app/desk/appointments/{appointment}/status"),
            "status=cancelled",
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    assert!(
        app.get(&format!("/calendar/{token}.ics"))
            .await
            .text()
            .contains("STATUS:CANCELLED")
    );
    // A new address retires the old one; stopping retires both.
    let renewed = plain(
        &app.post_form("/app/desk/calendar/feed", "", front)
            .await
            .text(),
    );
    let token2 = renewed
        .split("/calendar/")
        .nth(1)
        .and_then(|s| s.split(".ics").next())
        .expect("the feed address")
        .to_owned();
    assert_ne!(token, token2);
    assert_eq!(app.get(&format!("/calendar/{token}.ics")).await.status, 404);
    assert_eq!(
        app.get(&format!("/calendar/{token2}.ics")).await.status,
        200
    );
    app.post_form("/app/desk/calendar/feed/revoke", "", front)
        .await;
    assert_eq!(
        app.get(&format!("/calendar/{token2}.ics")).await.status,
        404
    );
    assert_eq!(app.get("/calendar/nonsense.ics").await.status, 404);

    // The household: found with the desk's search, linked both ways.
    let r = app
        .post_form(
            "/app/desk/people",
            "given_name=Amina&family_name=Haddad&birth=2015&cf=",
            front,
        )
        .await;
    let child = location_id(&r, "/app/desk/people/");
    let found = app
        .get_with(
            &format!("/app/desk/people/{person}?link_q=Amina+Hadad"),
            &[("cookie", front)],
        )
        .await
        .text();
    assert!(found.contains(&format!("name=\"other\" value=\"{child}\"")));
    let r = app
        .post_form(
            &format!("/app/desk/people/{person}/household"),
            &format!("other={child}&relation=child"),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    let child_page = plain(
        &app.get_with(&format!("/app/desk/people/{child}"), &[("cookie", front)])
            .await
            .text(),
    );
    assert!(child_page.contains("Omar Haddad") && child_page.contains("genitore"));
    let r = app
        .post_form(
            &format!("/app/desk/people/{person}/household"),
            &format!("other={child}&relation=cousin"),
            front,
        )
        .await;
    assert!(r.refused_with("Scegli uno dei valori proposti."));
    let r = app
        .post_form(
            &format!("/app/desk/people/{child}/household"),
            &format!("other={person}&remove=1"),
            front,
        )
        .await;
    assert!(redirected_with(&r, "saved=1"));
    assert!(
        app.store
            .household(person.parse().expect("uuid"))
            .await
            .expect("household")
            .is_empty()
    );

    // Editing: prefilled, errors on the field, identifiers never shared.
    let form = app
        .get_with(
            &format!("/app/desk/people/{person}/edit"),
            &[("cookie", front)],
        )
        .await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("value=\"Haddad\""));
    let r = app
        .post_form(
            &format!("/app/desk/people/{child}"),
            "given_name=Amina&family_name=Haddad&birth=2015&cf=BNLMMD90E17Z330E",
            front,
        )
        .await;
    assert!(redirected_with(&r, "updated=1"), "{}", r.text());
    let taken = app
        .post_form(
            &format!("/app/desk/people/{person}"),
            "given_name=Omar&family_name=Haddad&cf=BNLMMD90E17Z330E",
            front,
        )
        .await;
    assert_eq!(taken.status, 422);
    assert!(
        taken
            .text()
            .contains("Questo identificativo appartiene già a una persona registrata.")
    );
    let bad = app
        .post_form(
            &format!("/app/desk/people/{person}"),
            "given_name=&family_name=Haddad",
            front,
        )
        .await;
    assert_eq!(bad.status, 422);
    let r = app
        .post_form(
            &format!("/app/desk/people/{person}"),
            "given_name=Omar&family_name=Al+Haddad&birth=1985&aliases=Omar+Hadad",
            front,
        )
        .await;
    assert!(redirected_with(&r, "updated=1"));
    let search = app
        .post_form("/app/desk/search", "q=Omar+Al-Haddad+1985", front)
        .await
        .text();
    assert!(search.contains(&format!("/app/desk/people/{person}")));
    let elsewhere = app
        .get_with(
            &format!("/app/desk/people/{person}/edit"),
            &[("cookie", health_elsewhere)],
        )
        .await;
    assert_eq!(elsewhere.status, 404);
    // The calendar pages render for every week asked, even nonsense.
    let odd = app
        .get_with("/app/desk/calendar?week=nonsense", &[("cookie", front)])
        .await;
    assert_eq!(odd.status, 200);
}
