//! Needs surveys: a coordinator asks the operators what training they need.
//! A survey's form is a list of questions (single or multiple choice, a
//! 1–5 scale, a ranking, free text) with texts in Italian and any other
//! language; an answer is read against its question here, so a stored
//! answer only ever names a choice the question has. Who answered is never
//! part of an answer: the store keeps the respondent's agency kind,
//! profession and territory beside it, never a name.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// The lowest and highest point of a scale question.
pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

/// At most this many questions in a form.
pub const MAX_QUESTIONS: usize = 200;

/// At most this many choices in a question.
pub const MAX_CHOICES: usize = 100;

/// Longest question, hint or choice text, in characters.
pub const MAX_LABEL: usize = 1_000;

/// Longest free-text answer, in characters.
pub const MAX_TEXT_ANSWER: usize = 4_000;

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of the choices.
    Single,
    /// Any of the choices.
    Multiple,
    /// A point from 1 to 5.
    Scale,
    /// The choices put in order (the thematic lines, most needed first).
    Ranking,
    /// Words.
    Text,
}

impl QuestionKind {
    /// Every kind, in the order a coordinator chooses from.
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::Scale,
        QuestionKind::Ranking,
        QuestionKind::Text,
    ];

    /// Its code, as stored and in message keys (`survey-kind-<code>`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Scale => "scale",
            QuestionKind::Ranking => "ranking",
            QuestionKind::Text => "text",
        }
    }

    /// The kind of a code.
    #[must_use]
    pub fn parse(code: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == code)
    }

    /// Whether it is answered from a list of choices.
    #[must_use]
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking
        )
    }
}

/// A text in several languages, by BCP 47 tag (`it`, `en`, `zh-Hans`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    /// A text in Italian only.
    #[must_use]
    pub fn italian(text: &str) -> Texts {
        Texts(BTreeMap::from([(
            Lang::It.as_str().to_owned(),
            text.to_owned(),
        )]))
    }

    /// The text in `lang`, else in Italian; empty when there is neither.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.as_str())
            .filter(|t| !t.trim().is_empty())
            .or_else(|| self.0.get(Lang::It.as_str()))
            .map_or("", String::as_str)
    }

    /// Whether there is a text in `lang` itself (no fallback).
    #[must_use]
    pub fn has(&self, lang: Lang) -> bool {
        self.0
            .get(lang.as_str())
            .is_some_and(|t| !t.trim().is_empty())
    }

    fn fits(&self) -> bool {
        self.0.values().all(|t| t.chars().count() <= MAX_LABEL)
    }
}

/// One choice of a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Its name (as stored in answers and in XLSForm).
    pub name: String,
    /// What it says.
    pub label: Texts,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Its name (XLSForm's `name`), unique in the form.
    pub name: String,
    /// What it asks for.
    pub kind: QuestionKind,
    /// The question.
    pub label: Texts,
    /// A hint under it.
    #[serde(default)]
    pub hint: Texts,
    /// Whether an answer is required.
    #[serde(default)]
    pub required: bool,
    /// Its choices (single, multiple, ranking).
    #[serde(default)]
    pub choices: Vec<Choice>,
}

/// A survey's questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyForm {
    /// In order.
    pub questions: Vec<Question>,
}

/// Why a form is refused: which question (and choice), counted from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// No question at all.
    #[error("a survey needs at least one question")]
    Empty,
    /// More than [`MAX_QUESTIONS`].
    #[error("too many questions")]
    TooMany,
    /// A name that is not one ([`valid_name`]).
    #[error("question {0}: invalid name")]
    Name(usize),
    /// A name used by an earlier question.
    #[error("question {0}: name used twice")]
    NameTwice(usize),
    /// No Italian text, or a text over [`MAX_LABEL`].
    #[error("question {0}: the Italian text is missing or too long")]
    Label(usize),
    /// A choice question without two choices, or with more than
    /// [`MAX_CHOICES`]; or choices on a question without.
    #[error("question {0}: wrong number of choices")]
    Choices(usize),
    /// A choice with an invalid name, a name used twice, or without an
    /// Italian text.
    #[error("question {0}, choice {1}: invalid")]
    Choice(usize, usize),
}

