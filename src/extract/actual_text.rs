//! `ActualText` for the in-process PDF extractor (pdf-extract), which ignores marked content.
//!
//! Office suites and browsers draw Thai clusters with shaped glyphs (a lowered tone mark, the
//! sara-aa half of ำ, a tone mark shifted left over a tall consonant) and say what the glyphs
//! mean in a marked-content span: `/Span <</ActualText (้)>> BDC … EMC`. The font's ToUnicode map
//! cannot say it. LibreOffice gives each glyph code the text of its first use and wraps the later
//! uses that mean something else in a span: in one test document code 02 is ู in ผู้ and, inside a
//! span, ้ in จ้าง, so a reader that ignores spans writes จูาง. Chromium maps its shifted marks to
//! private-use code points or to nothing and spans whole clusters. `pdftotext` honours ActualText,
//! as the PDF specification asks (14.9.4): the span's text replaces whatever its glyphs decode to.
//! (Teaching the ToUnicode map new entries from the spans, this module's first approach, cannot
//! work: such codes are mapped already, and a wrong guess spreads to every use of the code; it
//! read ผู้รับจ้าง as ผ้้รับจ้าง.)
//!
//! pdf-extract reports each shown string to its `OutputDev` as `begin_word`, one
//! `output_character` per character code, `end_word` — in content-stream order, descending into
//! form XObjects at `Do`. A text-showing operator lies wholly inside or outside a span (`BDC` and
//! `EMC` are operators, and cannot cut a string), so [`page_spans`] walks the same content the
//! same way and records, per shown string, the span it belongs to; [`ActualTextOutput`] then
//! writes a span's text at its first character and drops the span's other characters. The walk
//! counts the strings it expects; when pdf-extract reports a different number (a content stream
//! the two read differently), the page is read again without the spans ([`ActualTextOutput::aligned`]).

use pdf_extract::content::Content;
use pdf_extract::{Dictionary, Document, MediaBox, Object, ObjectId, OutputDev, OutputError};

/// Form XObjects nested deeper than this are not followed (a form that draws itself would
/// otherwise never end).
const MAX_FORM_DEPTH: usize = 12;

/// Per shown string of a page (in pdf-extract's order), the ActualText span it belongs to.
#[derive(Debug, Default, PartialEq)]
pub struct PageSpans {
    /// `Some(i)`: the string is inside span `texts[i]`; `None`: outside any ActualText span.
    roles: Vec<Option<usize>>,
    texts: Vec<String>,
}

impl PageSpans {
    /// Whether the page has any ActualText span over text.
    pub fn is_empty(&self) -> bool {
        self.roles.iter().all(Option::is_none)
    }
}

/// The ActualText spans of a page's shown strings. `None` when the content cannot be walked the
/// way pdf-extract walks it (undecodable content, forms nested too deep).
pub fn page_spans(doc: &Document, page_id: ObjectId) -> Option<PageSpans> {
    let page = doc.get_dictionary(page_id).ok()?;
    let empty = Dictionary::new();
    let resources = inherited_resources(doc, page).unwrap_or(&empty);
    let content = doc.get_page_content(page_id).ok()?;
    let mut spans = PageSpans::default();
    // decoding the content is as costly as pdf-extract's own reading: done only where a span
    // can be (most PDFs, from Word and mPDF among others, have none)
    if !may_have_actual_text(doc, &content, resources, 0) {
        return Some(spans);
    }
    let mut open = Vec::new();
    walk(doc, &content, resources, &mut open, &mut spans, 0)?;
    Some(spans)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether a content stream, or a form it draws, can hold an ActualText span: the word itself,
/// or a marked-content operator with the resources' named property lists (where the ActualText
/// would be). A cheap look at the bytes, without decoding the content.
fn may_have_actual_text(
    doc: &Document,
    content: &[u8],
    resources: &Dictionary,
    depth: usize,
) -> bool {
    if contains(content, b"ActualText")
        || (contains(content, b"BDC") && resources.get(b"Properties").is_ok())
    {
        return true;
    }
    if depth >= MAX_FORM_DEPTH || !contains(content, b"Do") {
        return false;
    }
    let Some(xobjects) = resources
        .get(b"XObject")
        .ok()
        .and_then(|x| deref(doc, x).as_dict().ok())
    else {
        return false;
    };
    xobjects.iter().any(|(_, form)| {
        let Ok(form) = deref(doc, form).as_stream() else {
            return false;
        };
        if !form
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|s| s == b"Form")
        {
            return false;
        }
        let inner = form
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| deref(doc, r).as_dict().ok())
            .unwrap_or(resources);
        let bytes = form
            .decompressed_content()
            .unwrap_or_else(|_| form.content.clone());
        may_have_actual_text(doc, &bytes, inner, depth + 1)
    })
}

