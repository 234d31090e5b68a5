//! The words of a name as the units a person would say are "one name",
//! whatever the particles and compounds: the Arabic article (al-, el-,
//! as-Sayed, ar-Rahman), the compounds of ʿabd (Abd al-Rahman,
//! Abderrahmane, Abdul Rahman → `abdrahman`), of ad-Dīn (Nour ad-Din,
//! Noureddine, Nuruddin → `nourdin`) and of Allah (Habib Ullah,
//! Habibullah → `habiblah`), the patronymic particles (ben, bin, ibn,
//! bint, ould, abu → written onto the name that follows, and the name
//! alone kept as another form: Mohamed Ben Ali is also Mohamed Ali),
//! common abbreviations (Md., Mohd.) and Wade-Giles "hs".

use super::tokens;

/// A name's units, and the other forms it is also written in.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Units {
    /// The units in the order written.
    pub units: Vec<String>,
    /// Forms also compared with but not required to match: the name
    /// after a patronymic particle without it (`ali` for `benali`).
    pub bare: Vec<String>,
}

/// The units of a name written in one or more parts (given names, family
/// names), read as one sequence.
#[must_use]
pub fn units<S: AsRef<str>>(parts: &[S]) -> Units {
    let words: Vec<String> = parts.iter().flat_map(|p| tokens(p.as_ref())).collect();
    let mut out = Units::default();
    let mut i = 0;
    while i < words.len() {
        let word = respell(&words[i]);
        let next = words.get(i + 1).map(String::as_str);
        // The article before a name: dropped (El Idrissi is Idrissi,
        // al-Rahman is Rahman). An assimilated article (as-Sayed, an-Nur)
        // only after the first word, where it cannot be a name (An, Ar).
        let izafat = word == "ul" && !out.units.is_empty();
        if let Some(next) = next
            && !izafat
            && (is_article(&word) || (i > 0 && is_assimilated_article(&word, next)))
        {
            i += 1;
            continue;
        }
        if is_abd(&word)
            && let Some(next) = next
        {
            // Abd al-Rahman, Abdel Rahman, Abd Allah: one name.
            let mut j = i + 1;
            if let Some(after) = words.get(j + 1)
                && (is_article(next) || is_assimilated_article(next, after))
            {
                j += 1;
            }
            out.units
                .push(format!("abd{}", allah(&words[j]).unwrap_or(&words[j])));
            i = j + 1;
            continue;
        }
        if let Some(rest) = word.strip_prefix("abd").filter(|r| r.len() > 2) {
            out.units.push(format!("abd{}", after_abd(rest)));
            i += 1;
            continue;
        }
        if let Some(last) = out.units.last_mut() {
            // Amin ul Islam, Nur-ul Huda: written Aminul, Nurul.
            if word == "ul" && next.is_some() {
                last.push_str("ul");
                i += 1;
                continue;
            }
            // Nour ad-Din, Nour Eddine; Habib Ullah.
            if matches!(
                word.as_str(),
                "din" | "dine" | "deen" | "eddine" | "eddin" | "uddin" | "uddeen"
            ) {
                last.push_str("din");
                i += 1;
                continue;
            }
            if allah(&word).is_some() {
                last.push_str("lah");
                i += 1;
                continue;
            }
        }
        if let Some(particle) = patronymic(&word)
            && let Some(next) = next
        {
            let name = respell(next);
            out.units.push(format!("{particle}{name}"));
            if particle != "abu" {
                out.bare.push(name);
            }
            i += 2;
            continue;
        }
        out.units.push(compound_suffix(&word).unwrap_or(word));
        i += 1;
    }
    out
}

/// Spellings of one word brought to one form: abbreviations of Muhammad
/// and Sheikh, ü written v (Lv is Lü).
fn respell(word: &str) -> String {
    match word {
        "md" | "mohd" | "muhd" | "mohammed" => "muhammad",
        "sk" | "shk" => "sheikh",
        "mst" => "mosammat",
        "lv" => "lu",
        "nv" => "nu",
        w => w,
    }
    .to_owned()
}

