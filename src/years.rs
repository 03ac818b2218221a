//! Buddhist-era years and fiscal years in Thai text.
//!
//! Agencies write years as `พ.ศ. ๒๕๖๙`, `ปีงบประมาณ 2569`, `พ.ศ..2568` (typo), `ต.ค. 68` or a range
//! `2566 – 2570`. The Thai fiscal year runs October to September and is named after the year it ends
//! in, so `ตุลาคม 2568` belongs to fiscal year 2569. A year rule is checked against the fiscal years
//! a text mentions; explicit fiscal-year phrases (`ประจำปีงบประมาณ 2568`) outrank incidental dates
//! (the date a report was signed), because that is how an assessor reads a document.

use serde::{Deserialize, Serialize};

use crate::thai;

/// A checklist item's year rule: which fiscal year the evidence must be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum YearRule {
    /// Standing information; no year needed.
    #[default]
    None,
    /// The assessed fiscal year.
    Current,
    /// The fiscal year before the assessed one (annual reports).
    Previous,
    /// The first half of the assessed fiscal year (6-month progress).
    FirstHalf,
    /// A plan in force in the assessed year: the year itself or a range covering it.
    InForce,
    /// An analysis of last year's ITA result with measures for this year: fiscal year {fy}, or
    /// "ITA {fy}−1" named as an ITA year.
    ItaAnalysis,
    /// Something that took place in the assessed fiscal year (a hearing, a training): the dates
    /// of what is reported decide (`24 มิถุนายน 2568` is FY2568 whatever the heading says); only
    /// a text without dates is judged by its fiscal-year phrases.
    Activity,
}

impl YearRule {
    /// The fiscal year a candidate must mention, for an assessment of `fiscal_year`.
    pub fn required_year(self, fiscal_year: u16) -> Option<u16> {
        match self {
            YearRule::None => None,
            YearRule::Current | YearRule::FirstHalf | YearRule::InForce => Some(fiscal_year),
            YearRule::Previous => Some(fiscal_year.saturating_sub(1)),
            YearRule::ItaAnalysis | YearRule::Activity => Some(fiscal_year),
        }
    }
}

/// One year found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMention {
    /// First and last fiscal year covered (equal unless the text gave a range).
    pub first: u16,
    /// Last fiscal year covered.
    pub last: u16,
    /// Written as a fiscal year (`ปีงบประมาณ`, `ประจำปี`) rather than an incidental date.
    pub explicit: bool,
    /// Named as the year of an ITA assessment (`ผลการประเมิน ITA ประจำปี 2568`).
    pub ita: bool,
    /// Part of a date with a month (`21 สิงหาคม 2568`, `ต.ค. 68`): when something happened.
    pub dated: bool,
    /// The text as written, for evidence.
    pub text: String,
}

/// How a text fares against a year rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearCheck {
    /// No year needed.
    NotRequired,
    /// The required year is there; the string that showed it.
    Found(String),
    /// Only other fiscal years are mentioned.
    Wrong {
        /// The year required.
        required: u16,
        /// The fiscal years mentioned.
        found: Vec<u16>,
    },
    /// No year at all.
    Missing {
        /// The year required.
        required: u16,
    },
}

/// The Thai names of the months, January first.
pub const THAI_MONTHS: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

const MONTHS_OCT_DEC: [&str; 6] = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "ต.ค.", "พ.ย.", "ธ.ค."];
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];

/// Every full month name and dotted abbreviation (`มีนาคม`, `มี.ค.`).
fn month_words() -> impl Iterator<Item = &'static str> {
    MONTH_NAMES
        .iter()
        .map(|(name, _)| *name)
        .chain(MONTH_ABBREVIATIONS)
}

/// A run of ASCII digits: byte range and value.
struct DigitRun {
    start: usize,
    end: usize,
    value: u32,
}

fn digit_runs(text: &str) -> Vec<DigitRun> {
    let mut runs = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start <= 6 {
                let value = text[start..i].parse().unwrap_or(0);
                runs.push(DigitRun {
                    start,
                    end: i,
                    value,
                });
            }
        } else {
            i += 1;
        }
    }
    runs
}

/// `text` with whitespace and dots removed, for looking at what stands around a number.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect()
}

/// Whether the text before a year names it as a fiscal year (`ปีงบประมาณ พ.ศ.`, `ประจำปี`).
fn names_fiscal_year(before: &str) -> bool {
    let squeezed = squeeze(before);
    let head = squeezed.strip_suffix("พศ").unwrap_or(&squeezed);
    // "ประจาปี": Word-exported PDFs lose the nikhahit of ประจำ
    head.ends_with("ปีงบประมาณ")
        || head.ends_with("ประจำปี")
        || head.ends_with("ประจาปี")
        || head.ends_with("ปีงบ")
}

fn is_range_separator(between: &str) -> bool {
    let squeezed = squeeze(between);
    let squeezed = squeezed.strip_suffix("พศ").unwrap_or(&squeezed);
    matches!(squeezed, "-" | "–" | "—" | "ถึง" | "ถึงปี" | "/")
}

