//! Two people compared: how alike their names, dates of birth and
//! citizenships are, and why.

use std::collections::BTreeSet;

use super::{Units, is_pinyin, readings, sound_key, units};
use crate::desk::PartialDate;

/// Jaro-Winkler similarity of two words, 0 to 1.
#[must_use]
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() || b.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut b_used = vec![false; b.len()];
    let mut a_matches = Vec::new();
    for (i, ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !b_used[j] && b[j] == *ca {
                b_used[j] = true;
                a_matches.push(*ca);
                break;
            }
        }
    }
    if a_matches.is_empty() {
        return 0.0;
    }
    let b_matches: Vec<char> = b
        .iter()
        .zip(&b_used)
        .filter(|(_, used)| **used)
        .map(|(c, _)| *c)
        .collect();
    let transpositions = a_matches
        .iter()
        .zip(&b_matches)
        .filter(|(x, y)| x != y)
        .count()
        / 2;
    let m = count_f64(a_matches.len());
    let jaro =
        (m / count_f64(a.len()) + m / count_f64(b.len()) + (m - count_f64(transpositions)) / m)
            / 3.0;
    let prefix = a.iter().zip(&b).take(4).take_while(|(x, y)| x == y).count();
    jaro + count_f64(prefix) * 0.1 * (1.0 - jaro)
}

fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Why two records look like the same person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchReason {
    /// The same identifier (tax code, STP/ENI code, permit number).
    SameIdentifier,
    /// The names are written the same way.
    SameName,
    /// The names sound the same, spelled differently.
    SimilarSpelling,
    /// One name is written in another script.
    OtherScript,
    /// Given and family name are swapped.
    SwappedOrder,
    /// Dates of birth agree (as far as both are known).
    SameBirthDate,
    /// Only the year (or year and month) of birth is known and agrees.
    CompatibleBirthDate,
    /// The same citizenship.
    SameCitizenship,
}

impl MatchReason {
    /// Stable identifier (message keys, API).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SameIdentifier => "same-identifier",
            Self::SameName => "same-name",
            Self::SimilarSpelling => "similar-spelling",
            Self::OtherScript => "other-script",
            Self::SwappedOrder => "swapped-order",
            Self::SameBirthDate => "same-birth-date",
            Self::CompatibleBirthDate => "compatible-birth-date",
            Self::SameCitizenship => "same-citizenship",
        }
    }
}

/// What is compared of a person: the names as written (given and family,
/// aliases), the date of birth, the citizenships and identifiers.
#[derive(Debug, Clone, Default)]
pub struct Likeness<'a> {
    /// Given names (any script).
    pub given: &'a str,
    /// Family names (any script).
    pub family: &'a str,
    /// Other names the person is known by (any script), and the Latin
    /// transliteration of the name.
    pub aliases: &'a [String],
    /// Date of birth, as far as known.
    pub birth: Option<PartialDate>,
    /// Citizenships (ISO 3166 alpha-2).
    pub citizenships: &'a [String],
    /// Identifiers, normalized (tax code, STP/ENI, permit number).
    pub identifiers: &'a [String],
}

/// The units of one side, with two adjacent units joined into one where
/// the other side has them as one unit (same spelling or sound: Xiao Ming
/// and Xiaoming); `strict`: the same spelling only.
fn join_matching(units: &[String], other: &Units, strict: bool) -> Vec<String> {
    let theirs: Vec<&String> = other.units.iter().chain(&other.bare).collect();
    let alike = |both: &str| {
        theirs.iter().any(|t| {
            t.as_str() == both
                || (!strict
                    && t.len().abs_diff(both.len()) <= 2
                    && sound_key(t) == sound_key(both)
                    && jaro_winkler(t, both) >= 0.9)
        })
    };
    let mut out: Vec<String> = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if let Some(next) = units.get(i + 1) {
            let both = format!("{}{next}", units[i]);
            if alike(&both) {
                out.push(both);
                i += 2;
                continue;
            }
        }
        out.push(units[i].clone());
        i += 1;
    }
    out
}

