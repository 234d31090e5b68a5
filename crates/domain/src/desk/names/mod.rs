//! Finding a person again despite how their name was written: Latin
//! transliteration of Arabic-script, Cyrillic and Chinese names
//! (`script`), particles and compounds read as one name (`units`: Abd
//! al-Rahman is Abderrahmane), sound keys that survive spelling variants
//! (Mohamed, Muhammad, Mohammed, محمد → `mhmt`; Olena, Elena, Олена, Елена
//! → `ln`), and a comparison of two people that says why they look alike
//! (`compare`).

mod compare;
mod script;
mod units;

use std::collections::BTreeSet;

pub use compare::{ALIKE, Likeness, MatchReason, compare, jaro_winkler};
pub use script::{is_pinyin, latin};
pub use units::{Units, readings, units};

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
/// (ph/f, kh/h, dj/j, c/k/q, soft c/s, d/t, j/y, w/v …), vowels removed
/// (y and j inside a word and w after a consonant count as vowels, a
/// final h is silent),
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
        ("dj", "j"),
        ("x", "ks"),
    ] {
        s = s.replace(from, to);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            // A soft c (Cissé, Cecilia) sounds as s.
            'c' if matches!(chars.get(i + 1), Some('e' | 'i' | 'y')) => 's',
            'c' | 'q' => 'k',
            'z' => 's',
            'd' => 't',
            // A w after a consonant is a vowel (Kwasi/Kouassi, Dwayne);
            // elsewhere a v (Schewtschenko, Schukow).
            'w' if i > 0 && !matches!(chars[i - 1], 'a' | 'e' | 'i' | 'o' | 'u') => continue,
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

/// The sound keys of the units of a name and of its other forms.
fn unit_keys(u: &Units) -> impl Iterator<Item = String> + '_ {
    u.units
        .iter()
        .chain(&u.bare)
        .flat_map(|t| readings(t))
        .map(|t| sound_key(&t))
        .filter(|k| !k.is_empty())
}

/// The sound keys of every unit of these names (stored beside a person to
/// find them again; the names themselves are not needed for the lookup).
#[must_use]
pub fn name_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    names
        .iter()
        .flat_map(|n| unit_keys(&units(&[n])).collect::<Vec<_>>())
        .collect()
}

/// The sound keys of a name's units, with those of adjacent units written
/// together ("xiao ming" also gives the key of "xiaoming"), and of its
/// other forms.
fn keys_with_joins(u: &Units) -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = unit_keys(u).collect();
    for pair in u.units.windows(2) {
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
/// of its units' sound keys (adjacent units also taken together), in
/// alphabetical order and joined by `+`. Looking a person up by two names
/// at once reads a few rows, where one common name (Mohamed) would read a
/// great many.
#[must_use]
pub fn pair_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    names
        .iter()
        .flat_map(|n| pairs(&keys_with_joins(&units(&[n]))).collect::<Vec<_>>())
        .collect()
}

/// The pair keys to look up for words typed in any order and split (the
/// given and family names of a form, or the words of a search box).
#[must_use]
pub fn query_pair_keys<S: AsRef<str>>(names: &[S]) -> BTreeSet<String> {
    pairs(&keys_with_joins(&units(names))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_share_a_sound_key() {
        for name in [
            "Mohamed", "Muhammad", "Mohammed", "Mohamad", "محمد", "Mouhamed",
        ] {
            assert!(name_keys(&[name]).contains("mhmt"), "{name}");
        }
        for name in ["Olena", "Elena", "Олена", "Елена", "Helena"] {
            let keys = name_keys(&[name]);
            assert!(
                keys.contains("ln") || keys.contains("hln"),
                "{name}: {keys:?}"
            );
        }
        for name in ["Yousef", "Youssef", "Yusuf", "يوسف", "Jusuf"] {
            assert!(name_keys(&[name]).contains("ysf"), "{name}");
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
}