/// Whether `name` is a question or choice name as XLSForm has them: a
/// letter or `_`, then letters, digits, `_`, `-` or `.`; at most 64.
#[must_use]
pub fn valid_name(name: &str) -> bool {
    name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl SurveyForm {
    /// Checks the form: names valid and unique, an Italian text for every
    /// question and choice, choices where (and only where) they belong.
    pub fn check(&self) -> Result<(), FormError> {
        if self.questions.is_empty() {
            return Err(FormError::Empty);
        }
        if self.questions.len() > MAX_QUESTIONS {
            return Err(FormError::TooMany);
        }
        for (i, q) in self.questions.iter().enumerate() {
            if !valid_name(&q.name) {
                return Err(FormError::Name(i));
            }
            if self.questions[..i].iter().any(|o| o.name == q.name) {
                return Err(FormError::NameTwice(i));
            }
            if !q.label.has(Lang::It) || !q.label.fits() || !q.hint.fits() {
                return Err(FormError::Label(i));
            }
            let count_ok = if q.kind.has_choices() {
                (2..=MAX_CHOICES).contains(&q.choices.len())
            } else {
                q.choices.is_empty()
            };
            if !count_ok {
                return Err(FormError::Choices(i));
            }
            for (j, c) in q.choices.iter().enumerate() {
                let twice = q.choices[..j].iter().any(|o| o.name == c.name);
                if !valid_name(&c.name) || twice || !c.label.has(Lang::It) || !c.label.fits() {
                    return Err(FormError::Choice(i, j));
                }
            }
        }
        Ok(())
    }

    /// The question called `name`.
    #[must_use]
    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.name == name)
    }

    /// The languages with a text for every question (Italian first).
    #[must_use]
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| {
                self.questions
                    .iter()
                    .any(|q| q.label.has(*l) || q.choices.iter().any(|c| c.label.has(*l)))
            })
            .collect()
    }
}

/// An answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The choice's name.
    Single(String),
    /// The choices' names, in the question's order.
    Multiple(Vec<String>),
    /// A point of [`SCALE`].
    Scale(u8),
    /// Every choice's name, most needed first.
    Ranking(Vec<String>),
    /// Words.
    Text(String),
}

/// Why an answer is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// A required question left blank.
    #[error("an answer is required")]
    Missing,
    /// A choice the question does not have, or two for a single choice.
    #[error("not one of the choices")]
    Unknown,
    /// A scale point outside [`SCALE`].
    #[error("outside the scale")]
    Scale,
    /// A ranking that is not every choice once, numbered from 1.
    #[error("each choice needs its own place")]
    Ranking,
    /// Words over [`MAX_TEXT_ANSWER`].
    #[error("too long")]
    TooLong,
}

impl Question {
    /// Reads what was given for this question: the chosen names (single,
    /// multiple), the point (scale), the words (text), or for a ranking the
    /// place typed beside each choice, in the question's order of choices
    /// (`""` for a place left blank). `None` when left blank and not
    /// required.
    pub fn read(&self, given: &[&str]) -> Result<Option<Answer>, AnswerError> {
        let given: Vec<&str> = given.iter().map(|g| g.trim()).collect();
        let blank = given.iter().all(|g| g.is_empty());
        if blank {
            return if self.required {
                Err(AnswerError::Missing)
            } else {
                Ok(None)
            };
        }
        let known = |name: &str| self.choices.iter().any(|c| c.name == name);
        let answer = match self.kind {
            QuestionKind::Single => {
                let chosen: Vec<&str> = given.into_iter().filter(|g| !g.is_empty()).collect();
                match chosen.as_slice() {
                    [one] if known(one) => Answer::Single((*one).to_owned()),
                    _ => return Err(AnswerError::Unknown),
                }
            }
            QuestionKind::Multiple => {
                if given.iter().any(|g| !g.is_empty() && !known(g)) {
                    return Err(AnswerError::Unknown);
                }
                Answer::Multiple(
                    self.choices
                        .iter()
                        .filter(|c| given.contains(&c.name.as_str()))
                        .map(|c| c.name.clone())
                        .collect(),
                )
            }
            QuestionKind::Scale => match given.as_slice() {
                [one] => match one.parse::<u8>() {
                    Ok(p) if SCALE.contains(&p) => Answer::Scale(p),
                    _ => return Err(AnswerError::Scale),
                },
                _ => return Err(AnswerError::Scale),
            },
            QuestionKind::Ranking => Answer::Ranking(self.ranking(&given)?),
            QuestionKind::Text => {
                let words = given.join("\n");
                if words.chars().count() > MAX_TEXT_ANSWER {
                    return Err(AnswerError::TooLong);
                }
                Answer::Text(words)
            }
        };
        Ok(Some(answer))
    }

