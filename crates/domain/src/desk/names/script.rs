//! Names in Latin letters: transliteration of Arabic-script, Cyrillic and
//! Chinese names, and accents folded.

/// Latin transliteration of `name`, lower case, without accents: Arabic,
/// Persian and Urdu letters and Cyrillic are transliterated, Chinese
/// characters read in pinyin (one word per syllable); other scripts are
/// kept as they are (their Latin form is asked for separately). The Arabic
/// article written onto a word (الرحمن) becomes a word of its own (`al
/// rhmn`), as it is when written in Latin (al-Rahman); apostrophes inside
/// a word are dropped (N'Diaye, Ch'en).
#[must_use]
pub fn latin(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if is_mark(c) || is_apostrophe(c) {
            // Harakat, shadda, modifier letters and other marks: not
            // written in Latin.
            continue;
        }
        if word_start && c == 'ا' && chars.peek() == Some(&'ل') {
            chars.next();
            if chars.peek().is_some_and(|n| is_arabic_letter(*n)) {
                out.push_str("al ");
                continue;
            }
            out.push_str("al");
        } else if let Some(s) = arabic(c, word_start) {
            out.push_str(s);
        } else if let Some(s) = cyrillic(c.to_lowercase().next().unwrap_or(c)) {
            out.push_str(s);
        } else if let Some(s) = fold_latin(c) {
            out.push_str(&s);
        } else if let Some(syllable) = han(c) {
            out.push(' ');
            out.push_str(&syllable);
            out.push(' ');
        } else if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
        word_start = !c.is_alphabetic();
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{2018}'
    )
}

fn is_arabic_letter(c: char) -> bool {
    arabic(c, false).is_some()
}

/// The pinyin of a Chinese character, without tones (its most common
/// reading); ü is written u, as passports mostly do.
fn han(c: char) -> Option<String> {
    use pinyin::ToPinyin;
    c.to_pinyin().map(|p| p.plain().replace('ü', "u"))
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
        'ا' | 'أ' | 'آ' | 'ى' | 'ة' => "a",
        'إ' => "i",
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
        // ʿAyn starts a word with a vowel (عبد Abd, علي Ali, عمر Omar).
        'ع' if word_start => "a",
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
        'ъ' | 'ь' => "",
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

/// The syllables of Mandarin in pinyin without tones, as the readings of
/// the Chinese characters give them.
fn pinyin_syllables() -> &'static std::collections::HashSet<String> {
    static SYLLABLES: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    SYLLABLES.get_or_init(|| {
        ('\u{4E00}'..='\u{9FFF}')
            .filter_map(han)
            .filter(|s| s.chars().all(|c| c.is_ascii_lowercase()))
            .collect()
    })
}

/// Whether a Latin word is one or more pinyin syllables (Wang, Xiaoming,
/// Jianhua): a name in a romanisation where one letter more or less is
/// another name (Min and Ming, Jie and Jia), not another spelling.
#[must_use]
pub fn is_pinyin(word: &str) -> bool {
    let syllables = pinyin_syllables();
    // ends[i]: the first i letters are whole syllables.
    let mut ends = vec![false; word.len() + 1];
    ends[0] = true;
    for i in 0..word.len() {
        if !ends[i] {
            continue;
        }
        for j in i + 1..=word.len().min(i + 6) {
            if word.is_char_boundary(j) && syllables.contains(&word[i..j]) {
                ends[j] = true;
            }
        }
    }
    !word.is_empty() && ends[word.len()]
}
