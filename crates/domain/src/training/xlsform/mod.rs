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

mod write;

pub use self::write::{column_name, write};

#[cfg(test)]
mod tests;
