//! The demonstration programme: SOFIA2's areas in Piemonte and SOG.NI's in
//! Liguria, the four thematic lines, ten courses, editions past (attended,
//! certified), open for enrolment and planned, written through the same use
//! cases as the workspace. Loaded once: nothing is added when a course
//! exists. Demo data is nobody's action: like the other demo loaders it
//! leaves the audit log alone (`crocevia audit verify` counts on it).

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use crocevia_domain::identity::Profession;
use crocevia_domain::training::completion::Condition;
use crocevia_domain::training::survey::{
    Answer, Audience, Choice, Question, QuestionKind, SurveyForm, Texts,
};
use crocevia_domain::training::{Attendance, CourseFormat};

use super::attendance::Mark;
use super::surveys::{Opening, Respondent, SurveyInput, Via};
use super::{Area, CourseInput, EditionInput, Line, Need, Project, SessionInput, Trainer, Venue};
use crate::act::Trail;
use crate::guides::NewText;
use crate::{Store, StoreResult};

/// Areas: code, name, ISTAT province codes.
const AREAS: [(&str, &str, &[&str]); 9] = [
    ("to", "Torino", &["001"]),
    ("cn", "Cuneo", &["004"]),
    ("at-al", "Asti e Alessandria", &["005", "006"]),
    ("no-vco", "Novara e Verbano-Cusio-Ossola", &["003", "103"]),
    ("bi-vc", "Biella e Vercelli", &["096", "002"]),
    ("imperiese", "Conferenza dei sindaci imperiese", &["008"]),
    ("savonese", "Conferenza dei sindaci savonese", &["009"]),
    ("genovese", "Conferenza dei sindaci genovese", &["010"]),
    ("spezzino", "Conferenza dei sindaci spezzina", &["011"]),
];

/// The two projects (code, name, operators to train, funding statement):
/// SOFIA2 runs the Piemonte areas, SOG.NI the Liguria ones.
const PROJECTS: [(&str, &str, u32, &str); 2] = [
    (
        "sofia2",
        "SOFIA2",
        800,
        "Progetto SOFIA2 cofinanziato dall'Unione europea – Fondo Asilo, Migrazione e Integrazione 2021-2027",
    ),
    (
        "sog-ni",
        "SOG.NI",
        300,
        "Progetto SOG.NI cofinanziato dall'Unione europea – Fondo Asilo, Migrazione e Integrazione 2021-2027",
    ),
];

/// The project an area's editions are delivered under.
fn project_of_area(area: &str) -> &'static str {
    let liguria = ["imperiese", "savonese", "genovese", "spezzino"];
    PROJECTS[usize::from(liguria.contains(&area))].0
}

const LINES: [(&str, &str); 4] = [
    ("socio-anthropological", "Socio-antropologica"),
    ("mediation", "Il ruolo della mediazione"),
    ("legal-administrative", "Giuridico-amministrativa"),
    ("transcultural", "Etnopsichiatrica e transculturale"),
];

/// A demo course: title, line, format, hours, professions, description.
type DemoCourse = (
    &'static str,
    &'static str,
    CourseFormat,
    u32,
    &'static [Profession],
    &'static str,
);

const COURSES: [DemoCourse; 10] = [
    (
        "Migrazioni e culture: strumenti per l'accoglienza",
        "socio-anthropological",
        CourseFormat::Plenary,
        8,
        &[],
        "Le principali comunità presenti sul territorio, i percorsi migratori e il loro effetto sull'accesso ai servizi.",
    ),
    (
        "Famiglie ricongiunte e seconde generazioni",
        "socio-anthropological",
        CourseFormat::Webinar,
        4,
        &[Profession::SocialWorker, Profession::FrontOffice],
        "Ricongiungimento familiare, ruoli nella famiglia e scuola: casi dai servizi sociali.",
    ),
    (
        "Lavorare con le mediatrici e i mediatori",
        "mediation",
        CourseFormat::Plenary,
        6,
        &[],
        "Quando chiedere la mediazione, come preparare il colloquio, cosa aspettarsi e cosa no.",
    ),
    (
        "Supervisione di casi con la mediazione",
        "mediation",
        CourseFormat::Supervision,
        10,
        &[Profession::Mediator, Profession::SocialWorker],
        "Cinque incontri in piccolo gruppo su casi portati dai partecipanti.",
    ),
    (
        "Il permesso di soggiorno: rilascio, rinnovo, conversione",
        "legal-administrative",
        CourseFormat::Plenary,
        8,
        &[],
        "Le procedure della Questura e dello Sportello unico, i documenti richiesti, i tempi.",
    ),
    (
        "Protezione internazionale e accoglienza",
        "legal-administrative",
        CourseFormat::Webinar,
        6,
        &[Profession::LegalOperator, Profession::SocialWorker],
        "Il sistema di accoglienza, le forme di protezione e i diritti connessi.",
    ),
    (
        "Accesso al Servizio sanitario nazionale",
        "legal-administrative",
        CourseFormat::Distance,
        4,
        &[Profession::HealthOperator, Profession::FrontOffice],
        "Iscrizione al SSN, STP ed ENI, esenzioni: modulo a distanza con materiali.",
    ),
    (
        "Trauma, migrazione e cura",
        "transcultural",
        CourseFormat::Plenary,
        12,
        &[Profession::HealthOperator, Profession::SocialWorker],
        "Riconoscere i segni del trauma e orientare verso i servizi specialistici.",
    ),
    (
        "Il colloquio transculturale",
        "transcultural",
        CourseFormat::Supervision,
        8,
        &[],
        "Tecniche di colloquio e lavoro con l'interprete, in piccolo gruppo.",
    ),
    (
        "Scuola estiva: servizi pubblici e intercultura",
        "socio-anthropological",
        CourseFormat::SummerSchool,
        24,
        &[],
        "Tre giornate residenziali con esperte ed esperti e le reti territoriali.",
    ),
];

