//! XLSForm read and written: a Kobo form round trip and every refusal.

use super::*;

fn rows(cells: &[&[&str]]) -> Rows {
    cells
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect()
}

fn kobo() -> Vec<(String, Rows)> {
    vec![
        (
            "survey".to_owned(),
            rows(&[
                &[
                    "type",
                    "name",
                    "label::Italiano (it)",
                    "label::English (en)",
                    "label::Deutsch (de)",
                    "required",
                    "parameters",
                ],
                &["start", "start", "", "", "", "", ""],
                &["begin_group", "g", "Gruppo", "", "", "", ""],
                &[
                    "select_one kind",
                    "kind",
                    "Servizio",
                    "Service",
                    "Dienst",
                    "yes",
                    "",
                ],
                &[
                    "select_multiple lines",
                    "topics",
                    "Temi",
                    "Topics",
                    "",
                    "",
                    "",
                ],
                &[
                    "range",
                    "need",
                    "Bisogno",
                    "Need",
                    "",
                    "",
                    "start=1 end=5 step=1",
                ],
                &["rank lines", "order", "Ordine", "", "", "", ""],
                &["end_group", "", "", "", "", "", ""],
                &["note", "thanks", "Grazie", "", "", "", ""],
                &["text", "other", "Altro", "Other", "", "", ""],
                &[],
            ]),
        ),
        (
            "choices".to_owned(),
            rows(&[
                &[
                    "list_name",
                    "name",
                    "label::Italiano (it)",
                    "label::English (en)",
                ],
                &["kind", "health", "Sanità", "Health"],
                &["kind", "school", "Scuola", "School"],
                &["lines", "legal", "Giuridico", "Legal"],
                &["lines", "mediation", "Mediazione", "Mediation"],
            ]),
        ),
        (
            "settings".to_owned(),
            rows(&[
                &["form_title", "default_language"],
                &["Bisogni 2026", "Italiano (it)"],
            ]),
        ),
    ]
}

#[test]
fn a_kobo_form_comes_in_and_round_trips() {
    let read = read(&kobo()).expect("reads");
    assert_eq!(read.title, "Bisogni 2026");
    assert_eq!(read.skipped, vec!["label::Deutsch (de)".to_owned()]);
    let kinds: Vec<QuestionKind> = read.form.questions.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        vec![
            QuestionKind::Single,
            QuestionKind::Multiple,
            QuestionKind::Scale,
            QuestionKind::Ranking,
            QuestionKind::Text
        ]
    );
    let first = &read.form.questions[0];
    assert!(first.required);
    assert_eq!(first.label.get(Lang::En), "Service");
    assert_eq!(first.choices[0].label.get(Lang::It), "Sanità");
    let again = super::read(&write(&read.title, "needs", &read.form)).expect("reads back");
    assert_eq!(again.form, read.form);
    assert_eq!(again.title, read.title);
}

fn problem(sheets: &[(String, Rows)]) -> Located {
    read(sheets).expect_err("refused")
}

#[test]
fn a_wrong_form_is_refused_with_sheet_row_and_column() {
    let mut unknown = kobo();
    unknown[0].1[4][0] = "geopoint".to_owned();
    let at = problem(&unknown);
    assert_eq!((at.sheet.as_str(), at.row), ("survey", 5));
    assert_eq!(at.column, Some(("A".to_owned(), "type".to_owned())));
    assert_eq!(at.problem, Problem::UnknownType("geopoint".to_owned()));

    let mut no_list = kobo();
    no_list[0].1[4][0] = "select_one sizes".to_owned();
    assert_eq!(
        problem(&no_list).problem,
        Problem::NoList("sizes".to_owned())
    );

    let mut no_choices = kobo();
    no_choices.remove(1);
    assert_eq!(
        problem(&no_choices).problem,
        Problem::NoList("kind".to_owned())
    );

    let wrong_sheet = vec![("Sheet1".to_owned(), rows(&[&["type", "name"]]))];
    assert_eq!(
        problem(&wrong_sheet).problem,
        Problem::NoSurveySheet(vec!["Sheet1".to_owned()])
    );

    let mut range = kobo();
    range[0].1[5][6] = "start=0 end=10".to_owned();
    let at = problem(&range);
    assert_eq!((at.row, at.problem.clone()), (6, Problem::Range));
    assert_eq!(at.column.map(|c| c.0), Some("G".to_owned()));

    let mut no_italian = kobo();
    no_italian[0].1[9][2] = String::new();
    let at = problem(&no_italian);
    assert_eq!(
        (at.row, at.problem),
        (10, Problem::Form(FormError::Label(4)))
    );

    let mut twice = kobo();
    twice[1].1[2][1] = "health".to_owned();
    let at = problem(&twice);
    assert_eq!((at.sheet.as_str(), at.row), ("choices", 3));

    let mut repeat = kobo();
    repeat[0].1[2][0] = "begin_repeat".to_owned();
    assert_eq!(problem(&repeat).problem, Problem::Repeat);

    let mut no_type = kobo();
    no_type[0].1[0][0] = "kind".to_owned();
    assert_eq!(problem(&no_type).problem, Problem::NoColumn("type"));
}

#[test]
fn columns_are_lettered_like_a_spreadsheet() {
    assert_eq!(column_letter(0), "A");
    assert_eq!(column_letter(25), "Z");
    assert_eq!(column_letter(26), "AA");
    assert_eq!(column_lang("Italiano (it)"), Some(Lang::It));
    assert_eq!(column_lang("English"), Some(Lang::En));
    assert_eq!(column_lang("Deutsch (de)"), None);
}