/// Every Buddhist-era year in `text` (Thai or Arabic digits), as fiscal years.
pub fn find_years(text: &str) -> Vec<YearMention> {
    let text = thai::ascii_digits(&thai::normalize(text));
    let runs = digit_runs(&text);
    let range_months = range_end_years(&text);
    let mut found = Vec::new();
    let mut skip_next = false;
    for (index, run) in runs.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let digits = run.end - run.start;
        let before = preceding(&text, run.start, 24);
        let squeezed_before = squeeze(before);
        let year = match (digits, run.value) {
            (4, 2540..=2599) => run.value as u16,
            // two-digit years only right after a month abbreviation or ปีงบประมาณ (`ต.ค. 68`)
            (2, 40..=99)
                if MONTH_ABBREVIATIONS
                    .iter()
                    .any(|m| squeezed_before.ends_with(&squeeze(m)))
                    || squeezed_before.ends_with("ปีงบประมาณ")
                    || squeezed_before.ends_with("ปีงบ") =>
            {
                2500 + run.value as u16
            }
            // a Common Era year in a Thai date (`16 มีนาคม 2026`, as WordPress prints post dates)
            // or after ค.ศ.; a bare 2026 may be anything (a phone number, an amount)
            (4, 1990..=2100)
                if squeezed_before.ends_with("คศ")
                    || month_words().any(|m| squeezed_before.ends_with(&squeeze(m))) =>
            {
                run.value as u16 + 543
            }
            _ => continue,
        };
        let explicit = names_fiscal_year(before);
        let range_end = runs.get(index + 1).filter(|next| {
            next.end - next.start == 4
                && (u32::from(year)..=u32::from(year) + 10).contains(&next.value)
                && next.value != u32::from(year)
                && is_range_separator(&text[run.end..next.start])
        });
        // October–December: the month this year is written with decides when it ends a month
        // range; otherwise the last month named in the 24 characters before (`ต.ค. และ มี.ค.
        // 2569` is March)
        let october_to_december = match range_months.get(&run.start) {
            // a range from before October into October–December of one year (พ.ค. – ต.ค. 2568)
            // falls in two fiscal years: it is dated by the one that holds more of its months
            Some(RangeEnd {
                month,
                opened_by: Some(opened),
            }) if *month >= 10 && *opened < 10 => month - 9 >= 10 - opened,
            Some(end) => end.month >= 10,
            None => month_words()
                .filter_map(|m| before.rfind(m).map(|at| (at + m.len(), m)))
                .max()
                .is_some_and(|(_, m)| MONTHS_OCT_DEC.contains(&m)),
        };
        let shift = u16::from(range_end.is_none() && !explicit && october_to_december);
        let (first, last, end) = match range_end {
            Some(next) => {
                skip_next = true;
                (year, next.value as u16, next.end)
            }
            None => (year + shift, year + shift, run.end),
        };
        let context_start = run.start - preceding(&text, run.start, 12).len();
        let lower = squeezed_before.to_lowercase();
        // "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568": the name can stand further back, right
        // before the fiscal-year phrase
        let wide = squeeze(preceding(&text, run.start, 40)).to_lowercase();
        let named = ["พศ", "ประจำปีงบประมาณ", "ปีงบประมาณ", "ประจำปี", "ปี"]
            .iter()
            .fold(wide.as_str(), |rest, suffix| {
                rest.strip_suffix(suffix).unwrap_or(rest)
            });
        let ita = lower.contains("ita")
            || lower.contains("คุณธรรมและความโปร่งใส")
            || named.ends_with("ita");
        // abbreviations keep their dots here: squeezed, `มค` or `สค` would also match inside words
        let near = preceding(&text, run.start, 14);
        let dated = month_words().any(|m| near.contains(m));
        found.push(YearMention {
            first,
            last,
            explicit,
            ita,
            dated,
            text: thai::squash_spaces(&text[context_start..end]),
        });
    }
    found
}

/// Up to `chars` characters before byte offset `end`, and a few more when the cut would fall
/// inside a Thai cluster: a snippet never starts with a loose vowel or tone mark.
fn preceding(text: &str, end: usize, chars: usize) -> &str {
    let head = &text[..end];
    let mut start = head
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    while head[start..].starts_with(thai::cannot_start)
        && let Some((i, _)) = head[..start].char_indices().next_back()
    {
        start = i;
    }
    &head[start..]
}

/// Checks `text` against `rule` for an assessment of `fiscal_year`.
pub fn check(rule: YearRule, fiscal_year: u16, text: &str) -> YearCheck {
    if rule.required_year(fiscal_year).is_none() {
        return YearCheck::NotRequired;
    }
    check_mentions(rule, fiscal_year, &find_years(text))
}

/// Checks year mentions (from [`find_years`]) against `rule` for an assessment of `fiscal_year`.
fn check_mentions(rule: YearRule, fiscal_year: u16, mentions: &[YearMention]) -> YearCheck {
    let Some(required) = rule.required_year(fiscal_year) else {
        return YearCheck::NotRequired;
    };
    // Explicit fiscal-year phrases decide when there are any; incidental dates only otherwise.
    // For an activity it is the other way round: its dates say when it took place.
    let explicit: Vec<&YearMention> = mentions.iter().filter(|m| m.explicit).collect();
    let dated: Vec<&YearMention> = mentions.iter().filter(|m| m.dated).collect();
    // A plan in force is dated by its span: when a text gives ranges of years (แผนพัฒนาท้องถิ่น
    // พ.ศ. 2561 - 2565), they decide, not a single year written elsewhere on the page.
    let ranges: Vec<&YearMention> = mentions.iter().filter(|m| m.last > m.first).collect();
    let mut considered: Vec<&YearMention> = if rule == YearRule::Activity && !dated.is_empty() {
        dated
    } else if rule == YearRule::InForce && !ranges.is_empty() {
        ranges
    } else if explicit.is_empty() {
        mentions.iter().collect()
    } else {
        explicit
    };
    // The year of an ITA assessment ("เอกสารประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568" on the
    // cover of the FY2567 report) is not the year the text covers, when it gives another
    if rule != YearRule::ItaAnalysis && considered.iter().any(|m| !m.ita) {
        considered.retain(|m| !m.ita);
    }
    let covers = |m: &&YearMention| match rule {
        YearRule::InForce => m.first <= required && required <= m.last,
        YearRule::ItaAnalysis => {
            (m.first <= required && required <= m.last && m.last - m.first <= 1)
                || (m.ita && m.first == required - 1 && m.last == m.first)
        }
        _ => m.first <= required && required <= m.last && (m.last - m.first) <= 1,
    };
    if let Some(hit) = considered.iter().find(|m| covers(m)) {
        return YearCheck::Found(hit.text.clone());
    }
    if considered.is_empty() {
        return YearCheck::Missing { required };
    }
    let mut years: Vec<u16> = considered.iter().flat_map(|m| [m.first, m.last]).collect();
    years.sort_unstable();
    years.dedup();
    YearCheck::Wrong {
        required,
        found: years,
    }
}

