//! XLSForm (the form standard of ODK and KoboToolbox) read from and written
//! to sheets of text cells, so a survey written for Kobo comes in unchanged
//! and goes back out. The workbook itself (xlsx) is read and written by the
//! web crate; here are the rules, pure.
//!
//! Read: the `survey` sheet (`type`, `name`, `label` or `label::Italiano
//! (it)`, `hint…`, `required`, `parameters`), the `choices` sheet
//! (`list_name`, `name`, `label…`) and the optional `settings` sheet
//! (`form_title`, `form_id`, `default_language`). Kobo's metadata rows
//! (`start`, `end`, `today`, `deviceid`…), notes and groups carry no answer
//! and are passed over; `select_one`, `select_multiple`, `rank`, `range`
//! from 1 to 5 and `text` become questions; anything else is refused with
//! its sheet, row and column.

use std::collections::BTreeMap;

use super::survey::{Choice, FormError, Question, QuestionKind, SurveyForm, Texts};
use crate::Lang;

/// A sheet as rows of cells, the first row its header.
pub type Rows = Vec<Vec<String>>;

/// A form read from a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XlsForm {
    /// `settings` → `form_title` (empty when absent).
    pub title: String,
    /// The questions.
    pub form: SurveyForm,
    /// Label columns of languages the installation does not know, left out.
    pub skipped: Vec<String>,
}

/// Where a workbook is wrong and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The sheet.
    pub sheet: String,
    /// The row as a spreadsheet numbers it (from 1); 0 for the sheet itself.
    pub row: usize,
    /// The column: its letter and its header (`C`, `label::Italiano (it)`).
    pub column: Option<(String, String)>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong in a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No `survey` sheet; the sheets it has.
    NoSurveySheet(Vec<String>),
    /// A column the sheet needs (`type`, `name`, `list_name`).
    NoColumn(&'static str),
    /// A question type this product does not take.
    UnknownType(String),
    /// A repeat: answers would be many per person.
    Repeat,
    /// A choice question names a list that the `choices` sheet lacks.
    NoList(String),
    /// A `range` other than 1 to 5 by 1.
    Range,
    /// The form's own rules ([`SurveyForm::check`]).
    Form(FormError),
}

/// The known language of a label column's suffix: `Italiano (it)`, `en`,
/// `English`.
fn column_lang(suffix: &str) -> Option<Lang> {
    let suffix = suffix.trim();
    if let Some(open) = suffix.rfind('(')
        && suffix.ends_with(')')
    {
        return Lang::from_tag(&suffix[open + 1..suffix.len() - 1]).ok();
    }
    if let Ok(lang) = Lang::from_tag(suffix) {
        return Some(lang);
    }
    let named = [
        (Lang::It, &["italiano", "italian"][..]),
        (Lang::En, &["english", "inglese"]),
        (Lang::Fr, &["français", "francais", "french"]),
        (Lang::Ar, &["العربية", "arabic"]),
        (Lang::Es, &["español", "espanol", "spanish"]),
        (Lang::Uk, &["українська", "ukrainian"]),
        (Lang::Sq, &["shqip", "albanian"]),
        (Lang::ZhHans, &["中文", "chinese"]),
        (Lang::Bn, &["বাংলা", "bengali", "bangla"]),
        (Lang::Ur, &["اردو", "urdu"]),
    ];
    let lower = suffix.to_lowercase();
    named
        .into_iter()
        .find(|(_, names)| names.contains(&lower.as_str()))
        .map(|(l, _)| l)
}

/// How a language is written in a column's header (`Italiano (it)`).
#[must_use]
pub fn column_name(lang: Lang) -> String {
    let name = match lang {
        Lang::It => "Italiano",
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Ar => "Arabic",
        Lang::Es => "Español",
        Lang::Uk => "Ukrainian",
        Lang::Sq => "Shqip",
        Lang::ZhHans => "Chinese",
        Lang::Bn => "Bengali",
        Lang::Ur => "Urdu",
    };
    format!("{name} ({})", lang.as_str())
}

/// A spreadsheet column's letters (0 → `A`, 26 → `AA`).
#[must_use]
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A sheet's header read: where each known column is.
struct Header<'a> {
    sheet: &'a str,
    names: Vec<String>,
}