/// The ways one unit may also be read, itself first: romanisations that
/// write the same sound with other letters, where reading every word so
/// would confuse others (so they are tried, not applied).
/// - Wade-Giles `hs` for pinyin x (Hsiao-ming, Xiaoming); Arabic حسين in
///   Latin letters is `hsin` too, hence a reading.
/// - An article written onto the name (Elidrissi, Altamimi).
/// - Somali orthography: x for ḥ, c for ʿayn, long vowels doubled
///   (Maxamed Cali Faarax is Mohamed Ali Farah).
/// - ICAO's `iu`, `ia`, `ie` at the start for yu, ya, ye (Iuliia, Yuliia),
///   and Belarusian `-ou` for `-ov` (Ivanou).
#[must_use]
pub fn readings(unit: &str) -> Vec<String> {
    let mut out = vec![unit.to_owned()];
    if let Some(rest) = unit.strip_prefix("hs").filter(|r| !r.is_empty()) {
        out.push(format!("x{rest}"));
    }
    if unit.len() >= 6
        && let Some(rest) = unit.strip_prefix("al").or_else(|| unit.strip_prefix("el"))
    {
        out.push(rest.to_owned());
    }
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    let doubled = ["aa", "ii", "uu", "oo"].iter().any(|d| unit.contains(d));
    let ayn = unit.starts_with('c') && vowel(unit.chars().nth(1)) && !vowel(unit.chars().nth(2));
    if unit.contains('x') || doubled || ayn {
        let mut somali = if ayn {
            unit[1..].to_owned()
        } else {
            unit.to_owned()
        };
        somali = somali.replace('x', "h");
        for d in ["aa", "ii", "uu", "oo"] {
            somali = somali.replace(d, &d[..1]);
        }
        out.push(somali);
    }
    for (icao, y) in [("iu", "yu"), ("ia", "ya"), ("ie", "ye"), ("io", "yo")] {
        if let Some(rest) = unit.strip_prefix(icao) {
            out.push(format!("{y}{rest}"));
        }
    }
    if let Some(stem) = unit.strip_suffix("ou").filter(|s| s.len() >= 3) {
        out.push(format!("{stem}ov"));
    }
    out.extend(slavic_g(unit));
    if let Some(rest) = unit.strip_prefix('j').filter(|r| r.starts_with(['o', 'u'])) {
        out.push(format!("zh{rest}"));
    }
    if unit.contains("ch") {
        out.push(unit.replace("ch", "kh"));
    }
    // A diphthong written with w (Chowdhury, Choudhury; Jallow, Jalo), and
    // the French ou for w (Ouattara, Wattara).
    for (w, u) in [("ow", "ou"), ("aw", "au"), ("ew", "eu")] {
        if unit.contains(w) {
            out.push(unit.replace(w, u));
        }
    }
    if let Some(rest) = unit
        .strip_prefix("ou")
        .filter(|r| r.starts_with(['a', 'e', 'i']))
    {
        out.push(format!("w{rest}"));
    }
    if let Some(stem) = unit.strip_suffix("bhai").filter(|s| s.len() >= 3) {
        out.push(stem.to_owned());
    }
    out.dedup();
    out
}

/// Ukrainian and Belarusian h for Russian g (Serhii, Sergei; Olha, Olga;
/// Hrytsenko, Gritsenko): an h that is not part of kh, sh, ch, zh, th, dh,
/// gh, ph, and not before a vowel at the start or between vowels (Hassan
/// is not Ghassan, Mohamed not Mogamed), save in Ih- (Ihor, Igor).
fn slavic_g(unit: &str) -> Option<String> {
    let chars: Vec<char> = unit.chars().collect();
    let mut changed = false;
    let mut out = String::with_capacity(unit.len());
    for (i, &c) in chars.iter().enumerate() {
        let vowel = |c: Option<&char>| c.is_some_and(|c| "aeiouy".contains(*c));
        let digraph = i > 0 && "kscztdgpb".contains(chars[i - 1]);
        // Between vowels only in Ih- (Ihor): Mohamed is not Mogamed.
        let between_vowels = (i == 0 || vowel(chars.get(i - 1))) && vowel(chars.get(i + 1));
        let final_h = i + 1 == chars.len();
        if c == 'h' && !digraph && !final_h && (!between_vowels || (i == 1 && chars[0] == 'i')) {
            out.push('g');
            changed = true;
        } else {
            out.push(c);
        }
    }
    changed.then_some(out)
}

fn is_article(word: &str) -> bool {
    matches!(word, "al" | "el" | "ul")
}

/// An article whose l is said as the letter that follows (ar-Rahman,
/// as-Sayed, ash-Sharif, an-Nur, ad-Din, ez-Zahra).
fn is_assimilated_article(word: &str, next: &str) -> bool {
    let mut chars = word.chars();
    let Some(vowel) = chars.next() else {
        return false;
    };
    let consonant = chars.as_str();
    matches!(vowel, 'a' | 'e' | 'u')
        && matches!(
            consonant,
            "d" | "r" | "s" | "t" | "n" | "z" | "sh" | "th" | "dh"
        )
        && next.starts_with(consonant)
        && next.len() > consonant.len()
}

/// ʿAbd written as a word of its own, with or without the article.
fn is_abd(word: &str) -> bool {
    matches!(
        word,
        "abd" | "abdu" | "abdou" | "abdoul" | "abdul" | "abdel" | "abdal" | "abdol" | "abdil"
    )
}