/// The demo courses in English (title, description), in their order.
const COURSES_EN: [(&str, &str); 10] = [
    (
        "Migration and cultures: tools for welcoming",
        "The main communities in the area, migration journeys and how they shape access to services.",
    ),
    (
        "Reunited families and second generations",
        "Family reunification, roles in the family and school: cases from social services.",
    ),
    (
        "Working with intercultural mediators",
        "When to ask for mediation, how to prepare the interview, what to expect and what not.",
    ),
    (
        "Case supervision with mediation",
        "Five small-group meetings on cases brought by the participants.",
    ),
    (
        "The residence permit: issue, renewal, conversion",
        "The procedures of the Questura and the Sportello unico, the documents required, the times.",
    ),
    (
        "International protection and reception",
        "The reception system, the forms of protection and the rights they bring.",
    ),
    (
        "Access to the National Health Service",
        "Registering with the SSN, STP and ENI, exemptions: a distance module with materials.",
    ),
    (
        "Trauma, migration and care",
        "Recognising the signs of trauma and guiding towards specialist services.",
    ),
    (
        "The transcultural interview",
        "Interview techniques and working with an interpreter, in a small group.",
    ),
    (
        "Summer school: public services and interculture",
        "Three residential days with experts and the local networks.",
    ),
];

fn at(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    crocevia_domain::desk::calendar::from_rome(
        day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN)),
    )
}