/// Whether `rule` is met in `text` only through years written in Thai digits. OCR misreads those
/// (๒๕๖๗ comes out as ๒๕๒๐, see `../shared/notes/thai-text-and-documents.md` section 4) while
/// reading Arabic digits well, so in OCR text such a year is weak evidence.
pub fn rests_on_thai_digits(rule: YearRule, fiscal_year: u16, text: &str) -> bool {
    // every Thai digit blanked: what is still found does not depend on them
    let blanked: String = text
        .chars()
        .map(|c| if ('๐'..='๙').contains(&c) { '#' } else { c })
        .collect();
    matches!(check(rule, fiscal_year, text), YearCheck::Found(_))
        && !matches!(check(rule, fiscal_year, &blanked), YearCheck::Found(_))
}

// ---------------------------------------------------------------------------------------------
// Periods: month ranges, quarters and "รอบ N เดือน" report rounds.

/// What kind of period a text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    /// A run of calendar months (`ต.ค. 2568 – มี.ค. 2569`), or one month named as a period
    /// (`ประจำเดือนตุลาคม 2568`).
    Months,
    /// The first `months` months of a fiscal year (`รอบ 6 เดือน`: October to March), or with
    /// `second_half` the last six (`รอบ 6 เดือนหลัง`: April to September).
    Round {
        /// Its length in months.
        months: u8,
        /// The second half of the fiscal year.
        second_half: bool,
    },
    /// Quarters `first..=last` of a fiscal year (`ไตรมาสที่ 1`: October to December).
    Quarters {
        /// The first quarter.
        first: u8,
        /// The last quarter.
        last: u8,
    },
}

/// First and last month of a period, as (Buddhist-era year, month 1–12).
pub type MonthSpan = ((u16, u8), (u16, u8));

/// A period found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// What kind of period.
    pub kind: PeriodKind,
    /// First and last month covered as (Buddhist-era year, month 1–12); `None` when the text gives
    /// no year for the period.
    pub months: Option<MonthSpan>,
    /// First and last fiscal year covered; `None` when the text gives no year.
    pub fiscal_years: Option<(u16, u16)>,
    /// The text as written (Thai digits as ASCII), for display.
    pub text: String,
}

/// The period of `text` that shows it covers only part of fiscal year `fiscal_year` (a six-month
/// round, `ต.ค. 2567 – มี.ค. 2568`), when every period the text gives for that year is shorter
/// than the year; `None` when it covers the whole year or says nothing of its months.
pub fn partial_year(text: &str, fiscal_year: u16) -> Option<Period> {
    let periods: Vec<Period> = find_periods(text)
        .into_iter()
        .filter(|p| p.fiscal_years == Some((fiscal_year, fiscal_year)))
        .collect();
    let length = |p: &Period| {
        p.months.map(|((y1, m1), (y2, m2))| {
            (i32::from(y2) * 12 + i32::from(m2)) - (i32::from(y1) * 12 + i32::from(m1)) + 1
        })
    };
    if periods.iter().any(|p| length(p).is_some_and(|n| n >= 12)) {
        return None;
    }
    periods
        .into_iter()
        .find(|p| length(p).is_some_and(|n| n < 12))
}

/// The fiscal year a month belongs to: October–December of BE year `y` are in fiscal year y + 1.
pub fn fiscal_year_of(year: u16, month: u8) -> u16 {
    if month >= 10 { year + 1 } else { year }
}

/// The months of the fiscal year `fy` from fiscal month `from` to `to` (1 = October … 12 = September).
fn fiscal_months(fy: u16, from: u8, to: u8) -> MonthSpan {
    let calendar = |n: u8| {
        let month = (n + 8) % 12 + 1;
        (if month >= 10 { fy - 1 } else { fy }, month)
    };
    (calendar(from), calendar(to))
}

/// Full month names and abbreviations, with the month they name. Abbreviations are matched with
/// any dots and spaces (`ต.ค.`, `ต. ค.`, `ต.ค`); see [`month_at`].
const MONTH_NAMES: [(&str, u8); 12] = [
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
];

/// Abbreviations as their two halves: `มี.ค.` is ("มี", "ค").
const MONTH_HALVES: [(&str, &str, u8); 12] = [
    ("ม", "ค", 1),
    ("ก", "พ", 2),
    ("มี", "ค", 3),
    ("เม", "ย", 4),
    ("พ", "ค", 5),
    ("มิ", "ย", 6),
    ("ก", "ค", 7),
    ("ส", "ค", 8),
    ("ก", "ย", 9),
    ("ต", "ค", 10),
    ("พ", "ย", 11),
    ("ธ", "ค", 12),
];

fn is_thai_consonant(c: char) -> bool {
    // ก … ฮ (U+0E01–U+0E2E)
    ('ก'..='ฮ').contains(&c)
}

/// Skips spaces from byte `i` of `text`.
fn skip_spaces(text: &str, i: usize) -> usize {
    i + text[i..].len() - text[i..].trim_start().len()
}

/// A month name or abbreviation starting at byte `i`: (month, end byte).
fn month_at(text: &str, i: usize) -> Option<(u8, usize)> {
    let rest = &text[i..];
    if let Some((name, month)) = MONTH_NAMES.iter().find(|(name, _)| rest.starts_with(name)) {
        return Some((*month, i + name.len()));
    }
    // an abbreviation may not continue an acronym leftwards: ก.พ. in อ.ก.พ. is a committee
    let mut before = text[..i].chars().rev();
    if before.next() == Some('.') && before.next().is_some_and(is_thai_consonant) {
        return None;
    }
    MONTH_HALVES.iter().find_map(|(head, tail, month)| {
        let after_head = i + rest.strip_prefix(head).map(|_| head.len())?;
        let dot = skip_spaces(text, after_head);
        let after_dot = dot + text[dot..].strip_prefix('.').map(|_| 1)?;
        let t = skip_spaces(text, after_dot);
        let after_tail = t + text[t..].strip_prefix(tail).map(|_| tail.len())?;
        let next = skip_spaces(text, after_tail);
        let dotted = text[next..].starts_with('.');
        let end = if dotted { next + 1 } else { after_tail };
        let mut after = text[end..].chars();
        let first = after.next();
        if !dotted {
            // without its final dot the tail may begin a word: ก.ค่า, ต.คน
            if first.is_some_and(|c| is_thai_consonant(c) || ('\u{0E30}'..='\u{0E4E}').contains(&c))
            {
                return None;
            }
        } else if first.is_some_and(is_thai_consonant) && after.next() == Some('.') {
            // the acronym goes on: ก.ค.ศ., ก.พ.ร. are commissions, not months
            return None;
        }
        Some((*month, end))
    })
}

