//! Thai text normalisation and matching keys.
//!
//! Thai arrives damaged from PDF extractors, OCR, legacy fonts and even CMS menus: sara am (ำ) split
//! into nikhahit + sara aa or duplicated, tone marks before their vowel, private-use presentation
//! glyphs, zero-width characters, and spaces inserted inside words. Matching is a substring search
//! on *keys* built the same way for the haystack and for the checklist phrase, so every repair
//! lives here, once. See `../shared/notes/thai-text-and-documents.md` section 2.
//!
//! Never NFKC Thai: it rewrites ำ into ํ + า, the very damage this module repairs.

const SARA_AM: char = '\u{0E33}';
const SARA_AA: char = '\u{0E32}';
const NIKHAHIT: char = '\u{0E4D}';

fn is_tone(c: char) -> bool {
    ('\u{0E48}'..='\u{0E4B}').contains(&c)
}

/// Upper and lower vowels a tone mark must follow (ั ิ ี ึ ื ุ ู ฺ ็).
fn is_mark_vowel(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}')
}

/// Thai characters drawn on, after or around the consonant before them: upper and lower vowels,
/// tone marks and the other diacritics (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎), and the vowels that follow a
/// consonant (ะ า ำ ๅ). Text that starts with one shows a loose mark on a dotted circle.
pub fn cannot_start(c: char) -> bool {
    matches!(
        c,
        '\u{0E30}'..='\u{0E3A}' | '\u{0E45}' | '\u{0E47}'..='\u{0E4E}'
    )
}

/// `text` without the loose vowels and tone marks at its start (a snippet cut inside a cluster).
pub fn trim_loose_start(text: &str) -> &str {
    text.trim_start_matches(cannot_start)
}

/// Characters that carry no text: zero-width space and joiners, word joiner, BOM, soft hyphen,
/// the replacement character and NUL.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{FFFD}'
            | '\0'
    )
}

/// Maps the private-use Thai presentation forms of legacy fonts (TLWG / Microsoft cmap) back to
/// the Thai code points they draw.
fn map_private_use(c: char) -> char {
    match c {
        '\u{F700}' => '\u{0E10}',
        '\u{F701}'..='\u{F704}' => char::from_u32(c as u32 - 0xF701 + 0x0E34).unwrap_or(c),
        '\u{F705}'..='\u{F707}' => char::from_u32(c as u32 - 0xF705 + 0x0E48).unwrap_or(c),
        '\u{F708}' => '\u{0E4B}',
        '\u{F709}' => '\u{0E4C}',
        '\u{F70A}'..='\u{F70E}' => char::from_u32(c as u32 - 0xF70A + 0x0E48).unwrap_or(c),
        '\u{F70F}' => '\u{0E0D}',
        '\u{F710}' => '\u{0E31}',
        '\u{F711}' => NIKHAHIT,
        '\u{F712}' => '\u{0E47}',
        '\u{F713}'..='\u{F717}' => char::from_u32(c as u32 - 0xF713 + 0x0E48).unwrap_or(c),
        '\u{F718}' => '\u{0E38}',
        '\u{F719}' => '\u{0E39}',
        '\u{F71A}' => '\u{0E3A}',
        '\u{F71B}' => '\u{0E0E}',
        '\u{F71C}' => '\u{0E0F}',
        '\u{F71D}' => '\u{0E2C}',
        '\u{F71E}' => NIKHAHIT,
        '\u{F71F}' => '\u{0E47}',
        _ => c,
    }
}

/// Repairs damaged Thai for display and matching: private-use glyphs mapped, invisible characters
/// dropped, sara am clusters rebuilt, tone marks put after their vowel. Whitespace and digits are
/// left as they are.
pub fn normalize(text: &str) -> String {
    normalized(text).into_owned()
}

/// Whether `text` has nothing for [`normalize`] to repair, as most text has not: checked in one
/// pass without allocating. Conservative: `false` only means the full repair must run.
fn is_clean(text: &str) -> bool {
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if is_invisible(c) || map_private_use(c) != c {
            return false;
        }
        let mut ahead = chars.clone();
        let next = ahead.next();
        let repairable = match c {
            SARA_AM | NIKHAHIT => next.is_some_and(|n| n == SARA_AA || is_tone(n)),
            // tone + ำ is right; tone + ำ + the same tone + า is a duplicated cluster
            _ if is_tone(c) => {
                next.is_some_and(is_mark_vowel)
                    || (next == Some(SARA_AM)
                        && ahead.next() == Some(c)
                        && ahead.next() == Some(SARA_AA))
            }
            _ => false,
        };
        if repairable {
            return false;
        }
    }
    true
}

/// [`normalize`], borrowing `text` when it needs no repair.
fn normalized(text: &str) -> std::borrow::Cow<'_, str> {
    if is_clean(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(repair(text))
    }
}