impl<'a> Header<'a> {
    fn new(sheet: &'a str, rows: &Rows) -> Header<'a> {
        Header {
            sheet,
            names: rows
                .first()
                .map(|r| r.iter().map(|c| c.trim().to_owned()).collect())
                .unwrap_or_default(),
        }
    }

    /// The column called `name` (case-insensitive; `list name` for
    /// `list_name`).
    fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| {
            n.eq_ignore_ascii_case(name) || n.replace(' ', "_").eq_ignore_ascii_case(name)
        })
    }

    fn need(&self, name: &'static str) -> Result<usize, Located> {
        self.find(name).ok_or_else(|| Located {
            sheet: self.sheet.to_owned(),
            row: 1,
            column: None,
            problem: Problem::NoColumn(name),
        })
    }

    /// The text columns with a language: `label` (the default language)
    /// and `label::<language>`; unknown languages go to `skipped`.
    fn texts(&self, base: &str, default: Lang, skipped: &mut Vec<String>) -> Vec<(usize, Lang)> {
        let mut found = Vec::new();
        for (i, n) in self.names.iter().enumerate() {
            if n.eq_ignore_ascii_case(base) {
                found.push((i, default));
            } else if let Some((b, suffix)) = n.split_once("::")
                && b.trim().eq_ignore_ascii_case(base)
            {
                match column_lang(suffix) {
                    Some(l) => found.push((i, l)),
                    None => {
                        if !skipped.contains(n) {
                            skipped.push(n.clone());
                        }
                    }
                }
            }
        }
        found
    }

    fn at(&self, row: usize, column: usize, problem: Problem) -> Located {
        Located {
            sheet: self.sheet.to_owned(),
            row,
            column: Some((
                column_letter(column),
                self.names.get(column).cloned().unwrap_or_default(),
            )),
            problem,
        }
    }
}

fn cell(row: &[String], column: usize) -> &str {
    row.get(column).map_or("", |c| c.trim())
}

fn texts_of(row: &[String], columns: &[(usize, Lang)]) -> Texts {
    Texts(
        columns
            .iter()
            .filter(|(i, _)| !cell(row, *i).is_empty())
            .map(|(i, l)| (l.as_str().to_owned(), cell(row, *i).to_owned()))
            .collect(),
    )
}

fn sheet<'a>(sheets: &'a [(String, Rows)], name: &str) -> Option<&'a (String, Rows)> {
    sheets
        .iter()
        .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
}

/// Types that carry no answer of the person: Kobo's metadata, notes,
/// groups and calculations.
const PASSED_OVER: [&str; 20] = [
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "background-audio",
    "note",
    "calculate",
    "hidden",
    "begin_group",
    "end_group",
    "begin group",
    "end group",
    "xml-external",
];

/// A choice list as the `choices` sheet has it, with the row of each.
type Lists = BTreeMap<String, Vec<(usize, Choice)>>;

fn read_lists(
    sheets: &[(String, Rows)],
    default: Lang,
    skipped: &mut Vec<String>,
) -> Result<Option<Lists>, Located> {
    let Some((name, rows)) = sheet(sheets, "choices") else {
        return Ok(None);
    };
    let header = Header::new(name, rows);
    let list_col = header.need("list_name")?;
    let name_col = header.need("name")?;
    let labels = header.texts("label", default, skipped);
    let mut lists = Lists::new();
    for (i, row) in rows.iter().enumerate().skip(1) {
        let list = cell(row, list_col);
        if list.is_empty() && cell(row, name_col).is_empty() {
            continue;
        }
        lists.entry(list.to_owned()).or_default().push((
            i + 1,
            Choice {
                name: cell(row, name_col).to_owned(),
                label: texts_of(row, &labels),
            },
        ));
    }
    Ok(Some(lists))
}

/// The default language of `settings` (`Italiano (it)`, `it`), else Italian.
fn settings(sheets: &[(String, Rows)]) -> (String, Lang) {
    let Some((name, rows)) = sheet(sheets, "settings") else {
        return (String::new(), Lang::It);
    };
    let header = Header::new(name, rows);
    let value = |column: &str| {
        header
            .find(column)
            .and_then(|c| rows.get(1).map(|r| cell(r, c).to_owned()))
            .unwrap_or_default()
    };
    let lang = column_lang(&value("default_language")).unwrap_or(Lang::It);
    (value("form_title"), lang)
}