/// A Buddhist-era year right after byte `i` (spaces, an optional `พ.ศ.`, then 4 digits 25xx or
/// 2 digits): (year, end byte).
fn year_after(text: &str, i: usize) -> Option<(u16, usize)> {
    let mut j = skip_spaces(text, i);
    let squeezed_prefix = |s: &str| {
        // `พ.ศ.`, `พ. ศ.`, `พศ` …
        let mut k = 0;
        for part in ["พ", ".", "ศ", "."] {
            let at = skip_spaces(s, k);
            match s[at..].strip_prefix(part) {
                Some(_) => k = at + part.len(),
                None if part == "." => k = at,
                None => return None,
            }
        }
        Some(k)
    };
    if let Some(k) = squeezed_prefix(&text[j..]) {
        j = skip_spaces(text, j + k);
    }
    let digits = text[j..].bytes().take_while(u8::is_ascii_digit).count();
    let value: u16 = text[j..j + digits].parse().ok()?;
    match (digits, value) {
        (4, 2540..=2599) => Some((value, j + digits)),
        (2, 40..=99) => Some((2500 + value, j + digits)),
        _ => None,
    }
}

/// Whether the text between two months joins them into a range: a dash or ถึง, optionally
/// with เดือน / วันที่ and the day the range ends on (`– 31`, `ถึงวันที่ 31`).
fn joins_range(between: &str) -> bool {
    let squeezed = squeeze(between);
    let Some(rest) = ["-", "–", "—", "จนถึง", "ถึง"]
        .iter()
        .find_map(|sep| squeezed.strip_prefix(sep))
    else {
        return false;
    };
    let rest = rest
        .strip_prefix("เดือน")
        .or_else(|| rest.strip_prefix("วันที่"))
        .unwrap_or(rest);
    rest.len() <= 2 && rest.bytes().all(|b| b.is_ascii_digit())
}

/// A month found in the text, with the year written after it, if any.
struct MonthMention {
    start: usize,
    month: u8,
    year: Option<u16>,
    /// Byte offset of the year's digits.
    year_start: usize,
    end: usize,
}