/// Every form a person's names are written in: the units of the name and
/// of each other name, their bare forms, and adjacent units joined (Xiao
/// Ming is also Xiaoming).
fn forms(name: &Units, others: &[Units]) -> Vec<String> {
    let mut all = Vec::new();
    for u in std::iter::once(name).chain(others) {
        all.extend(u.units.iter().cloned());
        all.extend(u.bare.iter().cloned());
        all.extend(u.units.windows(2).map(<[String]>::concat));
    }
    all
}

/// Whether two words are the masculine and feminine of one name (Karim,
/// Karima; Ivanov, Ivanova; Nimal, Nimali; Sokolovskyi, Sokolovska): one
/// ends in a or i where the other ends in a consonant, or one in a and the
/// other in i or y.
fn other_gender(a: &str, b: &str) -> bool {
    let end = |w: &str| {
        let w = w.strip_suffix('h').filter(|s| s.len() > 2).unwrap_or(w);
        match w.chars().last() {
            Some('a') => 'a',
            Some('i' | 'y' | 'j') => 'i',
            Some('e' | 'o' | 'u') => 'v',
            _ => 'c',
        }
    };
    matches!(
        (end(a), end(b)),
        ('a' | 'i', 'c') | ('c', 'a' | 'i') | ('a', 'i') | ('i', 'a')
    )
}

/// How alike two words are, 0 to 1: the same (1), the same sound (0.92),
/// or their Jaro-Winkler similarity discounted: less for words under five
/// letters, where one letter is another name (Omar, Amr), and not at all
/// between pinyin syllables (Min is not Ming) or a masculine and a
/// feminine (Karim, Karima). The best of each word's readings.
fn word_likeness(a: &str, b: &str, strict: bool) -> f64 {
    let mut best = 0.0_f64;
    for a in readings(a) {
        for b in readings(b) {
            best = best.max(one_reading(&a, &b, strict));
        }
    }
    best
}

fn one_reading(a: &str, b: &str, strict: bool) -> f64 {
    if a == b {
        return 1.0;
    }
    let jw = jaro_winkler(a, b);
    if strict || other_gender(a, b) {
        return jw * 0.7;
    }
    if sound_key(a) == sound_key(b) && !sound_key(a).is_empty() {
        0.92
    } else if a.len().min(b.len()) < 5 {
        jw * 0.75
    } else {
        jw * 0.85
    }
}

/// How well `units` are all found among `forms`: the mean of each unit's
/// best likeness, held under 0.7 when one of them is not found at all
/// (siblings share a family name, not a person); and whether every unit is
/// written the same.
fn covered(units: &[String], other: &Units, forms: &[String], strict: bool) -> (f64, bool) {
    let units = join_matching(units, other, strict);
    let mut total = 0.0;
    let mut weakest = 1.0_f64;
    for u in &units {
        let best = forms
            .iter()
            .map(|f| word_likeness(u, f, strict))
            .fold(0.0, f64::max);
        total += best;
        weakest = weakest.min(best);
    }
    let mut mean = total / count_f64(units.len().max(1));
    if weakest < 0.8 {
        mean = mean.min(0.7);
    }
    (mean, weakest >= 1.0)
}

/// A Chinese name in one coarse spelling shared by pinyin and Wade-Giles
/// (Chang Hsiao-ming and Zhang Xiaoming are `jang xiaoming`), the words of
/// one box written together.
fn chinese_coarse(name: &str) -> String {
    let mut s: String = units(&[name]).units.concat();
    for (from, to) in [
        ("hs", "x"),
        ("tz", "z"),
        ("ts", "z"),
        ("zh", "j"),
        ("ch", "j"),
        ("sh", "x"),
        ("ieh", "ie"),
        ("ien", "ian"),
        ("ung", "ong"),
        ("ih", "i"),
        ("uo", "o"),
        ("yeh", "ye"),
        ("lue", "lu"),
    ] {
        s = s.replace(from, to);
    }
    s.chars()
        .map(|c| match c {
            'q' => 'j',
            'c' => 'z',
            'k' => 'g',
            'p' => 'b',
            't' => 'd',
            c => c,
        })
        .collect()
}

