//! PDF text extractors that were candidates for oitcheck's built-in (no system tools) PDF path,
//! run the way `bench/pdf-thai.sh` runs oitcheck's own extractors:
//!
//! ```sh
//! pdf-candidates EXTRACTOR FILE.pdf [RUNS] > text
//! ```
//!
//! Extracts FILE.pdf RUNS times (default 1), writes the last run's text to stdout with pages
//! separated by form feeds (as `pdftotext` does), and one line to stderr:
//! `best_s=<fastest run, seconds> pages=<n> vmhwm_kib=<this process's peak RSS>`.
//! Exit status 1 when the extractor fails on the file, 2 on usage errors.
//!
//! Extractors: `pdf-extract` (pdf-extract 0.12 as it is, without oitcheck's repairs:
//! `extract_text_from_mem_by_pages`), `pdf_oxide` (`PdfDocument::extract_text` per page) and
//! `hayro` (hayro-interpret with a small device that honours ActualText and writes glyphs in
//! content-stream order). `poppler-glib` (`poppler::Page::text`, linking the system's
//! libpoppler-glib) is a second binary, `pdf-candidates-poppler`, built with `--features poppler`:
//! in one binary, the glib stack it loads at start-up would count in the others' peak memory.

use std::process::ExitCode;

mod common;

const USAGE: &str = "usage: pdf-candidates pdf-extract|pdf_oxide|hayro FILE.pdf [RUNS]";

fn main() -> ExitCode {
    common::run(
        USAGE,
        &[
            ("pdf-extract", plain_pdf_extract),
            ("pdf_oxide", oxide),
            ("hayro", hayro::extract),
        ],
    )
}

fn plain_pdf_extract(bytes: &[u8]) -> Result<Vec<String>, String> {
    // pdf-extract panics on many malformed files; oitcheck catches that, and so does this
    std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(bytes))
        .map_err(|_| "pdf-extract panicked".to_string())?
        .map_err(|e| e.to_string())
}

fn oxide(bytes: &[u8]) -> Result<Vec<String>, String> {
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| e.to_string())?;
    let n = doc.page_count().map_err(|e| e.to_string())?;
    (0..n)
        .map(|i| doc.extract_text(i).map_err(|e| e.to_string()))
        .collect()
}

mod hayro {
    //! hayro-interpret has no text extractor; its `Device` sees every glyph (with its Unicode
    //! value, from ToUnicode or the glyph name) and every marked-content sequence. This device
    //! writes glyphs in content-stream order, replaces the glyphs of an ActualText span by its
    //! text, and breaks lines when the baseline moves: roughly `pdftotext -raw`.

    use hayro_interpret::font::GlyphRun;
    use hayro_interpret::hayro_cmap::BfString;
    use hayro_interpret::hayro_syntax::Pdf;
    use hayro_interpret::hayro_syntax::object::Dict;
    use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect};
    use hayro_interpret::{
        BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
        InterpreterCache, InterpreterSettings, SoftMask, interpret_page,
    };

    pub fn extract(bytes: &[u8]) -> Result<Vec<String>, String> {
        let pdf = Pdf::new(bytes.to_vec()).map_err(|e| format!("{e:?}"))?;
        let cache = InterpreterCache::new();
        let mut pages = Vec::new();
        for page in pdf.pages().iter() {
            let mut context = Context::new(
                Affine::IDENTITY,
                Rect::new(0.0, 0.0, 1.0, 1.0),
                &cache,
                pdf.xref(),
                InterpreterSettings::default(),
            );
            let mut device = Text::default();
            interpret_page(page, &mut context, &mut device);
            pages.push(device.text);
        }
        Ok(pages)
    }

    #[derive(Default)]
    struct Text {
        text: String,
        /// open marked-content sequences: Some(text) for an ActualText span
        spans: Vec<Option<String>>,
        last_y: Option<f64>,
    }

    impl Text {
        /// Writes `s`, after a line break when the baseline moved. No spaces are inferred (the
        /// glyph runs carry no advance widths); the comparison ignores whitespace anyway.
        fn put(&mut self, s: &str, at: Point) {
            if self.last_y.is_some_and(|y| (at.y - y).abs() > 3.0) {
                self.text.push('\n');
            }
            self.text.push_str(s);
            self.last_y = Some(at.y);
        }
    }

    fn text_string(bytes: &[u8]) -> String {
        match bytes {
            [0xFE, 0xFF, rest @ ..] => String::from_utf16_lossy(
                &rest
                    .chunks_exact(2)
                    .map(|p| u16::from_be_bytes([p[0], p[1]]))
                    .collect::<Vec<_>>(),
            ),
            _ => bytes.iter().map(|&b| char::from(b)).collect(),
        }
    }

    impl<'a> Device<'a> for Text {
        fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
        fn push_clip_path(&mut self, _: &ClipPath) {}
        fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
        fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
            for glyph in run.glyphs() {
                let transform = props.transform * glyph.transform();
                let at = transform * Point::ZERO;
                // inside an ActualText span: the span's text stands for its glyphs
                if let Some(Some(actual)) = self.spans.iter_mut().rev().find(|s| s.is_some()) {
                    if !actual.is_empty() {
                        let s = std::mem::take(actual);
                        self.put(&s, at);
                    }
                    continue;
                }
                let s = match glyph.as_unicode() {
                    Some(BfString::Char(c)) => c.to_string(),
                    Some(BfString::String(s)) => s,
                    None => continue,
                };
                self.put(&s, at);
            }
        }
        fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
        fn pop_clip(&mut self) {}
        fn pop_transparency_group(&mut self) {}
        fn begin_marked_content(&mut self, _tag: &[u8], properties: Option<&Dict<'_>>) {
            let actual = properties
                .and_then(|d| {
                    d.get::<hayro_interpret::hayro_syntax::object::String>(b"ActualText".as_slice())
                })
                .map(|s| text_string(s.as_bytes()));
            self.spans.push(actual);
        }
        fn end_marked_content(&mut self) {
            self.spans.pop();
        }
    }
}