impl Store {
    /// Loads the demonstration programme once (after the demo operators).
    pub async fn load_demo_training(&self) -> StoreResult<()> {
        if !self.courses().await?.is_empty() {
            return Ok(());
        }
        let areas: Vec<Area> = AREAS
            .iter()
            .map(|(code, name, provinces)| Area {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
                provinces: provinces.iter().map(|p| (*p).to_owned()).collect(),
            })
            .collect();
        let lines: Vec<Line> = LINES
            .iter()
            .map(|(code, name)| Line {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
            })
            .collect();
        let projects: Vec<Project> = PROJECTS
            .iter()
            .map(|(code, name, people, funding)| Project {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
                people: Some(*people),
                funding: (*funding).to_owned(),
                emblem: true,
            })
            .collect();
        self.save_programme((&areas, &lines, &projects), &Trail::unrecorded())
            .await?;
        let users: Vec<_> = self
            .users()
            .await?
            .into_iter()
            .filter(|u| u.active && u.email.as_str().ends_with("@demo.crocevia.example"))
            .collect();
        let trainer = users.iter().find(|u| u.profession == Profession::Trainer);
        let Some(by) = trainer.or(users.first()).map(|u| u.id) else {
            return Ok(());
        };
        let participants: Vec<_> = users
            .iter()
            .filter(|u| u.profession != Profession::Trainer)
            .collect();
        let today = crocevia_domain::desk::calendar::rome_today();
        let survey = self.demo_survey(by).await?;
        for (i, (title, line, format, hours, professions, description)) in
            COURSES.iter().enumerate()
        {
            let mut trainers = vec![Trainer::External("Anna Ferraris".to_owned())];
            if let Some(t) = trainer {
                trainers.insert(0, Trainer::User(t.id));
            }
            let course = self
                .create_course(
                    &CourseInput {
                        title: (*title).to_owned(),
                        line: (*line).to_owned(),
                        format: *format,
                        minutes: hours * 60,
                        professions: professions.to_vec(),
                        description: (*description).to_owned(),
                        completion: vec![
                            Condition::Attendance { percent: 75 },
                            Condition::TrainerMark,
                        ],
                        trainers,
                        // Each course answers its line's place in the ranking.
                        needs: vec![Need {
                            survey,
                            question: "lines".to_owned(),
                            choice: Some((*line).to_owned()),
                        }],
                    },
                    by,
                    |_| Trail::unrecorded(),
                )
                .await?;
            // Reviewed in English, as the translators would have it.
            let (title_en, description_en) = COURSES_EN[i];
            let english =
                [("title", title_en), ("description", description_en)].map(|(field, text)| {
                    NewText {
                        field: field.to_owned(),
                        lang: "en".to_owned(),
                        text: text.to_owned(),
                        status: "reviewed".to_owned(),
                    }
                });
            self.put_texts(
                (super::texts::COURSE, &course.to_string()),
                &english,
                Some(by),
                &Trail::unrecorded(),
            )
            .await?;
            // A past edition, one open for enrolment, one planned later.
            for (k, offset) in [-60_i64, 20, 120].into_iter().enumerate() {
                let area = &AREAS[(i + k * 3) % AREAS.len()];
                let starts = today + Duration::days(offset + i as i64);
                let sessions = (*hours / 4).clamp(1, 3);
                let input = EditionInput {
                    course,
                    area: area.0.to_owned(),
                    seats: 20 + 5 * u32::try_from(k).unwrap_or(0),
                    enrol_opens: at(starts - Duration::days(40), 0),
                    enrol_closes: at(starts - Duration::days(3), 0),
                    starts_on: starts,
                    ends_on: starts + Duration::days(7 * i64::from(sessions - 1)),
                    project: Some(project_of_area(area.0).to_owned()),
                };
                let edition = self.create_edition(&input, |_| Trail::unrecorded()).await?;
                let mut ids = Vec::new();
                for s in 0..sessions {
                    let venue = if format.online() {
                        Venue::Online("https://meet.example.org/crocevia-demo".to_owned())
                    } else {
                        Venue::Place(format!("Sala formazione, {}", area.1))
                    };
                    let id = self
                        .add_session(
                            edition,
                            &SessionInput {
                                starts_at: at(starts + Duration::days(7 * i64::from(s)), 9),
                                minutes: hours * 60 / sessions,
                                venue,
                            },
                            |_| Trail::unrecorded(),
                        )
                        .await?;
                    ids.push(id);
                }
                if offset > 0 && k == 2 {
                    continue;
                }
                // Enrolments while the window was open; the past edition
                // attended, marked and certified.
                let asked = if offset > 0 {
                    Utc::now()
                } else {
                    at(starts - Duration::days(10), 10)
                };
                for (n, u) in participants
                    .iter()
                    .enumerate()
                    .filter(|(n, _)| (n + i) % 3 != 0)
                {
                    self.enrol((edition, u.id), u.id, asked, |_| Trail::unrecorded())
                        .await?;
                    if offset > 0 {
                        continue;
                    }
                    let absent_once = (n + i) % 4 == 0;
                    for (s, session) in ids.iter().enumerate() {
                        let attendance = if absent_once && s == 0 && ids.len() > 1 {
                            Attendance::Excused
                        } else {
                            Attendance::Present
                        };
                        let mark = Mark {
                            attendance,
                            minutes: None,
                        };
                        self.register_attendance(
                            *session,
                            &[(u.id, mark)],
                            by,
                            &Trail::unrecorded(),
                        )
                        .await?;
                    }
                    self.mark_completed((edition, u.id), true, &Trail::unrecorded())
                        .await?;
                    self.issue_certificate((edition, u.id), &u.display_name, |_| {
                        Trail::unrecorded()
                    })
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// The needs survey of the demo: five questions in Italian and English,
    /// open to every operator and by a public link for twenty days more,
    /// with 300 synthetic answers from the programme's provinces.
    async fn demo_survey(&self, by: uuid::Uuid) -> StoreResult<uuid::Uuid> {
        let texts = |it: &str, en: &str| {
            let mut t = Texts::italian(it);
            t.0.insert("en".to_owned(), en.to_owned());
            t
        };
        let choice = |name: &str, it: &str, en: &str| Choice {
            name: name.to_owned(),
            label: texts(it, en),
        };
        let question = |name: &str, kind, (it, en): (&str, &str), choices| Question {
            name: name.to_owned(),
            kind,
            label: texts(it, en),
            hint: Texts::default(),
            required: kind != QuestionKind::Text,
            choices,
        };
        let lines: Vec<Choice> = LINES
            .iter()
            .zip([
                "Socio-anthropological",
                "The role of mediation",
                "Legal and administrative",
                "Ethno-psychiatric and transcultural",
            ])
            .map(|((code, it), en)| choice(code, it, en))
            .collect();
        let form = SurveyForm {
            questions: vec![
                question(
                    "service",
                    QuestionKind::Single,
                    ("In quale servizio lavori?", "Which service do you work in?"),
                    vec![
                        choice("social", "Servizi sociali", "Social services"),
                        choice("health", "Sanità", "Health"),
                        choice("work", "Lavoro e formazione", "Work and training"),
                        choice("school", "Scuola", "School"),
                        choice(
                            "desk",
                            "Sportello per stranieri",
                            "Desk for foreign residents",
                        ),
                    ],
                ),
                question(
                    "topics",
                    QuestionKind::Multiple,
                    (
                        "Su quali temi vorresti formarti?",
                        "Which topics would you like training on?",
                    ),
                    lines.clone(),
                ),
                question(
                    "need",
                    QuestionKind::Scale,
                    (
                        "Quanto ti serve una formazione sull'accoglienza dei cittadini stranieri?",
                        "How much do you need training on welcoming foreign citizens?",
                    ),
                    Vec::new(),
                ),
                question(
                    "lines",
                    QuestionKind::Ranking,
                    (
                        "Metti in ordine le linee tematiche",
                        "Put the thematic lines in order",
                    ),
                    lines,
                ),
                question(
                    "other",
                    QuestionKind::Text,
                    (
                        "Altro che vorresti imparare",
                        "Anything else you would like to learn",
                    ),
                    Vec::new(),
                ),
            ],
        };
        let input = SurveyInput {
            title: "Bisogni formativi degli operatori 2026".to_owned(),
            description: "Il questionario dei gruppi di coordinamento provinciali di SOFIA2: le risposte orientano i corsi del programma.".to_owned(),
            form,
        };
        let id = self
            .create_survey(&input, by, |_| Trail::unrecorded())
            .await?;
        let now = Utc::now();
        let opening = Opening {
            opens: now - Duration::days(20),
            closes: now + Duration::days(20),
            audience: Audience::default(),
            public: true,
        };
        self.open_survey(id, &opening, |_| Trail::unrecorded())
            .await?;
        // A small linear congruential generator: the same answers each time.
        let mut seed: u64 = 20_261_207;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        let provinces: Vec<&str> = AREAS.iter().flat_map(|a| a.2.iter().copied()).collect();
        let professions = [
            Profession::SocialWorker,
            Profession::FrontOffice,
            Profession::HealthOperator,
            Profession::Mediator,
            Profession::LegalOperator,
        ];
        let kinds = [
            "comune",
            "ente_gestore",
            "asl",
            "cpi",
            "school",
            "third_sector",
        ];
        let services = ["social", "health", "work", "school", "desk"];
        let wishes = [
            "Come lavorare con gli interpreti al telefono",
            "Il permesso di soggiorno per cure mediche",
            "Colloqui con famiglie che hanno vissuto la guerra",
            "Riconoscimento dei titoli di studio esteri",
        ];
        for _ in 0..300 {
            let mut order: Vec<&str> = LINES.iter().map(|l| l.0).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, next(i + 1));
            }
            let mut topics: Vec<String> = LINES
                .iter()
                .filter(|_| next(2) == 0)
                .map(|l| l.0.to_owned())
                .collect();
            if topics.is_empty() {
                topics.push(LINES[next(LINES.len())].0.to_owned());
            }
            let mut answers = vec![
                (
                    "service".to_owned(),
                    Answer::Single(services[next(services.len())].to_owned()),
                ),
                (
                    "need".to_owned(),
                    Answer::Scale(u8::try_from(2 + next(4)).unwrap_or(3)),
                ),
                (
                    "lines".to_owned(),
                    Answer::Ranking(order.iter().map(|l| (*l).to_owned()).collect()),
                ),
            ];
            answers.push(("topics".to_owned(), Answer::Multiple(topics)));
            if next(10) == 0 {
                answers.push((
                    "other".to_owned(),
                    Answer::Text(wishes[next(wishes.len())].to_owned()),
                ));
            }
            let who = Respondent {
                user: None,
                agency_kind: kinds[next(kinds.len())].to_owned(),
                profession: professions[next(professions.len())].as_str().to_owned(),
                province: provinces[next(provinces.len())].to_owned(),
                via: Via::Public,
            };
            self.answer_survey(id, &who, &answers, &Trail::unrecorded())
                .await?;
        }
        Ok(id)
    }
}