fn month_mentions(text: &str) -> Vec<MonthMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if let Some((month, end)) = month_at(text, i) {
            let (year, year_start, end) = match year_after(text, end) {
                Some((year, year_end)) => {
                    let digits = text[..year_end]
                        .bytes()
                        .rev()
                        .take_while(u8::is_ascii_digit)
                        .count();
                    (Some(year), year_end - digits, year_end)
                }
                None => (None, end, end),
            };
            found.push(MonthMention {
                start: i,
                month,
                year,
                year_start,
                end,
            });
            i = end;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The years written at either end of a month range (`ต.ค. 2568 – มี.ค. 2569`), by the byte
/// offset of their digits in `text` (normalised, ASCII digits), with the month each belongs to.
/// [`find_years`] shifts such a year by its own month only: without this, the ต.ค. before
/// มี.ค. 2569 made that 2569 read as October, fiscal year 2570.
fn range_end_years(text: &str) -> std::collections::HashMap<usize, RangeEnd> {
    let months = month_mentions(text);
    let mut years = std::collections::HashMap::new();
    for pair in months.windows(2) {
        if joins_range(&text[pair[0].end..pair[1].start]) {
            for (i, m) in pair.iter().enumerate().filter(|(_, m)| m.year.is_some()) {
                years.insert(
                    m.year_start,
                    RangeEnd {
                        month: m.month,
                        // the first month of a range that takes its year from the last
                        opened_by: (i == 1 && pair[0].year.is_none()).then_some(pair[0].month),
                    },
                );
            }
        }
    }
    years
}

/// A year written at an end of a month range: its own month, and the range's first month when
/// that month borrows this year (`16 พฤษภาคม – 10 ตุลาคม 2568`).
#[derive(Clone, Copy)]
struct RangeEnd {
    month: u8,
    opened_by: Option<u8>,
}

/// The fiscal year named in the 40 characters after byte `end` of `text` (an explicit fiscal-year
/// phrase first), else in the 30 before byte `start`: the year of a quarter or a round.
fn nearby_fiscal_year(text: &str, start: usize, end: usize) -> Option<u16> {
    let after: String = text[end..].chars().take(40).collect();
    let pick = |mentions: Vec<YearMention>| {
        mentions
            .iter()
            .find(|m| m.explicit)
            .or(mentions.first())
            .map(|m| m.first)
    };
    pick(find_years(&after)).or_else(|| pick(find_years(preceding(text, start, 30))))
}

/// Every period in `text`: month ranges (`ต.ค. 2568 – มี.ค. 2569`, `ตุลาคม ๒๕๖๘ - มีนาคม ๒๕๖๙`,
/// `ต.ค. – ธ.ค. 2568`), single months named as a period (`ประจำเดือน ต.ค. 68`), quarters
/// (`ไตรมาสที่ 1`, `ไตรมาส 1-2`) and report rounds (`รอบ 6 เดือน`, `รอบ ๑๒ เดือน`), each with
/// the months and fiscal years it covers. A pure function: year rules do not use it (yet).
pub fn find_periods(text: &str) -> Vec<Period> {
    let text = thai::ascii_digits(&thai::normalize(text));
    // (start byte, period), sorted by start at the end
    let mut periods: Vec<(usize, Period)> = Vec::new();
    let months = month_mentions(&text);
    let mut index = 0;
    while index < months.len() {
        let first = &months[index];
        let range_end = months
            .get(index + 1)
            .filter(|next| joins_range(&text[first.end..next.start]));
        let Some(last) = range_end else {
            // one month is a period only when named as the month of a report (ประจำเดือน …, or
            // เดือน … standing as a label), not when a sentence runs into it ("…อุทกภัยเดือน
            // กันยายน 2568": when something happened)
            let raw = preceding(&text, first.start, 12).trim_end();
            let labelled = squeeze(raw).ends_with("ประจำเดือน")
                || raw.strip_suffix("เดือน").is_some_and(|rest| {
                    rest.chars()
                        .last()
                        .is_none_or(|c| !('\u{0E00}'..='\u{0E7F}').contains(&c))
                });
            if let Some(year) = first.year
                && labelled
            {
                let fy = fiscal_year_of(year, first.month);
                periods.push((
                    first.start,
                    Period {
                        kind: PeriodKind::Months,
                        months: Some(((year, first.month), (year, first.month))),
                        fiscal_years: Some((fy, fy)),
                        text: thai::squash_spaces(&text[first.start..first.end]),
                    },
                ));
            }
            index += 1;
            continue;
        };
        index += 2;
        // a missing year is taken from the other end: ต.ค. – ธ.ค. 2568, ต.ค. 2568 – มี.ค.
        let (from_year, to_year) = match (first.year, last.year) {
            (Some(a), Some(b)) => (Some(a), Some(b)),
            (None, Some(b)) => (
                Some(if first.month <= last.month { b } else { b - 1 }),
                Some(b),
            ),
            (Some(a), None) => (
                Some(a),
                Some(if last.month >= first.month { a } else { a + 1 }),
            ),
            (None, None) => (None, None),
        };
        let mut span = (from_year.zip(to_year)).map(|(a, b)| ((a, first.month), (b, last.month)));
        if span.is_none() {
            // ตุลาคม – มีนาคม ปีงบประมาณ 2569: the months of that fiscal year
            if let Some(fy) = nearby_fiscal_year(&text, first.start, last.end) {
                let year_of = |m: u8| if m >= 10 { fy - 1 } else { fy };
                span = Some((
                    (year_of(first.month), first.month),
                    (year_of(last.month), last.month),
                ));
            }
        }
        // a backwards or decade-long "range" is two unrelated dates
        let months_between = |((y1, m1), (y2, m2)): MonthSpan| {
            i32::from(y2) * 12 + i32::from(m2) - (i32::from(y1) * 12 + i32::from(m1))
        };
        if span.is_some_and(|s| !(0..=60).contains(&months_between(s))) {
            index -= 1;
            continue;
        }
        periods.push((
            first.start,
            Period {
                kind: PeriodKind::Months,
                months: span,
                fiscal_years: span
                    .map(|((y1, m1), (y2, m2))| (fiscal_year_of(y1, m1), fiscal_year_of(y2, m2))),
                text: thai::squash_spaces(&text[first.start..last.end]),
            },
        ));
    }
    periods.extend(rounds_and_quarters(&text));
    periods.sort_by_key(|(start, _)| *start);
    periods.into_iter().map(|(_, p)| p).collect()
}

fn rounds_and_quarters(text: &str) -> Vec<(usize, Period)> {
    static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:รอบ|ระยะ)\s*(\d{1,2})\s*เดือน(\s*(?:แรก|หลัง))?|ไตรมาส(?:ที่)?\s*(\d)(?:\s*(?:-|–|—|ถึง|และ)\s*(?:ไตรมาส(?:ที่)?\s*)?(\d))?",
        )
        .expect("period pattern")
    });
    let mut periods = Vec::new();
    for caps in PATTERN.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u8>().ok());
        let (kind, from, to) = if let Some(months) = number(1) {
            let second_half = caps.get(2).is_some_and(|m| m.as_str().trim() == "หลัง");
            match (months, second_half) {
                (6, true) => (
                    PeriodKind::Round {
                        months,
                        second_half,
                    },
                    7,
                    12,
                ),
                (3 | 6 | 9 | 12, false) => (
                    PeriodKind::Round {
                        months,
                        second_half,
                    },
                    1,
                    months,
                ),
                _ => continue,
            }
        } else {
            let first = number(3).unwrap_or(0);
            let last = number(4).unwrap_or(first);
            if !(1..=4).contains(&first) || !(first..=4).contains(&last) {
                continue;
            }
            (
                PeriodKind::Quarters { first, last },
                first * 3 - 2,
                last * 3,
            )
        };
        let fy = nearby_fiscal_year(text, whole.start(), whole.end());
        periods.push((
            whole.start(),
            Period {
                kind,
                months: fy.map(|fy| fiscal_months(fy, from, to)),
                fiscal_years: fy.map(|fy| (fy, fy)),
                text: thai::squash_spaces(whole.as_str()),
            },
        ));
    }
    periods
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(text: &str) -> Vec<(u16, u16, bool)> {
        find_years(text)
            .into_iter()
            .map(|m| (m.first, m.last, m.explicit))
            .collect()
    }

    #[test]
    fn a_snippet_never_starts_inside_a_thai_cluster() {
        // twelve characters before 2569 end on the vowel ี of ที่; the snippet takes in its
        // consonant instead of showing a loose vowel
        let found = find_years("ประกาศ ณ วันที่ 5 มีนาคม 2569");
        assert_eq!(found[0].text, "ที่ 5 มีนาคม 2569");
    }

    #[test]
    fn dates_with_a_month_are_marked_dated() {
        let dated: Vec<bool> =
            find_years("ประชุมครั้งที่ 3/2568 เมื่อวันที่ 21 สิงหาคม 2568 ตามข้อบังคับ พ.ศ. 2563 ต.ค. 68")
                .iter()
                .map(|m| m.dated)
                .collect();
        assert_eq!(dated, vec![false, true, false, true]);
    }

    #[test]
    fn the_month_nearest_the_year_decides_the_shift() {
        assert_eq!(years("ต.ค. และ มี.ค. 2569"), vec![(2569, 2569, false)]);
        assert_eq!(years("มี.ค. และ ต.ค. 2568"), vec![(2569, 2569, false)]);
    }

    #[test]
    fn common_era_years_in_thai_dates() {
        assert_eq!(years("16 มีนาคม 2026"), vec![(2569, 2569, false)]);
        assert_eq!(years("28 ตุลาคม 2024"), vec![(2568, 2568, false)]);
        assert_eq!(years("ค.ศ. 2025"), vec![(2568, 2568, false)]);
        assert_eq!(years("โทร 2026 ราคา 2025 บาท"), vec![]);
    }

    #[test]
    fn an_activity_is_dated_by_when_it_took_place() {
        let hearing =
            "ประชุมรับฟังความคิดเห็น ประจำปี 2568 วันที่ 24 มิถุนายน 2568 ข้อคิดเห็นจะใช้ในปีงบประมาณ พ.ศ. 2569";
        assert_eq!(
            check(YearRule::Activity, 2569, hearing),
            YearCheck::Wrong {
                required: 2569,
                found: vec![2568]
            }
        );
        // the same text as a plan item: the fiscal-year phrase that names 2569 counts
        assert!(matches!(
            check(YearRule::Current, 2569, hearing),
            YearCheck::Found(_)
        ));
        // 1 October 2568 is in fiscal year 2569
        assert!(matches!(
            check(YearRule::Activity, 2569, "อบรมเมื่อวันที่ 1 ตุลาคม 2568"),
            YearCheck::Found(_)
        ));
        // without dates, the fiscal-year phrase decides
        assert!(matches!(
            check(YearRule::Activity, 2569, "ผลการดำเนินงาน ปีงบประมาณ 2569"),
            YearCheck::Found(_)
        ));
    }

    #[test]
    fn ita_year_named_far_before_the_number() {
        let mentions = find_years("การนำผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ไปสู่การพัฒนาองค์กร");
        assert!(mentions[0].ita && mentions[0].explicit);
    }

    #[test]
    fn thai_and_arabic_digits() {
        assert_eq!(years("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"), vec![(2569, 2569, true)]);
        assert_eq!(years("พ. ศ. 2566"), vec![(2566, 2566, false)]);
        assert_eq!(years("พ.ศ..2568"), vec![(2568, 2568, false)]);
    }

    #[test]
    fn october_to_december_belong_to_the_next_fiscal_year() {
        assert_eq!(years("สขร. เดือน ตุลาคม 2568"), vec![(2569, 2569, false)]);
        assert_eq!(years("ต.ค. 68"), vec![(2569, 2569, false)]);
        assert_eq!(years("มีนาคม 2569"), vec![(2569, 2569, false)]);
    }

    #[test]
    fn each_end_of_a_month_range_is_shifted_by_its_own_month() {
        // March 2569 is fiscal 2569, whatever October stands before it
        assert_eq!(
            years("ต.ค. 2568 – มี.ค. 2569"),
            vec![(2569, 2569, false), (2569, 2569, false)]
        );
        // the whole of fiscal year 2568: no FY2569 in it
        assert_eq!(
            years("ระหว่างวันที่ 1 ต.ค. 2567 – 30 ก.ย. 2568"),
            vec![(2568, 2568, false), (2568, 2568, false)]
        );
        assert_eq!(
            check(
                YearRule::Current,
                2569,
                "ผลการดำเนินงาน 1 ต.ค. 2567 – 30 ก.ย. 2568"
            ),
            YearCheck::Wrong {
                required: 2569,
                found: vec![2568]
            }
        );
        // December still shifts
        assert_eq!(
            years("1 ม.ค. 2568 – 31 ธ.ค. 2568"),
            vec![(2568, 2568, false), (2569, 2569, false)]
        );
    }

    #[test]
    fn an_ita_assessments_year_is_not_the_years_the_text_covers() {
        let cover = "รายงานผลการจัดซื้อจัดจ้างประจำปี พ.ศ. 2567 เอกสารประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 \
                     ปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)";
        assert_eq!(
            check(YearRule::Previous, 2569, cover),
            YearCheck::Wrong {
                required: 2568,
                found: vec![2567]
            }
        );
        // alone, it is still a year
        assert!(matches!(
            check(YearRule::Current, 2569, "ข้อมูลผู้บริหาร (ITA 2569)"),
            YearCheck::Found(_)
        ));
    }

    #[test]
    fn a_month_a_sentence_runs_into_is_no_period() {
        let report = "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ปัญหาอุปสรรค: \
                      โครงการบางรายการไม่ได้ดำเนินการเนื่องจากติดภารกิจช่วงอุทกภัยเดือนกันยายน 2568";
        assert_eq!(partial_year(report, 2568), None);
        // a monthly report's month is its period
        assert!(partial_year("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน กันยายน 2568", 2568).is_some());
        assert!(partial_year("สรุปผลการจัดซื้อจัดจ้าง เดือน ก.ย. 2568", 2568).is_some());
    }

    #[test]
    fn a_range_borrowing_its_end_year_is_dated_by_most_of_its_months() {
        // May–October 2568: five months of fiscal 2568, one of 2569
        assert_eq!(
            years("ภาคเรียนที่ 1 (16 พฤษภาคม – 10 ตุลาคม 2568)"),
            vec![(2568, 2568, false)]
        );
        // August–December 2568: two months of fiscal 2568, three of 2569
        assert_eq!(years("ส.ค. – ธ.ค. 2568"), vec![(2569, 2569, false)]);
        // October–December stays in the next fiscal year
        assert_eq!(years("ต.ค. – ธ.ค. 2568"), vec![(2569, 2569, false)]);
    }

    #[test]
    fn ranges_cover_every_year() {
        assert_eq!(
            years("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)"),
            vec![(2566, 2570, false)]
        );
        assert!(matches!(
            check(YearRule::InForce, 2569, "แผน 2566-2570"),
            YearCheck::Found(_)
        ));
        assert!(matches!(
            check(YearRule::Current, 2569, "แผน 2566-2570"),
            YearCheck::Wrong { .. }
        ));
    }

    #[test]
    fn explicit_fiscal_year_outranks_signing_date() {
        let report = "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 ประกาศ ณ วันที่ 15 ธันวาคม 2568";
        assert!(matches!(
            check(YearRule::Previous, 2569, report),
            YearCheck::Found(_)
        ));
        assert_eq!(
            check(YearRule::Current, 2569, report),
            YearCheck::Wrong {
                required: 2569,
                found: vec![2568]
            }
        );
    }

    #[test]
    fn ita_analysis_takes_this_year_or_last_years_ita() {
        let rule = YearRule::ItaAnalysis;
        assert!(matches!(
            check(rule, 2569, "การวิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. 2568"),
            YearCheck::Found(_)
        ));
        assert!(matches!(
            check(rule, 2569, "มาตรการ ประจำปีงบประมาณ 2569"),
            YearCheck::Found(_)
        ));
        // last year's analysis: ITA 2567 with measures for 2568
        let decoy = "ผลการประเมิน ITA ประจำปี 2567 มาตรการ ประจำปีงบประมาณ พ.ศ. 2568";
        assert!(matches!(check(rule, 2569, decoy), YearCheck::Wrong { .. }));
    }

    #[test]
    fn missing_year_is_reported() {
        assert_eq!(
            check(YearRule::Current, 2569, "แผนปฏิบัติการ"),
            YearCheck::Missing { required: 2569 }
        );
        assert_eq!(
            check(YearRule::None, 2569, "แผนปฏิบัติการ"),
            YearCheck::NotRequired
        );
    }

    #[test]
    fn numbers_that_are_not_years_are_ignored() {
        assert!(years("งบประมาณ 125690 บาท เลขที่ 2612 รหัส 10230").is_empty());
        assert!(years("บ้านเลขที่ 68 หมู่ 5").is_empty());
    }

    #[test]
    fn a_year_only_in_thai_digits_is_flagged() {
        let rule = YearRule::Current;
        assert!(rests_on_thai_digits(
            rule,
            2569,
            "รายงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
        ));
        // the same year in Arabic digits too: the Thai digits are not needed
        assert!(!rests_on_thai_digits(
            rule,
            2569,
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (2569)"
        ));
        assert!(!rests_on_thai_digits(
            rule,
            2569,
            "ประจำปีงบประมาณ พ.ศ. 2569"
        ));
        // not met at all: nothing to flag
        assert!(!rests_on_thai_digits(
            rule,
            2569,
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
        ));
        assert!(!rests_on_thai_digits(YearRule::None, 2569, "๒๕๖๙"));
    }

    #[test]
    fn adjacent_years_are_all_found() {
        assert_eq!(
            years("2568 2569"),
            vec![(2568, 2568, false), (2569, 2569, false)]
        );
        assert_eq!(years("ปีงบประมาณ 69"), vec![(2569, 2569, true)]);
    }

    /// kind, months, fiscal years
    type Found = (PeriodKind, Option<MonthSpan>, Option<(u16, u16)>);

    fn periods(text: &str) -> Vec<Found> {
        find_periods(text)
            .into_iter()
            .map(|p| (p.kind, p.months, p.fiscal_years))
            .collect()
    }

    const MONTHS: PeriodKind = PeriodKind::Months;

    #[test]
    fn month_ranges_map_to_fiscal_years() {
        // October–March is the first half of the fiscal year that ends in September 2569
        let first_half = vec![(MONTHS, Some(((2568, 10), (2569, 3))), Some((2569, 2569)))];
        assert_eq!(periods("ต.ค. 2568 – มี.ค. 2569"), first_half);
        assert_eq!(periods("ตุลาคม ๒๕๖๘ - มีนาคม ๒๕๖๙"), first_half);
        assert_eq!(periods("(ต. ค. 68 - มี.ค 69)"), first_half);
        assert_eq!(periods("ระหว่างเดือน ต.ค.2568-มี.ค.2569"), first_half);
        assert_eq!(periods("ตุลาคม พ.ศ. 2568 ถึง มีนาคม พ.ศ. 2569"), first_half);
        assert_eq!(
            periods("1 ต.ค. 2567 – 30 ก.ย. 2568"),
            vec![(MONTHS, Some(((2567, 10), (2568, 9))), Some((2568, 2568)))]
        );
        // a calendar year straddles two fiscal years
        assert_eq!(
            periods("ตั้งแต่วันที่ 1 มกราคม 2568 ถึงวันที่ 31 ธันวาคม 2568"),
            vec![(MONTHS, Some(((2568, 1), (2568, 12))), Some((2568, 2569)))]
        );
        assert_eq!(
            periods("ระหว่างเดือนพฤศจิกายน 2568 ถึงเดือนเมษายน 2569"),
            vec![(MONTHS, Some(((2568, 11), (2569, 4))), Some((2569, 2569)))]
        );
    }

    #[test]
    fn a_range_missing_a_year_takes_it_from_the_other_end_or_the_fiscal_year() {
        assert_eq!(
            periods("ต.ค. – ธ.ค. 2568"),
            vec![(MONTHS, Some(((2568, 10), (2568, 12))), Some((2569, 2569)))]
        );
        // ต.ค. is before มี.ค. in the fiscal year, so in the calendar year before
        assert_eq!(
            periods("ตุลาคม - มีนาคม 2569"),
            vec![(MONTHS, Some(((2568, 10), (2569, 3))), Some((2569, 2569)))]
        );
        assert_eq!(
            periods("ตุลาคม 2568 - มีนาคม"),
            vec![(MONTHS, Some(((2568, 10), (2569, 3))), Some((2569, 2569)))]
        );
        assert_eq!(
            periods("ผลการดำเนินงานเดือนตุลาคม – มีนาคม ปีงบประมาณ 2569"),
            vec![(MONTHS, Some(((2568, 10), (2569, 3))), Some((2569, 2569)))]
        );
        assert_eq!(periods("ตุลาคม – มีนาคม"), vec![(MONTHS, None, None)]);
    }

    #[test]
    fn a_single_month_is_a_period_only_when_named_as_one() {
        assert_eq!(
            periods("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม 2568"),
            vec![(MONTHS, Some(((2568, 10), (2568, 10))), Some((2569, 2569)))]
        );
        assert_eq!(
            periods("สขร.1 ประจำเดือนก.พ. 69"),
            vec![(MONTHS, Some(((2569, 2), (2569, 2))), Some((2569, 2569)))]
        );
        // a signing date is not a period
        assert!(periods("ประกาศ ณ วันที่ 15 ธันวาคม 2568").is_empty());
    }

    #[test]
    fn report_rounds_are_counted_from_october() {
        let round = |months, second_half| PeriodKind::Round {
            months,
            second_half,
        };
        assert_eq!(
            periods("รายงานผลการดำเนินงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2569"),
            vec![(
                round(6, false),
                Some(((2568, 10), (2569, 3))),
                Some((2569, 2569))
            )]
        );
        assert_eq!(
            periods("รายงานผล รอบ ๑๒ เดือน ปีงบประมาณ ๒๕๖๘"),
            vec![(
                round(12, false),
                Some(((2567, 10), (2568, 9))),
                Some((2568, 2568))
            )]
        );
        assert_eq!(
            periods("ปีงบประมาณ 2569 รอบ 6 เดือนหลัง"),
            vec![(
                round(6, true),
                Some(((2569, 4), (2569, 9))),
                Some((2569, 2569))
            )]
        );
        assert_eq!(
            periods("รอบ 6 เดือนแรก"),
            vec![(round(6, false), None, None)]
        );
        assert!(periods("รอบ 5 เดือน").is_empty());
    }

    #[test]
    fn quarters_are_counted_from_october() {
        let quarters = |first, last| PeriodKind::Quarters { first, last };
        assert_eq!(
            periods("ไตรมาสที่ 1 ปีงบประมาณ 2569"),
            vec![(
                quarters(1, 1),
                Some(((2568, 10), (2568, 12))),
                Some((2569, 2569))
            )]
        );
        assert_eq!(
            periods("ไตรมาสที่ ๒ - ๓ ประจำปีงบประมาณ ๒๕๖๙"),
            vec![(
                quarters(2, 3),
                Some(((2569, 1), (2569, 6))),
                Some((2569, 2569))
            )]
        );
        assert_eq!(
            periods("ไตรมาส 4 พ.ศ. 2568"),
            vec![(
                quarters(4, 4),
                Some(((2568, 7), (2568, 9))),
                Some((2568, 2568))
            )]
        );
        assert_eq!(periods("ไตรมาสที่ 1"), vec![(quarters(1, 1), None, None)]);
        assert!(periods("ไตรมาสที่ 5").is_empty());
        // a quarter with its months: both are listed, and agree
        assert_eq!(
            periods("ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)"),
            vec![
                (
                    quarters(1, 1),
                    Some(((2568, 10), (2568, 12))),
                    Some((2569, 2569))
                ),
                (MONTHS, Some(((2568, 10), (2568, 12))), Some((2569, 2569)))
            ]
        );
    }

    #[test]
    fn acronyms_dates_and_year_ranges_are_not_periods() {
        // commissions whose acronyms begin like a month abbreviation
        assert!(periods("ตามหนังสือสำนักงาน ก.พ.ร. ที่ 2568").is_empty());
        assert!(periods("มติ ก.ค.ศ. เดือน 2568").is_empty());
        assert_eq!(
            periods("อ.ก.พ. กระทรวง ก.ค. 2568 - ส.ค. 2568"),
            vec![(MONTHS, Some(((2568, 7), (2568, 8))), Some((2568, 2568)))]
        );
        assert!(periods("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)").is_empty());
        // backwards: two unrelated dates
        assert!(periods("ธ.ค. 2569 – ม.ค. 2568").is_empty());
        assert!(periods("").is_empty());
    }

    #[test]
    fn periods_of_any_fragment_mix_are_consistent_and_never_panic() {
        // pseudo-random strings of period-like fragments: month (or look-alike), year, separator
        // (or noise), in turn
        let classes: [&[&str]; 3] = [
            &[
                "ต.ค.",
                "ต. ค",
                "มี.ค",
                "ธันวาคม",
                "ก.ย.",
                "ก.พ.ร.",
                "ก.ค.ศ.",
                "ไตรมาสที่",
                "รอบ",
            ],
            &[" ๒๕๖๘", "2569", " 68", " พ.ศ. 2567", "", " ๖ เดือน", "4"],
            &[
                " - ",
                "–",
                " ถึงวันที่ 31 ",
                "",
                " ",
                "หลัง",
                " ปีงบประมาณ ",
                "ประจำเดือน",
                "ำ",
                "\u{F702}",
                ".",
            ],
        ];
        let mut seed: u64 = 0x5eed;
        let mut dated = 0;
        for _ in 0..2_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let mut text = String::new();
            for step in 0..(seed >> 59) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let class = classes[step as usize % 3];
                text.push_str(class[(seed >> 33) as usize % class.len()]);
            }
            for period in find_periods(&text) {
                if let (Some(((y1, m1), (y2, m2))), Some((fy1, fy2))) =
                    (period.months, period.fiscal_years)
                {
                    dated += 1;
                    assert!((1..=12).contains(&m1) && (1..=12).contains(&m2), "{text}");
                    assert!((y1, m1) <= (y2, m2), "{text}: {period:?}");
                    assert_eq!(
                        (fy1, fy2),
                        (fiscal_year_of(y1, m1), fiscal_year_of(y2, m2)),
                        "{text}"
                    );
                } else {
                    assert_eq!(period.months, None, "{text}");
                    assert_eq!(period.fiscal_years, None, "{text}");
                }
            }
            let _ = find_years(&text);
        }
        assert!(
            dated > 100,
            "the fragments rarely make a dated period ({dated}): a weak test"
        );
    }

    #[test]
    fn fiscal_year_of_a_month() {
        assert_eq!(fiscal_year_of(2568, 9), 2568);
        assert_eq!(fiscal_year_of(2568, 10), 2569);
        assert_eq!(fiscal_year_of(2568, 12), 2569);
        assert_eq!(fiscal_year_of(2569, 1), 2569);
    }
}