/// The page's resources, inherited from the page tree as pdf-extract looks them up.
fn inherited_resources<'a>(doc: &'a Document, mut node: &'a Dictionary) -> Option<&'a Dictionary> {
    for _ in 0..64 {
        if let Ok(resources) = node.get(b"Resources") {
            return deref(doc, resources).as_dict().ok();
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

/// `resources[category][name]`, references followed.
fn resource<'a>(
    doc: &'a Document,
    resources: &'a Dictionary,
    category: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    let category = deref(doc, resources.get(category).ok()?).as_dict().ok()?;
    Some(deref(doc, category.get(name).ok()?))
}

/// Walks one content stream: `open` holds the marked-content sequences open at this point
/// (`Some(i)` for an ActualText span).
fn walk(
    doc: &Document,
    content: &[u8],
    resources: &Dictionary,
    open: &mut Vec<Option<usize>>,
    spans: &mut PageSpans,
    depth: usize,
) -> Option<()> {
    if depth > MAX_FORM_DEPTH {
        return None;
    }
    let content = Content::decode(content).ok()?;
    // the outermost open ActualText span: its text stands for everything drawn inside it
    let role = |open: &[Option<usize>]| open.iter().find_map(|s| *s);
    for op in &content.operations {
        match op.operator.as_str() {
            "BMC" => open.push(None),
            "BDC" => {
                let text = op
                    .operands
                    .get(1)
                    .and_then(|props| match props {
                        Object::Name(name) => resource(doc, resources, b"Properties", name),
                        other => Some(deref(doc, other)),
                    })
                    .and_then(|props| props.as_dict().ok())
                    .and_then(|props| props.get(b"ActualText").ok())
                    .and_then(|text| deref(doc, text).as_str().ok())
                    .map(text_string);
                open.push(text.map(|text| {
                    spans.texts.push(text);
                    spans.texts.len() - 1
                }));
            }
            "EMC" => {
                open.pop();
            }
            // pdf-extract shows the string operand of Tj and each string in a TJ array, and
            // ignores ' and " (so they are not counted here either)
            "Tj" => {
                if let Some(Object::String(..)) = op.operands.first() {
                    spans.roles.push(role(open));
                }
            }
            "TJ" => {
                if let Some(Object::Array(items)) = op.operands.first() {
                    let role = role(open);
                    for item in items {
                        if let Object::String(..) = item {
                            spans.roles.push(role);
                        }
                    }
                }
            }
            "Do" => {
                let name = op.operands.first()?.as_name().ok()?;
                let form = resource(doc, resources, b"XObject", name)?
                    .as_stream()
                    .ok()?;
                // as pdf-extract: the stream's own resources, else the caller's
                let inner = form
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| deref(doc, r).as_dict().ok())
                    .unwrap_or(resources);
                let bytes = if form.filters().is_ok() {
                    form.decompressed_content()
                        .unwrap_or_else(|_| form.content.clone())
                } else {
                    form.content.clone()
                };
                let depth_before = open.len();
                walk(doc, &bytes, inner, open, spans, depth + 1)?;
                // a form's marked content is balanced by itself; an unbalanced one ends with it
                open.truncate(depth_before);
            }
            _ => {}
        }
    }
    Some(())
}

/// A PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (Latin-1 is close
/// enough for the ActualText of Thai documents, which is always UTF-16).
fn text_string(bytes: &[u8]) -> String {
    match bytes {
        [0xFE, 0xFF, rest @ ..] => {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// An [`OutputDev`] that passes pdf-extract's output on to `inner` with each ActualText span's
/// glyphs replaced by the span's text.
pub struct ActualTextOutput<'s, O> {
    inner: O,
    spans: &'s PageSpans,
    /// strings reported so far
    shown: usize,
    /// the span of the string being shown
    current: Option<usize>,
    /// the last span whose text has been written
    written: Option<usize>,
}

impl<'s, O: OutputDev> ActualTextOutput<'s, O> {
    /// Wraps `inner` so that the strings inside the page's ActualText `spans` are written as
    /// the spans' text.
    pub fn new(inner: O, spans: &'s PageSpans) -> Self {
        ActualTextOutput {
            inner,
            spans,
            shown: 0,
            current: None,
            written: None,
        }
    }

    /// Whether pdf-extract showed exactly the strings the walk expected; when not, the spans
    /// were applied to the wrong strings and the output must not be used.
    pub fn aligned(&self) -> bool {
        self.shown == self.spans.roles.len()
    }
}

impl<O: OutputDev> OutputDev for ActualTextOutput<'_, O> {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.inner.begin_page(page_num, media_box, art_box)
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.inner.end_page()
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let text = match self.current {
            None => char,
            // the span's text goes where its first glyph is drawn, once
            Some(span) if self.written != Some(span) => {
                self.written = Some(span);
                self.spans.texts[span].as_str()
            }
            // the span's other glyphs are drawn (positions move on) but read as nothing
            Some(_) => "",
        };
        self.inner
            .output_character(trm, width, spacing, font_size, text)
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.current = self.spans.roles.get(self.shown).copied().flatten();
        self.shown += 1;
        self.inner.begin_word()
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        self.inner.end_word()
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        self.inner.end_line()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_of(content: &str) -> PageSpans {
        let doc = Document::new();
        let mut spans = PageSpans::default();
        walk(
            &doc,
            content.as_bytes(),
            &Dictionary::new(),
            &mut Vec::new(),
            &mut spans,
            0,
        )
        .expect("walkable");
        spans
    }

    #[test]
    fn strings_inside_actual_text_spans_get_the_span() {
        // LibreOffice's จ้าง: จ, then the low ้ glyph (whose ToUnicode entry says ู) in a span
        let spans = spans_of(
            "BT /F1 16 Tf <07> Tj /Span <</ActualText <FEFF0E49>>> BDC <02> Tj EMC \
             [<08> -3 <09>] TJ ET",
        );
        assert_eq!(spans.roles, vec![None, Some(0), None, None]);
        assert_eq!(spans.texts, vec!["\u{0E49}".to_string()]);
    }

    #[test]
    fn the_outermost_span_wins_and_other_marked_content_is_transparent() {
        let spans = spans_of(
            "/P <</MCID 0>> BDC /Span <</ActualText (ab)>> BDC /X BMC (a) Tj \
             /Span <</ActualText (c)>> BDC [(b) 5 (c)] TJ EMC EMC EMC (d) Tj EMC",
        );
        assert_eq!(spans.roles, vec![Some(0), Some(0), Some(0), None]);
        assert_eq!(spans.texts, vec!["ab".to_string(), "c".to_string()]);
        assert!(!spans.is_empty());
        assert!(spans_of("BT (x) Tj ET").is_empty());
    }

    #[test]
    fn only_content_that_can_hold_a_span_is_walked() {
        let doc = Document::new();
        let none = Dictionary::new();
        assert!(may_have_actual_text(
            &doc,
            b"/Span <</ActualText (x)>> BDC (a) Tj EMC",
            &none,
            0
        ));
        // tagged content without ActualText, and text without any marked content
        assert!(!may_have_actual_text(
            &doc,
            b"/P <</MCID 0>> BDC (a) Tj EMC",
            &none,
            0
        ));
        assert!(!may_have_actual_text(&doc, b"BT (a) Tj ET", &none, 0));
        // a named property list may carry the ActualText
        let named = Dictionary::from_iter([("Properties", Object::Dictionary(Dictionary::new()))]);
        assert!(may_have_actual_text(
            &doc,
            b"/Span /MC0 BDC (a) Tj EMC",
            &named,
            0
        ));
    }

    #[test]
    fn a_span_reads_as_its_text_once() {
        #[derive(Default)]
        struct Collect(String);
        impl OutputDev for Collect {
            fn begin_page(
                &mut self,
                _: u32,
                _: &MediaBox,
                _: Option<(f64, f64, f64, f64)>,
            ) -> Result<(), OutputError> {
                Ok(())
            }
            fn end_page(&mut self) -> Result<(), OutputError> {
                Ok(())
            }
            fn output_character(
                &mut self,
                _: &pdf_extract::Transform,
                _: f64,
                _: f64,
                _: f64,
                char: &str,
            ) -> Result<(), OutputError> {
                self.0.push_str(char);
                Ok(())
            }
            fn begin_word(&mut self) -> Result<(), OutputError> {
                Ok(())
            }
            fn end_word(&mut self) -> Result<(), OutputError> {
                Ok(())
            }
            fn end_line(&mut self) -> Result<(), OutputError> {
                Ok(())
            }
        }
        // น + [ำ glyph, low ้, า] in a span "้ำ" + ใ: pdf-extract would give นำู้าใ
        let spans = PageSpans {
            roles: vec![None, Some(0), Some(0), None],
            texts: vec!["\u{0E49}\u{0E33}".into()],
        };
        let mut out = ActualTextOutput::new(Collect::default(), &spans);
        let at = pdf_extract::Transform::identity();
        for word in [&["น"][..], &["ำ", "ู"], &["า"], &["ใ"]] {
            out.begin_word().unwrap();
            for c in word {
                out.output_character(&at, 0.5, 0.0, 16.0, c).unwrap();
            }
            out.end_word().unwrap();
        }
        assert!(out.aligned());
        assert_eq!(out.inner.0, "น้ำใ");
    }
}