/// A question's type cell read: its kind and choice list, `None` for a row
/// passed over.
fn kind_of(typed: &str) -> Result<Option<(QuestionKind, Option<String>)>, Problem> {
    let lower = typed.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (base, list) = match words.as_slice() {
        ["select", "one", list, ..] => ("select_one", Some(*list)),
        ["select", "multiple", list, ..] => ("select_multiple", Some(*list)),
        [base, list, ..] => (*base, Some(*list)),
        [base] => (*base, None),
        [] => return Ok(None),
    };
    if PASSED_OVER.contains(&lower.as_str()) || PASSED_OVER.contains(&base) {
        return Ok(None);
    }
    let kind = match base {
        "select_one" => QuestionKind::Single,
        "select_multiple" => QuestionKind::Multiple,
        "rank" => QuestionKind::Ranking,
        "range" => QuestionKind::Scale,
        "text" => QuestionKind::Text,
        "begin_repeat" | "end_repeat" | "begin" | "end" if lower.contains("repeat") => {
            return Err(Problem::Repeat);
        }
        _ => return Err(Problem::UnknownType(typed.trim().to_owned())),
    };
    // The case of a list name is kept as typed.
    let list = list.map(|_| {
        typed
            .split_whitespace()
            .nth(if words[0] == "select" { 2 } else { 1 })
            .unwrap_or_default()
            .to_owned()
    });
    if kind.has_choices() != list.is_some() {
        return Err(Problem::UnknownType(typed.trim().to_owned()));
    }
    Ok(Some((kind, list)))
}

/// Whether a `range`'s parameters are 1 to 5 by 1 (`start=1 end=5 step=1`,
/// in any order; absent parameters are XLSForm's 1 to 10, refused).
fn one_to_five(parameters: &str) -> bool {
    let mut start = None;
    let mut end = None;
    let mut step = Some(1);
    for p in parameters.split([' ', ';', ',']).filter(|p| !p.is_empty()) {
        let Some((k, v)) = p.split_once('=') else {
            return false;
        };
        let v = v.trim().parse::<u32>().ok();
        match k.trim() {
            "start" => start = v,
            "end" => end = v,
            "step" => step = v,
            _ => {}
        }
    }
    (start, end, step) == (Some(1), Some(5), Some(1))
}

/// Reads a workbook's sheets into a form, or says where it is wrong.
pub fn read(sheets: &[(String, Rows)]) -> Result<XlsForm, Located> {
    let Some((survey_name, rows)) = sheet(sheets, "survey") else {
        return Err(Located {
            sheet: "survey".to_owned(),
            row: 0,
            column: None,
            problem: Problem::NoSurveySheet(sheets.iter().map(|(n, _)| n.clone()).collect()),
        });
    };
    let (title, default) = settings(sheets);
    let mut skipped = Vec::new();
    let header = Header::new(survey_name, rows);
    let type_col = header.need("type")?;
    let name_col = header.need("name")?;
    let labels = header.texts("label", default, &mut skipped);
    let hints = header.texts("hint", default, &mut skipped);
    let required_col = header.find("required");
    let parameters_col = header.find("parameters");
    let lists = read_lists(sheets, default, &mut skipped)?;
    let mut questions = Vec::new();
    // Where each question (and each of its choices) came from.
    let mut origin: Vec<(usize, Vec<(String, usize)>)> = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(1) {
        let at = |column: usize, problem: Problem| header.at(i + 1, column, problem);
        let Some((kind, list)) = kind_of(cell(row, type_col)).map_err(|p| at(type_col, p))? else {
            continue;
        };
        if kind == QuestionKind::Scale && !parameters_col.is_some_and(|c| one_to_five(cell(row, c)))
        {
            return Err(at(parameters_col.unwrap_or(type_col), Problem::Range));
        }
        let (choices, choice_origin) = match &list {
            None => (Vec::new(), Vec::new()),
            Some(list) => {
                let found = lists.as_ref().and_then(|l| l.get(list));
                let Some(found) = found else {
                    return Err(at(type_col, Problem::NoList(list.clone())));
                };
                let choices_sheet = sheet(sheets, "choices").map_or("choices", |(n, _)| n);
                (
                    found.iter().map(|(_, c)| c.clone()).collect(),
                    found
                        .iter()
                        .map(|(r, _)| (choices_sheet.to_owned(), *r))
                        .collect(),
                )
            }
        };
        let required = required_col.is_some_and(|c| {
            matches!(
                cell(row, c).to_ascii_lowercase().as_str(),
                "yes" | "true" | "1" | "true()"
            )
        });
        questions.push(Question {
            name: cell(row, name_col).to_owned(),
            kind,
            label: texts_of(row, &labels),
            hint: texts_of(row, &hints),
            required,
            choices,
        });
        origin.push((i + 1, choice_origin));
    }
    let form = SurveyForm { questions };
    form.check().map_err(|e| {
        let (q, choice) = match e {
            FormError::Empty | FormError::TooMany => {
                return Located {
                    sheet: survey_name.clone(),
                    row: 0,
                    column: None,
                    problem: Problem::Form(e),
                };
            }
            FormError::Name(q) | FormError::NameTwice(q) => (q, None),
            FormError::Label(q) => (q, None),
            FormError::Choices(q) => (q, None),
            FormError::Choice(q, c) => (q, Some(c)),
        };
        let (row, choice_rows) = &origin[q];
        let label_col = labels
            .iter()
            .find(|(_, l)| *l == Lang::It)
            .map_or(name_col, |(c, _)| *c);
        match (e, choice) {
            (_, Some(c)) => {
                let (sheet_name, choice_row) = choice_rows[c].clone();
                Located {
                    sheet: sheet_name,
                    row: choice_row,
                    column: None,
                    problem: Problem::Form(e),
                }
            }
            (FormError::Label(_), _) => header.at(*row, label_col, Problem::Form(e)),
            (FormError::Choices(_), _) => header.at(*row, type_col, Problem::Form(e)),
            _ => header.at(*row, name_col, Problem::Form(e)),
        }
    })?;
    Ok(XlsForm {
        title,
        form,
        skipped,
    })
}