    /// The choices in the order of the places typed beside them: each
    /// choice a place from 1 to their number, no place twice.
    fn ranking(&self, places: &[&str]) -> Result<Vec<String>, AnswerError> {
        let n = self.choices.len();
        if places.len() != n {
            return Err(AnswerError::Ranking);
        }
        let mut ordered: Vec<Option<String>> = vec![None; n];
        for (choice, place) in self.choices.iter().zip(places) {
            let slot = place
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=n).contains(p))
                .ok_or(AnswerError::Ranking)?;
            if ordered[slot - 1].replace(choice.name.clone()).is_some() {
                return Err(AnswerError::Ranking);
            }
        }
        ordered
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .ok_or(AnswerError::Ranking)
    }
}

/// To whom a survey is open in the workspace: the operators of the agencies
/// it names and of the agencies in the provinces it names; everyone when it
/// names neither.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Audience {
    /// Agency ids.
    pub agencies: Vec<String>,
    /// Province ISTAT codes.
    pub provinces: Vec<String>,
}

impl Audience {
    /// Whether an operator working for `agencies` (id, province) is asked.
    #[must_use]
    pub fn includes(&self, agencies: &[(String, Option<String>)]) -> bool {
        (self.agencies.is_empty() && self.provinces.is_empty())
            || agencies.iter().any(|(id, province)| {
                self.agencies.contains(id)
                    || province
                        .as_ref()
                        .is_some_and(|p| self.provinces.contains(p))
            })
    }
}