/// The same Chinese name in pinyin and in Wade-Giles, the order of family
/// and given name either way.
fn same_chinese_name(a: &Likeness<'_>, b: &Likeness<'_>) -> bool {
    let (ag, af) = (chinese_coarse(a.given), chinese_coarse(a.family));
    let (bg, bf) = (chinese_coarse(b.given), chinese_coarse(b.family));
    !ag.is_empty() && !af.is_empty() && ((ag == bg && af == bf) || (ag == bf && af == bg))
}

/// The score from which a record is proposed as maybe the same person.
pub const ALIKE: f64 = 0.5;

/// How much `candidate` looks like `query`, 0 to 1, and why.
#[must_use]
pub fn compare(query: &Likeness<'_>, candidate: &Likeness<'_>) -> (f64, BTreeSet<MatchReason>) {
    let mut reasons = BTreeSet::new();
    if query
        .identifiers
        .iter()
        .any(|i| candidate.identifiers.contains(i))
    {
        reasons.insert(MatchReason::SameIdentifier);
        return (1.0, reasons);
    }
    let q = units(&[query.given, query.family]);
    if q.units.is_empty() {
        return (0.0, reasons);
    }
    let c = units(&[candidate.given, candidate.family]);
    let aliases = |names: &[String]| names.iter().map(|a| units(&[a])).collect::<Vec<_>>();
    let q_forms = forms(&q, &aliases(query.aliases));
    let c_forms = forms(&c, &aliases(candidate.aliases));
    // Every unit typed is found among the candidate's names; or, when one
    // side has a name more (a second given name, a patronymic), every unit
    // of the candidate's name among those typed.
    // Two names in pinyin are compared letter for letter: its spelling
    // does not vary, and names differ by a letter.
    let strict = [&q, &c]
        .iter()
        .all(|u| u.units.iter().all(|w| is_pinyin(w)));
    let (forward, exact) = covered(&q.units, &c, &c_forms, strict);
    let backward = if c.units.len() >= 2 && c.units.len() < q.units.len() {
        covered(&c.units, &q, &q_forms, strict).0 * 0.97
    } else {
        0.0
    };
    let mut names = forward.max(backward);
    if same_chinese_name(query, candidate) {
        names = names.max(0.95);
    }
    if names < 0.75 {
        return (names * 0.5, reasons);
    }
    reasons.insert(if exact && forward >= backward {
        MatchReason::SameName
    } else {
        MatchReason::SimilarSpelling
    });
    let non_latin = |s: &str| {
        s.chars()
            .any(|c| c.is_alphabetic() && !c.is_ascii() && u32::from(c) > 0x24F)
    };
    let q_script = non_latin(query.given) || non_latin(query.family);
    let c_script = non_latin(candidate.given) || non_latin(candidate.family);
    if q_script != c_script {
        reasons.insert(MatchReason::OtherScript);
    }
    // Swapped: the given names typed match the candidate's family names.
    let keys = |name: &str| {
        units(&[name])
            .units
            .iter()
            .map(|t| sound_key(t))
            .collect::<BTreeSet<_>>()
    };
    let (q_given, q_family) = (keys(query.given), keys(query.family));
    if !q_given.is_empty()
        && !q_family.is_empty()
        && q_given == keys(candidate.family)
        && q_family == keys(candidate.given)
        && q_given != q_family
    {
        reasons.insert(MatchReason::SwappedOrder);
    }
    let mut score = names * 0.7;
    match (query.birth, candidate.birth) {
        (Some(a), Some(b)) if a.compatible(b) => {
            if a == b && a.is_full() {
                reasons.insert(MatchReason::SameBirthDate);
                score += 0.25;
            } else {
                reasons.insert(MatchReason::CompatibleBirthDate);
                score += 0.15;
            }
        }
        (Some(_), Some(_)) => score -= 0.3,
        _ => score += 0.05,
    }
    if query
        .citizenships
        .iter()
        .any(|c| candidate.citizenships.contains(c))
    {
        reasons.insert(MatchReason::SameCitizenship);
        score += 0.05;
    }
    (score.clamp(0.0, 1.0), reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person<'a>(given: &'a str, family: &'a str, birth: &str) -> Likeness<'a> {
        Likeness {
            given,
            family,
            birth: PartialDate::parse(birth).ok(),
            ..Likeness::default()
        }
    }

    #[test]
    fn alike_people_are_found_and_told_apart() {
        let stored = person("Mohamed", "Benali", "1990-05-17");
        let (s, why) = compare(&person("Muhammad", "Ben Ali", "1990"), &stored);
        assert!(s > 0.7, "{s}");
        assert!(why.contains(&MatchReason::SimilarSpelling));
        assert!(why.contains(&MatchReason::CompatibleBirthDate));
        let (s, why) = compare(&person("Benali", "Mohamed", "1990-05-17"), &stored);
        assert!(s > 0.9, "{s}");
        assert!(why.contains(&MatchReason::SwappedOrder), "{why:?}");
        let (s, why) = compare(&person("محمد", "بنعلي", ""), &stored);
        assert!(s > 0.6, "{s}");
        assert!(why.contains(&MatchReason::OtherScript));
        // Another date of birth weighs against.
        let (other, _) = compare(&person("Mohamed", "Benali", "1971-02-01"), &stored);
        assert!(other < 0.5, "{other}");
        // A sibling: same family name and year, another given name.
        let (s, _) = compare(&person("Amina", "Benali", "1990"), &stored);
        assert!(s < 0.5, "{s}");
        let (s, _) = compare(
            &person("Soon", "Permesso", ""),
            &person("Long", "Permesso", ""),
        );
        assert!(s < 0.5, "{s}");
        // Another name does not match.
        let (s, _) = compare(&person("Olena", "Kovalenko", "1990"), &stored);
        assert!(s < 0.5, "{s}");
        let ids = ["RSSMRA85T10A562S".to_owned()];
        let a = Likeness {
            identifiers: &ids,
            ..person("Mario", "Rossi", "")
        };
        let (s, why) = compare(&a, &a.clone());
        assert!((s - 1.0).abs() < f64::EPSILON);
        assert!(why.contains(&MatchReason::SameIdentifier));
    }

    #[test]
    fn jaro_winkler_known_values() {
        assert!((jaro_winkler("martha", "marhta") - 0.961).abs() < 0.001);
        assert!((jaro_winkler("abc", "abc") - 1.0).abs() < f64::EPSILON);
        assert!(jaro_winkler("abc", "xyz") < f64::EPSILON);
    }
}

#[cfg(test)]
mod chinese {
    use super::*;

    #[test]
    fn chinese_names_in_characters_pinyin_either_order_and_wade_giles() {
        let latin = ["Wei Wang".to_owned()];
        let stored = Likeness {
            given: "Wei",
            family: "Wang",
            aliases: &latin,
            ..Likeness::default()
        };
        for typed in ["王伟", "Wang Wei", "Wei Wang"] {
            let query = Likeness {
                given: typed,
                ..Likeness::default()
            };
            assert!(compare(&query, &stored).0 >= ALIKE, "{typed}");
        }
        let other = Likeness {
            given: "Wen Wang",
            ..Likeness::default()
        };
        assert!(compare(&other, &stored).0 < ALIKE);
        let wade_giles = Likeness {
            given: "Hsiao-ming",
            family: "Chang",
            ..Likeness::default()
        };
        let pinyin = Likeness {
            given: "Xiaoming",
            family: "Zhang",
            ..Likeness::default()
        };
        assert!(compare(&wade_giles, &pinyin).0 >= ALIKE);
    }
}
