//! Writing a form as XLSForm sheets: one label and hint column per
//! language used (`label::Italiano (it)`), each choice list named after its
//! question, the settings with the title and the default language.

use super::Rows;
use crate::Lang;
use crate::training::survey::{QuestionKind, SurveyForm, Texts};

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