/// Whether a survey opened at `opens` (none: a draft) and closing at
/// `closes` (exclusive) takes answers at `now`.
#[must_use]
pub fn is_open<T: PartialOrd>(opens: Option<T>, closes: Option<T>, now: &T) -> bool {
    opens.is_some_and(|o| o <= *now) && closes.is_none_or(|c| *now < c)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn question(kind: QuestionKind, choices: usize) -> Question {
        Question {
            name: "q".to_owned(),
            kind,
            label: Texts::italian("Domanda"),
            hint: Texts::default(),
            required: false,
            choices: (0..choices)
                .map(|i| Choice {
                    name: format!("c{i}"),
                    label: Texts::italian(&format!("Scelta {i}")),
                })
                .collect(),
        }
    }

    #[test]
    fn a_form_needs_italian_texts_unique_names_and_choices_where_they_belong() {
        let ok = SurveyForm {
            questions: vec![question(QuestionKind::Single, 2)],
        };
        assert_eq!(ok.check(), Ok(()));
        assert_eq!(SurveyForm::default().check(), Err(FormError::Empty));
        let mut twice = ok.clone();
        twice.questions.push(question(QuestionKind::Text, 0));
        assert_eq!(twice.check(), Err(FormError::NameTwice(1)));
        let mut one_choice = ok.clone();
        one_choice.questions[0].choices.pop();
        assert_eq!(one_choice.check(), Err(FormError::Choices(0)));
        let mut english_only = ok.clone();
        english_only.questions[0].label =
            Texts(BTreeMap::from([("en".to_owned(), "Question".to_owned())]));
        assert_eq!(english_only.check(), Err(FormError::Label(0)));
        let mut bad_choice = ok.clone();
        bad_choice.questions[0].choices[1].name = "c0".to_owned();
        assert_eq!(bad_choice.check(), Err(FormError::Choice(0, 1)));
        let mut text_with_choices = ok;
        text_with_choices.questions[0].kind = QuestionKind::Text;
        assert_eq!(text_with_choices.check(), Err(FormError::Choices(0)));
        for bad in ["", "1a", "a b", "à", &"a".repeat(65)] {
            assert!(!valid_name(bad), "{bad}");
        }
        assert!(valid_name("_needs.2-a"));
    }

    #[test]
    fn answers_name_only_the_question_s_choices_and_blank_is_missing_when_required() {
        let single = question(QuestionKind::Single, 3);
        assert_eq!(single.read(&["c1"]), Ok(Some(Answer::Single("c1".into()))));
        assert_eq!(single.read(&["c9"]), Err(AnswerError::Unknown));
        assert_eq!(single.read(&["c1", "c2"]), Err(AnswerError::Unknown));
        assert_eq!(single.read(&[]), Ok(None));
        let required = Question {
            required: true,
            ..single
        };
        assert_eq!(required.read(&[" "]), Err(AnswerError::Missing));
        let multiple = question(QuestionKind::Multiple, 3);
        assert_eq!(
            multiple.read(&["c2", "c0"]),
            Ok(Some(Answer::Multiple(vec!["c0".into(), "c2".into()])))
        );
        let scale = question(QuestionKind::Scale, 0);
        assert_eq!(scale.read(&["5"]), Ok(Some(Answer::Scale(5))));
        for bad in ["0", "6", "x"] {
            assert_eq!(scale.read(&[bad]), Err(AnswerError::Scale));
        }
        let text = question(QuestionKind::Text, 0);
        let long = "x".repeat(MAX_TEXT_ANSWER + 1);
        assert_eq!(text.read(&[&long]), Err(AnswerError::TooLong));
        let ranking = question(QuestionKind::Ranking, 3);
        assert_eq!(
            ranking.read(&["2", "3", "1"]),
            Ok(Some(Answer::Ranking(vec![
                "c2".into(),
                "c0".into(),
                "c1".into()
            ])))
        );
        assert_eq!(ranking.read(&["1", "1", "2"]), Err(AnswerError::Ranking));
        assert_eq!(ranking.read(&["1", "", "2"]), Err(AnswerError::Ranking));
    }

    #[test]
    fn an_audience_asks_its_agencies_and_provinces_or_everyone() {
        let at = |id: &str, p: Option<&str>| vec![(id.to_owned(), p.map(str::to_owned))];
        assert!(Audience::default().includes(&at("a", None)));
        let cuneo = Audience {
            agencies: vec!["b".to_owned()],
            provinces: vec!["004".to_owned()],
        };
        assert!(cuneo.includes(&at("a", Some("004"))));
        assert!(cuneo.includes(&at("b", None)));
        assert!(!cuneo.includes(&at("a", Some("001"))));
        assert!(!cuneo.includes(&[]));
        assert!(!is_open(None, None, &5));
        assert!(is_open(Some(1), Some(6), &5));
        assert!(!is_open(Some(1), Some(5), &5));
        assert!(!is_open(Some(6), None, &5));
    }

    #[test]
    fn texts_fall_back_to_italian() {
        let mut t = Texts::italian("Ciao");
        t.0.insert("en".to_owned(), "Hello".to_owned());
        assert_eq!(t.get(Lang::En), "Hello");
        assert_eq!(t.get(Lang::Ar), "Ciao");
        assert!(!t.has(Lang::Ar));
    }

    proptest! {
        /// A ranking reads back as the permutation typed, and anything that
        /// is not one place per choice is refused.
        #[test]
        fn a_ranking_is_a_permutation(
            order in Just((0..6usize).collect::<Vec<_>>()).prop_shuffle(),
            noise in proptest::collection::vec(0usize..9, 6),
        ) {
            let q = question(QuestionKind::Ranking, 6);
            let places: Vec<String> = order.iter().map(|p| (p + 1).to_string()).collect();
            let given: Vec<&str> = places.iter().map(String::as_str).collect();
            let Ok(Some(Answer::Ranking(ranked))) = q.read(&given) else {
                return Err(TestCaseError::fail("a permutation was refused"));
            };
            for (choice, place) in order.iter().enumerate() {
                prop_assert_eq!(&ranked[*place], &format!("c{choice}"));
            }
            let typed: Vec<String> = noise.iter().map(ToString::to_string).collect();
            let given: Vec<&str> = typed.iter().map(String::as_str).collect();
            let mut sorted = noise.clone();
            sorted.sort_unstable();
            let permutation = sorted == (1..=6).collect::<Vec<_>>();
            prop_assert_eq!(q.read(&given).is_ok(), permutation);
        }

        /// Whatever is given, an answer names only the question's choices.
        #[test]
        fn an_answer_names_only_known_choices(
            given in proptest::collection::vec("c[0-9]|[a-z]{1,3}|", 0..5),
            multiple in any::<bool>(),
        ) {
            let q = question(
                if multiple { QuestionKind::Multiple } else { QuestionKind::Single },
                4,
            );
            let given: Vec<&str> = given.iter().map(String::as_str).collect();
            let names = match q.read(&given) {
                Ok(Some(Answer::Single(c))) => vec![c],
                Ok(Some(Answer::Multiple(cs))) => cs,
                _ => vec![],
            };
            for n in names {
                prop_assert!(q.choices.iter().any(|c| c.name == n));
            }
        }
    }
}
