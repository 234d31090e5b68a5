//! Finding a person again despite how their name was written: Latin
//! transliteration of Arabic-script and Cyrillic names, sound keys that
//! survive spelling variants (Mohamed, Muhammad, Mohammed, محمد → `mhmt`;
//! Olena, Elena, Олена, Елена → `ln`), and a comparison of two people that
//! says why they look alike.

use std::collections::BTreeSet;

use super::dates::PartialDate;

/// Latin transliteration of `name`, lower case, without accents: Arabic,
/// Persian and Urdu letters and Cyrillic are transliterated; other scripts
/// are kept as they are (their Latin form is asked for separately).
#[must_use]
pub fn latin(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if is_mark(c) {
            // Harakat, shadda, modifier letters and other marks: not
            // written in Latin.
            continue;
        }
        if let Some(s) = arabic(c, word_start) {
            out.push_str(s);
        } else if let Some(s) = cyrillic(c.to_lowercase().next().unwrap_or(c)) {
            out.push_str(s);
        } else if let Some(s) = fold_latin(c) {
            out.push_str(&s);
        } else if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
        word_start = !c.is_alphabetic();
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x02B0..=0x02FF | 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x0640
    )
}

/// Arabic-script letters as commonly transliterated in Italian registries.
fn arabic(c: char, word_start: bool) -> Option<&'static str> {
    Some(match c {
        'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'ة' => "a",
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ط' | 'ٹ' => "t",
        'ث' => "th",
        'ج' => "j",
        'چ' => "ch",
        'ح' | 'ه' | 'ہ' | 'ھ' => "h",
        'خ' => "kh",
        'د' | 'ض' | 'ڈ' => "d",
        'ذ' => "dh",
        'ر' | 'ڑ' => "r",
        'ز' | 'ظ' => "z",
        'ژ' => "zh",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'ع' | 'ء' => "",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' | 'ک' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' | 'ں' => "n",
        'و' | 'ؤ' => {
            if word_start {
                "w"
            } else {
                "u"
            }
        }
        'ي' | 'ی' | 'ئ' | 'ے' => {
            if word_start {
                "y"
            } else {
                "i"
            }
        }
        _ => return None,
    })
}

/// Cyrillic (Russian and Ukrainian letters), lower case.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'є' => "ye",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' | '\'' | 'ʼ' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// Latin letters, lower case, without accents: decomposed (NFD) and the
/// marks dropped, and the letters that do not decompose spelled out.
fn fold_latin(c: char) -> Option<String> {
    let special = match c {
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        'ß' => "ss",
        _ => "",
    };
    if !special.is_empty() {
        return Some(special.to_owned());
    }
    if u32::from(c) > 0x24F && !matches!(u32::from(c), 0x1E00..=0x1EFF) {
        return None;
    }
    let mut buf = [0u8; 4];
    let decomposed =
        icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(c.encode_utf8(&mut buf));
    let base: String = decomposed
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (!base.is_empty()).then_some(base)
}