/// Writes a form as XLSForm sheets (`survey`, `choices`, `settings`): one
/// label and hint column per language used, Italian first, each choice
/// list named after its question.
#[must_use]
pub fn write(title: &str, id: &str, form: &SurveyForm) -> Vec<(String, Rows)> {
    let langs = form.languages();
    let has_hints = form.questions.iter().any(|q| !q.hint.0.is_empty());
    let mut header = vec!["type".to_owned(), "name".to_owned()];
    header.extend(langs.iter().map(|l| format!("label::{}", column_name(*l))));
    if has_hints {
        header.extend(langs.iter().map(|l| format!("hint::{}", column_name(*l))));
    }
    header.extend(["required".to_owned(), "parameters".to_owned()]);
    let mut survey = vec![header];
    let mut choices = vec![{
        let mut h = vec!["list_name".to_owned(), "name".to_owned()];
        h.extend(langs.iter().map(|l| format!("label::{}", column_name(*l))));
        h
    }];
    let text = |t: &Texts, l: &Lang| t.0.get(l.as_str()).cloned().unwrap_or_default();
    for q in &form.questions {
        let kind = match q.kind {
            QuestionKind::Single => format!("select_one {}", q.name),
            QuestionKind::Multiple => format!("select_multiple {}", q.name),
            QuestionKind::Ranking => format!("rank {}", q.name),
            QuestionKind::Scale => "range".to_owned(),
            QuestionKind::Text => "text".to_owned(),
        };
        let mut row = vec![kind, q.name.clone()];
        row.extend(langs.iter().map(|l| text(&q.label, l)));
        if has_hints {
            row.extend(langs.iter().map(|l| text(&q.hint, l)));
        }
        row.push(if q.required { "yes" } else { "" }.to_owned());
        row.push(if q.kind == QuestionKind::Scale {
            "start=1 end=5 step=1".to_owned()
        } else {
            String::new()
        });
        survey.push(row);
        for c in &q.choices {
            let mut row = vec![q.name.clone(), c.name.clone()];
            row.extend(langs.iter().map(|l| text(&c.label, l)));
            choices.push(row);
        }
    }
    let settings = vec![
        vec![
            "form_title".to_owned(),
            "form_id".to_owned(),
            "default_language".to_owned(),
        ],
        vec![title.to_owned(), id.to_owned(), column_name(Lang::It)],
    ];
    vec![
        ("survey".to_owned(), survey),
        ("choices".to_owned(), choices),
        ("settings".to_owned(), settings),
    ]
}

#[cfg(test)]
mod tests {
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
}
