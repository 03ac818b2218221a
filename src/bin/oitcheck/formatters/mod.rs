//! Output formats: one [`Formatter`] per format, each turning the library's data into text. The
//! library never renders; adding a format is adding a file here and a variant to [`Format`].
//!
//! Every format reads the same [`view::View`] of a report (items in the reader's language, the
//! to-fix-first order, the score explained), so they agree with each other; [`lang`] holds every
//! word they show. Strings from a crawled site are never trusted: each format escapes them for
//! its medium (HTML entities, Markdown escapes, CSV formula guards, no terminal control
//! characters), and only `http`/`https` URLs ever become links.

mod csv;
mod diff;
mod html;
pub mod ita_health;
mod json;
pub mod lang;
mod markdown;
pub mod text;
pub mod verify_csv;
pub mod verify_text;
pub mod view;

pub use lang::Lang;
pub use text::shorten;

use oitcheck::ScanReport;
use oitcheck::diff::ScanDiff;
use url::Url;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people, in a terminal: what to fix first, every item, the score explained.
    Text,
    /// The JSON contract (README), for programs.
    Json,
    /// One self-contained HTML file (no external files): opens offline, prints on A4.
    Html,
    /// Markdown, for chat and tickets.
    Md,
    /// The NACC answer sheet (item, title, มี/ไม่มี, URL, note) as CSV for Excel (UTF-8 with BOM).
    Csv,
    /// The improvement plan (one row per item to fix) as CSV for Excel.
    PlanCsv,
}

/// How a report is rendered besides its format.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Terminal colours, where the format has them.
    pub color: bool,
    /// The language; `None` follows the checklist's.
    pub lang: Option<Lang>,
}

impl Style {
    /// The language for `report`.
    pub fn lang_for(&self, report: &ScanReport) -> Lang {
        self.lang.unwrap_or_else(|| Lang::default_for(report))
    }
}

/// Renders reports in one format.
pub trait Formatter {
    /// A scan report.
    fn scan(&self, report: &ScanReport) -> String;

    /// A comparison of two scans, or `None` when this format does not show comparisons.
    fn diff(&self, _diff: &ScanDiff, _new: &ScanReport) -> Option<String> {
        None
    }
}

/// The formatter for `format`.
pub fn formatter(format: Format, style: Style) -> Box<dyn Formatter> {
    match format {
        Format::Text => Box::new(text::Text { style }),
        Format::Json => Box::new(json::Json),
        Format::Html => Box::new(html::Html { style }),
        Format::Md => Box::new(markdown::Markdown { style }),
        Format::Csv => Box::new(csv::AnswerSheet { style }),
        Format::PlanCsv => Box::new(csv::Plan { style }),
    }
}

/// Pretty JSON of any serialisable value, with a final newline.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("report types always serialise") + "\n"
}

/// A URL as people copy it: Thai and other letters shown as themselves, but every ASCII escape
/// kept (`%20` for a space, `%23` for `#`), so the text still works when clicked or pasted. What
/// is not a printable letter (a control or a bidirectional override) stays escaped.
pub fn display_url(url: &Url) -> String {
    let s = url.as_str();
    let bytes = s.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16).map(|d| d as u8);
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let mut run = Vec::new();
        let mut j = i;
        while j + 2 < bytes.len()
            && bytes[j] == b'%'
            && let (Some(high), Some(low)) = (hex(bytes[j + 1]), hex(bytes[j + 2]))
        {
            run.push(high * 16 + low);
            j += 3;
        }
        if run.is_empty() {
            // a serialised URL is ASCII
            out.push(char::from(bytes[i]));
            i += 1;
            continue;
        }
        for chunk in run.utf8_chunks() {
            for c in chunk.valid().chars() {
                if c.is_ascii() || !is_printable(c) {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        out.push_str(&format!("%{b:02X}"));
                    }
                } else {
                    out.push(c);
                }
            }
            for b in chunk.invalid() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        i = j;
    }
    out
}

/// Whether `c` may be shown as it is: not a control character, not a bidirectional control
/// (which can make text read backwards), not a line or paragraph separator.
pub fn is_printable(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
        ))
}

/// Text from a site (or a saved report), made safe for a terminal or a cell: control and
/// bidirectional characters dropped, line breaks and tabs turned into spaces.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_printable(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Whether `c` takes no column of its own: Thai vowels above and below and tone marks.
fn zero_width(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}')
}

/// The columns `text` takes in a terminal.
pub fn width(text: &str) -> usize {
    text.chars().filter(|&c| !zero_width(c)).count()
}

/// `text` wrapped at spaces to `columns`, the first line after `first` (already printed, of that
/// width) and the others indented by `indent` spaces. A word longer than a line (a URL, a long
/// Thai phrase) gets a line of its own and is never cut.
pub fn wrap(text: &str, first: usize, indent: usize, columns: usize) -> String {
    let mut out = String::new();
    let mut used = first;
    let mut line_empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width(word);
        if !line_empty && used + 1 + w > columns {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            used = indent;
            line_empty = true;
        }
        if !line_empty {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
        line_empty = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_ascii_escapes_and_show_thai() {
        let url = Url::parse("http://a.go.th/O6 รายงาน รอบ 6 เดือน.xlsx?q=a+b#top").unwrap();
        // the space must stay %20 to be clickable; the Thai reads as Thai
        assert_eq!(
            display_url(&url),
            "http://a.go.th/O6%20รายงาน%20รอบ%206%20เดือน.xlsx?q=a+b#top"
        );
        // a right-to-left override (U+202E, bytes E2 80 AE) and a broken byte stay escaped
        let url = Url::parse("http://a.go.th/%E2%80%AEfdp.exe%FF").unwrap();
        assert_eq!(display_url(&url), "http://a.go.th/%E2%80%AEfdp.exe%FF");
    }

    #[test]
    fn wrapping_counts_thai_marks_as_no_column_and_never_cuts() {
        // "ที่" is one column wide: three characters, two of them marks
        assert_eq!(width("ที่"), 1);
        let text = "เผยแพร่ข้อมูล ที่ระบุ ขั้นตอน https://example.go.th/a-very-long-url-that-does-not-fit";
        let wrapped = wrap(text, 0, 2, 20);
        assert_eq!(
            wrapped,
            "เผยแพร่ข้อมูล ที่ระบุ\n  ขั้นตอน\n  https://example.go.th/a-very-long-url-that-does-not-fit"
        );
        assert_eq!(wrapped.replace("\n  ", " "), text, "nothing is cut");
    }

    #[test]
    fn cleaning_drops_controls_and_bidi_overrides() {
        assert_eq!(clean("a\u{1b}[31mred\u{202E}b\nc"), "a[31mredb c");
    }
}