/// The words of a name in Latin letters (`latin`, split).
#[must_use]
pub fn tokens(name: &str) -> Vec<String> {
    latin(name)
        .split(' ')
        .map(|t| {
            t.chars()
                .filter(char::is_ascii_lowercase)
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// The sound key of one Latin name word: spelling equivalences applied
/// (ph/f, kh/h, c/k/q, d/t, j/y, w/v …), vowels removed (y and j inside a
/// word count as vowels, a final h is silent),
/// doubled letters made single. Empty for a word with no consonant.
#[must_use]
pub fn sound_key(token: &str) -> String {
    let mut s = token.to_ascii_lowercase();
    for (from, to) in [
        ("sch", "s"),
        ("shch", "s"),
        ("sh", "s"),
        ("ch", "s"),
        ("kh", "h"),
        ("gh", "g"),
        ("ph", "f"),
        ("bh", "b"),
        ("th", "t"),
        ("dh", "d"),
        ("zh", "s"),
        ("ts", "s"),
        ("tz", "s"),
        ("ck", "k"),
        ("x", "ks"),
    ] {
        s = s.replace(from, to);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            'c' | 'q' => 'k',
            'z' => 's',
            'd' => 't',
            'w' => 'v',
            // A y or j sounds as a vowel inside a word (Boyko/Boiko,
            // Gashaj/Gashi, Karimy/Karimi), as a consonant at its start.
            'j' | 'y' if i > 0 => continue,
            'j' => 'y',
            // A silent h at the end (Fatimah, Elirah).
            'h' if i > 0 && i + 1 == chars.len() => continue,
            'a' | 'e' | 'i' | 'o' | 'u' => continue,
            c if c.is_ascii_lowercase() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The sound keys of every word of these names (stored beside a person to
/// find them again; the names themselves are not needed for the lookup).
#[must_use]
pub fn name_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    names
        .iter()
        .flat_map(|n| tokens(n.as_ref()))
        .map(|t| sound_key(&t))
        .filter(|k| !k.is_empty())
        .collect()
}

/// The sound keys of a set of words, with those of adjacent words written
/// together ("ben ali" also gives the key of "benali").
fn keys_with_joins(words: &[String]) -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = words.iter().map(|t| sound_key(t)).collect();
    for pair in words.windows(2) {
        keys.insert(sound_key(&format!("{}{}", pair[0], pair[1])));
    }
    keys.remove("");
    keys
}

fn pairs(keys: &BTreeSet<String>) -> impl Iterator<Item = String> + '_ {
    keys.iter()
        .enumerate()
        .flat_map(move |(i, a)| keys.iter().skip(i + 1).map(move |b| format!("{a}+{b}")))
}

/// The pair keys stored beside a person: for each of their names, every two
/// of its words' sound keys (adjacent words also taken together), in
/// alphabetical order and joined by `+`. Looking a person up by two names
/// at once reads a few rows, where one common name (Mohamed) would read a
/// great many.
#[must_use]
pub fn pair_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    names
        .iter()
        .flat_map(|n| pairs(&keys_with_joins(&tokens(n.as_ref()))).collect::<Vec<_>>())
        .collect()
}

/// The pair keys to look up for words typed in any order and split (the
/// given and family names of a form, or the words of a search box).
#[must_use]
pub fn query_pair_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    let words: Vec<String> = names.iter().flat_map(|n| tokens(n.as_ref())).collect();
    pairs(&keys_with_joins(&words)).collect()
}

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

/// The words typed, with two adjacent words joined into one where the
/// candidate has them as one word (same spelling or sound).
fn join_matching(words: Vec<String>, candidate: &[String]) -> Vec<String> {
    let keys: BTreeSet<String> = candidate.iter().map(|c| sound_key(c)).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if let Some(next) = words.get(i + 1) {
            let both = format!("{}{next}", words[i]);
            if candidate.contains(&both) || keys.contains(&sound_key(&both)) {
                out.push(both);
                i += 2;
                continue;
            }
        }
        out.push(words[i].clone());
        i += 1;
    }
    out
}

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
    let q_given = tokens(query.given);
    let q_family = tokens(query.family);
    let q_all: Vec<String> = q_given.iter().chain(&q_family).cloned().collect();
    if q_all.is_empty() {
        return (0.0, reasons);
    }
    let c_given = tokens(candidate.given);
    let c_family = tokens(candidate.family);
    let mut c_all: Vec<String> = c_given.iter().chain(&c_family).cloned().collect();
    c_all.extend(candidate.aliases.iter().flat_map(|a| tokens(a)));
    // Names written in one word or two (Benali, Ben Ali; Abdel Rahman,
    // Abdelrahman): adjacent words joined count as one on either side.
    let joined: Vec<String> = c_all.windows(2).map(|w| w.concat()).collect();
    c_all.extend(joined);
    let q_all = join_matching(q_all, &c_all);
    // Each word typed against the most alike word of the candidate.
    let mut total = 0.0;
    let mut weakest = 1.0_f64;
    let mut exact = true;
    for t in &q_all {
        let best = c_all
            .iter()
            .map(|c| {
                if c == t {
                    1.0
                } else if sound_key(c) == sound_key(t) && !sound_key(t).is_empty() {
                    0.92
                } else {
                    jaro_winkler(c, t) * 0.9
                }
            })
            .fold(0.0, f64::max);
        if best < 1.0 {
            exact = false;
        }
        total += best;
        weakest = weakest.min(best);
    }
    let mut names = total / count_f64(q_all.len());
    // Every word typed must look like one of theirs: siblings share a
    // family name, not a person.
    if weakest < 0.8 {
        names = names.min(0.7);
    }
    if names < 0.75 {
        return (names * 0.5, reasons);
    }
    reasons.insert(if exact {
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
    let keys = |ts: &[String]| ts.iter().map(|t| sound_key(t)).collect::<BTreeSet<_>>();
    if !q_given.is_empty()
        && !q_family.is_empty()
        && keys(&q_given) == keys(&c_family)
        && keys(&q_family) == keys(&c_given)
        && keys(&q_given) != keys(&q_family)
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

    #[test]
    fn variants_share_a_sound_key() {
        for name in [
            "Mohamed", "Muhammad", "Mohammed", "Mohamad", "محمد", "Mouhamed",
        ] {
            assert_eq!(
                name_keys(&[name]),
                BTreeSet::from(["mhmt".to_owned()]),
                "{name}"
            );
        }
        for name in ["Olena", "Elena", "Олена", "Елена", "Helena"] {
            let keys = name_keys(&[name]);
            assert!(
                keys.contains("ln") || keys.contains("hln"),
                "{name}: {keys:?}"
            );
        }
        for name in ["Yousef", "Youssef", "Yusuf", "يوسف", "Jusuf"] {
            assert_eq!(
                name_keys(&[name]),
                BTreeSet::from(["ysf".to_owned()]),
                "{name}"
            );
        }
        // Two names at once: spelling, script, order and joined words.
        let stored = pair_keys(&["Mohamed Benali", "محمد بن علي"]);
        for typed in [
            &["Muhammad", "Ben Ali"][..],
            &["Benali", "Mohammed"],
            &["محمد بنعلي"],
        ] {
            assert!(
                !stored.is_disjoint(&query_pair_keys(typed)),
                "{typed:?}: {stored:?}"
            );
        }
        assert!(pair_keys(&["Mohamed"]).is_empty());
        assert!(stored.is_disjoint(&query_pair_keys(&["Mohamed Haddad"])));
        for (a, b) in [
            ("Gashi", "Gashaj"),
            ("Boyko", "Boiko"),
            ("Melnyk", "Melnik"),
            ("Karimi", "Karimy"),
            ("Fatima", "Fatimah"),
            ("Elira", "Elirah"),
            ("Butt", "Bhatt"),
            ("Andriy", "Andrey"),
            ("Serhiy", "Serhii"),
            ("Khadija", "Khadidja"),
        ] {
            assert_eq!(sound_key(a), sound_key(b), "{a} / {b}");
        }
        assert_eq!(latin("Fāṭima  Al-Zahrāʾ"), "fatima al zahra");
        assert_eq!(latin("Олександр Шевченко"), "oleksandr shevchenko");
    }

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