/// What follows ʿabd written in one word: its vowel and the article
/// dropped (Abdelkader → kader, Abdulaziz → aziz, Abderrahmane → rahmane,
/// Abdallah → lah).
fn after_abd(rest: &str) -> &str {
    let consonants = rest.trim_start_matches(['a', 'e', 'i', 'o', 'u']);
    let mut chars = consonants.chars();
    let rest_after_l = match chars.next() {
        Some('l') => chars.as_str(),
        Some(c) if chars.as_str().starts_with(c) => chars.as_str(),
        _ => consonants,
    };
    if rest_after_l.is_empty() {
        consonants
    } else {
        rest_after_l
    }
}

/// Allah as the second part of a name (Abd Allah, Habib Ullah): `lah`.
fn allah(word: &str) -> Option<&'static str> {
    matches!(
        word,
        "allah" | "ullah" | "ollah" | "ulla" | "alla" | "ullahi" | "lah" | "llah" | "lh"
    )
    .then_some("lah")
}

/// A name written with ad-Dīn or Allah in one word, as the units above
/// write it (Noureddine → nourdin, Habibullah → habiblah).
fn compound_suffix(word: &str) -> Option<String> {
    for suffix in [
        "eddine", "eddin", "uddin", "uddeen", "eddeen", "addine", "addin", "iddin",
    ] {
        if let Some(base) = word.strip_suffix(suffix).filter(|b| b.len() >= 3) {
            return Some(format!("{base}din"));
        }
    }
    for suffix in ["ullah", "ollah", "allah", "ullahi"] {
        if let Some(base) = word.strip_suffix(suffix).filter(|b| b.len() >= 3) {
            return Some(format!("{base}lah"));
        }
    }
    None
}

/// A patronymic or kunya particle, in one spelling: son/daughter of,
/// father of.
fn patronymic(word: &str) -> Option<&'static str> {
    Some(match word {
        "ben" | "bin" | "ibn" | "ebn" | "bn" => "ben",
        "bint" | "bent" => "bint",
        "ould" | "uld" | "wuld" | "walad" | "oulad" => "ould",
        "abu" | "abou" | "abo" | "bou" | "bu" => "abu",
        "ait" => "ait",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(name: &str) -> Vec<String> {
        units(&[name]).units
    }

    #[test]
    fn particles_and_compounds_become_one_unit() {
        for name in [
            "Abd al-Rahman",
            "Abderrahmane",
            "Abdurrahman",
            "Abdel Rahman",
            "Abd ar-Rahman",
            "Abdul Rahman",
            "Abdelrahman",
            "عبد الرحمن",
        ] {
            let u = of(name);
            assert_eq!(u.len(), 1, "{name}: {u:?}");
            assert!(u[0].starts_with("abdr"), "{name}: {u:?}");
        }
        for name in ["Abdallah", "Abdullah", "Abd Allah", "Abdellah", "عبد الله"] {
            assert_eq!(
                super::super::sound_key(&of(name)[0]),
                "btl",
                "{name}: {:?}",
                of(name)
            );
        }
        for name in [
            "Nour ad-Din",
            "Noureddine",
            "Nour Eddine",
            "Nuruddin",
            "Nur al-Din",
        ] {
            let u = of(name);
            assert_eq!(u.len(), 1, "{name}: {u:?}");
            assert!(u[0].ends_with("din"), "{name}: {u:?}");
        }
        assert_eq!(of("Khadija El Idrissi"), ["khadija", "idrissi"]);
        assert_eq!(of("Khadija Al-Idrisi"), ["khadija", "idrisi"]);
        assert_eq!(of("خديجة الإدريسي"), ["khdija", "idrisi"]);
        let ben = units(&["Mohamed", "Ben Ali"]);
        assert_eq!(ben.units, ["mohamed", "benali"]);
        assert_eq!(ben.bare, ["ali"]);
        assert_eq!(of("Mohamed Ibn Ali"), ["mohamed", "benali"]);
        assert_eq!(of("Chang Hsiao-ming"), ["chang", "hsiao", "ming"]);
        assert!(readings("hsiao").contains(&"xiao".to_owned()));
        assert!(readings("maxamed").contains(&"mahamed".to_owned()));
        assert!(readings("cali").contains(&"ali".to_owned()));
        assert!(readings("serhii").contains(&"sergii".to_owned()));
        assert!(readings("olha").contains(&"olga".to_owned()));
        // Hassan is not read Gassan (Ghassan is another name).
        assert_eq!(readings("hassan"), ["hassan"]);
        assert_eq!(of("王小明"), ["wang", "xiao", "ming"]);
        assert_eq!(of("王伟"), ["wang", "wei"]);
        assert_eq!(of("Md. Rahman"), ["muhammad", "rahman"]);
        // The first word is never taken for an article: An Li, Ar Rashid.
        assert_eq!(of("An Nguyen"), ["an", "nguyen"]);
        // Names that only look like particles stay.
        assert_eq!(of("Alessandro Elena"), ["alessandro", "elena"]);
    }
}
