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
            YearRule::Previous => Some(fiscal_year - 1),
            YearRule::ItaAnalysis | YearRule::Activity => Some(fiscal_year),
        }
    }
}

/// One year found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMention {
    /// First and last fiscal year covered (equal unless the text gave a range).
    pub first: u16,
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
    Wrong { required: u16, found: Vec<u16> },
    /// No year at all.
    Missing { required: u16 },
}

const MONTHS_OCT_DEC: [&str; 6] = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "ต.ค.", "พ.ย.", "ธ.ค."];
const MONTH_NAMES: [&str; 12] = [
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
            _ => continue,
        };
        let explicit = names_fiscal_year(before);
        let range_end = runs.get(index + 1).filter(|next| {
            next.end - next.start == 4
                && (u32::from(year)..=u32::from(year) + 10).contains(&next.value)
                && next.value != u32::from(year)
                && is_range_separator(&text[run.end..next.start])
        });
        let shift = u16::from(
            range_end.is_none() && !explicit && MONTHS_OCT_DEC.iter().any(|m| before.contains(m)),
        );
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
        let dated = MONTH_NAMES
            .iter()
            .chain(MONTH_ABBREVIATIONS.iter())
            .any(|m| near.contains(m));
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

/// Up to `chars` characters before byte offset `end`.
fn preceding(text: &str, end: usize, chars: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
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
    let considered: Vec<&YearMention> = if rule == YearRule::Activity && !dated.is_empty() {
        dated
    } else if explicit.is_empty() {
        mentions.iter().collect()
    } else {
        explicit
    };
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
    fn dates_with_a_month_are_marked_dated() {
        let dated: Vec<bool> =
            find_years("ประชุมครั้งที่ 3/2568 เมื่อวันที่ 21 สิงหาคม 2568 ตามข้อบังคับ พ.ศ. 2563 ต.ค. 68")
                .iter()
                .map(|m| m.dated)
                .collect();
        assert_eq!(dated, vec![false, true, false, true]);
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
    fn adjacent_years_are_all_found() {
        assert_eq!(
            years("2568 2569"),
            vec![(2568, 2568, false), (2569, 2569, false)]
        );
        assert_eq!(years("ปีงบประมาณ 69"), vec![(2569, 2569, true)]);
    }
}