/// The repairs [`normalize`] makes.
fn repair(text: &str) -> String {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(map_private_use)
        .collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next_is_tone = at(i + 1).is_some_and(is_tone);
        // tone + ำ + the same tone + า → tone + ำ (a duplicated cluster)
        if is_tone(c)
            && at(i + 1) == Some(SARA_AM)
            && at(i + 2) == Some(c)
            && at(i + 3) == Some(SARA_AA)
        {
            out.push(c);
            out.push(SARA_AM);
            i += 4;
        // ำ or ํ, then tone, then า → tone + ำ
        } else if (c == SARA_AM || c == NIKHAHIT) && next_is_tone && at(i + 2) == Some(SARA_AA) {
            out.push(chars[i + 1]);
            out.push(SARA_AM);
            i += 3;
        // ำา or ํา → ำ
        } else if (c == SARA_AM || c == NIKHAHIT) && at(i + 1) == Some(SARA_AA) {
            out.push(SARA_AM);
            i += 2;
        // ำ + tone → tone + ำ
        } else if c == SARA_AM && next_is_tone {
            out.push(chars[i + 1]);
            out.push(SARA_AM);
            i += 2;
        // tone + upper/lower vowel → vowel + tone
        } else if is_tone(c) && at(i + 1).is_some_and(is_mark_vowel) {
            out.push(chars[i + 1]);
            out.push(c);
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Thai digits ๐–๙ → ASCII 0–9; everything else unchanged.
pub fn ascii_digits(text: &str) -> String {
    text.chars().map(ascii_digit).collect()
}

fn ascii_digit(c: char) -> char {
    match c {
        '\u{0E50}'..='\u{0E59}' => char::from(b'0' + (c as u32 - 0x0E50) as u8),
        _ => c,
    }
}

/// The key every match runs on: [`normalize`]d, Thai digits as ASCII, Latin letters lower-cased,
/// whitespace removed (extractors insert spaces inside Thai words; Thai needs no word breaks for
/// substring search) except one space between two Latin letters, so that English words keep
/// their boundaries (`No Gift Policy` is `no gift policy`, and the phrase `no gift` still ends
/// at a word boundary there).
pub fn match_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in normalized(text).chars().map(ascii_digit) {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if std::mem::take(&mut pending_space)
            && c.is_ascii_alphabetic()
            && key.chars().last().is_some_and(|p| p.is_ascii_alphabetic())
        {
            key.push(' ');
        }
        key.extend(c.to_lowercase());
    }
    key
}

/// The ำ-fold key: [`match_key`] with ำ folded to า and stray nikhahit dropped. Real Word-exported
/// PDFs lose the nikhahit, so `ประจำปี` arrives as `ประจาปี`; this key still matches it. Use it only
/// for phrase-length keys: folding makes short words ambiguous (`น้ำ` → `น้า`).
pub fn fold_key(text: &str) -> String {
    match_key(text)
        .chars()
        .filter(|c| *c != NIKHAHIT)
        .map(|c| if c == SARA_AM { SARA_AA } else { c })
        .collect()
}

/// Collapses runs of whitespace to one space and trims; for snippets shown to people.
pub fn squash_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_keys_keep_english_word_breaks_only() {
        assert_eq!(match_key("No\nGift Policy 2569"), "no gift policy2569");
        assert_eq!(match_key("ITA 2569 O 11"), "ita2569o11");
    }

    #[test]
    fn sara_am_variants_become_one_code_point() {
        assert_eq!(normalize("ดำาเนิน"), "ดำเนิน");
        assert_eq!(normalize("นำ้า"), "น้ำ");
        assert_eq!(normalize("น้ำ้า"), "น้ำ");
        assert_eq!(normalize("นํ้า"), "น้ำ");
        assert_eq!(normalize("นํา"), "นำ");
        assert_eq!(normalize("เจตจํานง"), "เจตจำนง");
    }

    #[test]
    fn clean_text_takes_the_fast_path_and_damaged_text_does_not() {
        assert!(is_clean("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ น้ำ ผู้รับจ้าง"));
        for damaged in [
            "ดำาเนิน",
            "นำ้า",
            "นํา",
            "ป\u{0E48}\u{0E35}",
            "ป\u{F714}อง",
            "แผน\u{200B}",
        ] {
            assert!(!is_clean(damaged), "{damaged}");
            assert_ne!(normalize(damaged), damaged);
        }
    }

    /// Every string of up to four characters from an alphabet of the characters the repairs look
    /// at: the fast path calls a string clean only when the repair leaves it as it is.
    #[test]
    fn the_fast_path_never_skips_a_repair() {
        let alphabet = [
            'น', 'ป', '\u{0E48}', '\u{0E49}', SARA_AM, SARA_AA, NIKHAHIT, '\u{0E35}', '\u{0E38}',
            '\u{F714}', '\u{200B}', ' ', '๒',
        ];
        let mut strings = vec![String::new()];
        let mut checked = 0;
        for _ in 0..4 {
            let mut longer = Vec::new();
            for s in &strings {
                for c in alphabet {
                    let t = format!("{s}{c}");
                    if is_clean(&t) {
                        assert_eq!(repair(&t), t, "{:?}", t.chars().collect::<Vec<_>>());
                    }
                    checked += 1;
                    longer.push(t);
                }
            }
            strings = longer;
        }
        assert!(checked > 20_000);
    }

    #[test]
    fn tone_before_vowel_is_reordered() {
        assert_eq!(normalize("ป\u{0E48}\u{0E35}"), "ปี่");
    }

    #[test]
    fn private_use_glyphs_are_mapped() {
        assert_eq!(normalize("ป\u{F714}อง"), "ป้อง");
        assert_eq!(normalize("ป\u{F702}"), "ปี");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(normalize("แผน\u{200B}ปฏิบัติ\u{FEFF}"), "แผนปฏิบัติ");
    }

    #[test]
    fn match_key_ignores_spaces_digits_and_case() {
        assert_eq!(match_key("ประจํา ปี พ.ศ. ๒๕๖๙"), "ประจำปีพ.ศ.2569");
        assert_eq!(match_key("No Gift  Policy"), "no gift policy");
        assert_eq!(match_key("การเปิ ดโอกาส"), match_key("การเปิดโอกาส"));
    }

    #[test]
    fn fold_key_matches_text_that_lost_nikhahit() {
        assert_eq!(fold_key("ประจำปี"), fold_key("ประจาปี"));
        assert_ne!(match_key("ประจำปี"), match_key("ประจาปี"));
    }
}
