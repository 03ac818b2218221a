//! Output formats: one [`Formatter`] per format, each turning the library's data into text. The
//! library never renders; adding a format is adding a file here and a variant to [`Format`].

pub mod ita_health;
mod json;
mod text;
pub mod verify_csv;
pub mod verify_text;

pub use text::shorten;

use oitcheck::ScanReport;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people, in a terminal.
    Text,
    /// The JSON contract (README), for programs.
    Json,
}

/// Renders reports in one format.
pub trait Formatter {
    /// A scan report.
    fn scan(&self, report: &ScanReport) -> String;
}

/// The formatter for `format`; `color` adds terminal colours where the format has them.
pub fn formatter(format: Format, color: bool) -> Box<dyn Formatter> {
    match format {
        Format::Text => Box::new(text::Text { color }),
        Format::Json => Box::new(json::Json),
    }
}

/// Pretty JSON of any serialisable value, with a final newline.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("report types always serialise") + "\n"
}
