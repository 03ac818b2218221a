//! Teaches a PDF's ToUnicode maps what its `ActualText` spans say, for the in-process extractor.
//!
//! LibreOffice draws a Thai cluster such as น้ำ with shaped glyph variants (a lowered tone mark, the
//! sara-aa half of ำ) that have no entry in the font's ToUnicode map; it wraps them in a marked
//! span `/Span <</ActualText (้ำ)>> BDC … EMC` instead. pdftotext honours ActualText; pdf-extract
//! does not, and falls back to the font's 8-bit encoding, so น้ำ comes out as `นำ'า` and a lone า
//! as NUL. Both are unmatchable, and the NUL cannot be repaired after the fact.
//!
//! The repair: for each span with ActualText, in a simple (8-bit) font, whose codes include
//! exactly one code without a ToUnicode entry, that code means the ActualText minus the text of
//! the mapped codes. The learned codes are added to the font's ToUnicode map before pdf-extract
//! reads the document. Only Thai results are learned, and only for codes the map lacks, so a
//! correct map is never changed. The Thai normaliser then rebuilds the cluster (`ำ้า` → `้ำ`).

use std::collections::{BTreeMap, HashMap};

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// An open ActualText span: its text, the codes drawn in it and their font (`None` until the first
/// text operator, and for good once a second font appears: codes of two fonts cannot be compared).
struct Span {
    actual: String,
    font: Option<ObjectId>,
    drawn: bool,
    codes: Vec<u8>,
}

const SARA_AM: char = '\u{0E33}';
const SARA_AA: char = '\u{0E32}';

/// Adds the codes learned from ActualText spans to the ToUnicode maps of `doc`'s fonts; returns
/// how many codes were added. Anything it cannot follow (Type0 fonts, inline fonts, a map it
/// cannot parse) is left alone.
pub fn repair_to_unicode(doc: &mut Document) -> usize {
    let mut maps: HashMap<ObjectId, Option<BTreeMap<u32, String>>> = HashMap::new();
    let mut learned: HashMap<ObjectId, BTreeMap<u32, String>> = HashMap::new();
    for page_id in doc.get_pages().into_values() {
        let fonts = page_fonts(doc, page_id);
        let Ok(content) = doc.get_and_decode_page_content(page_id) else {
            continue;
        };
        let mut font: Option<ObjectId> = None;
        // open marked-content sequences; Some for an ActualText span
        let mut open: Vec<Option<Span>> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    font = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|name| fonts.get(name).copied());
                }
                "BMC" => open.push(None),
                "BDC" => open.push(
                    op.operands
                        .get(1)
                        .and_then(|o| o.as_dict().ok())
                        .and_then(|d| d.get(b"ActualText").ok())
                        .and_then(|t| t.as_str().ok())
                        .map(|t| Span {
                            actual: text_string(t),
                            font: None,
                            drawn: false,
                            codes: Vec::new(),
                        }),
                ),
                "EMC" => {
                    if let Some(Some(span)) = open.pop()
                        && let Some(id) = span.font
                    {
                        let map = maps
                            .entry(id)
                            .or_insert_with(|| simple_font_map(doc, id))
                            .as_ref();
                        if let Some(map) = map {
                            learn(
                                map,
                                learned.entry(id).or_default(),
                                &span.actual,
                                &span.codes,
                            );
                        }
                    }
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if let Some(Some(span)) = open.last_mut() {
                        if !span.drawn {
                            span.font = font;
                            span.drawn = true;
                        } else if span.font != font {
                            span.font = None;
                        }
                        for operand in &op.operands {
                            collect_strings(operand, &mut span.codes);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut added = 0;
    for (id, codes) in learned {
        let Some(Some(map)) = maps.get(&id) else {
            continue;
        };
        if codes.is_empty() {
            continue;
        }
        added += codes.len();
        let mut merged = map.clone();
        merged.extend(codes);
        let stream = doc.add_object(Stream::new(Dictionary::new(), cmap_text(&merged)));
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id) {
            font.set("ToUnicode", Object::Reference(stream));
        }
    }
    added
}

/// Learns the one unmapped code of a span, if it has exactly one.
fn learn(
    map: &BTreeMap<u32, String>,
    learned: &mut BTreeMap<u32, String>,
    actual: &str,
    codes: &[u8],
) {
    let lookup = |c: u32| map.get(&c).or_else(|| learned.get(&c));
    let mut unmapped: Vec<u32> = codes
        .iter()
        .map(|&c| u32::from(c))
        .filter(|&c| lookup(c).is_none())
        .collect();
    unmapped.sort_unstable();
    unmapped.dedup();
    let [code] = unmapped[..] else {
        return;
    };
    let mut rest: Vec<char> = actual.chars().collect();
    let mut mapped_am = false;
    for c in codes
        .iter()
        .filter_map(|&c| lookup(u32::from(c)))
        .flat_map(|s| s.chars())
    {
        mapped_am |= c == SARA_AM;
        if let Some(at) = rest.iter().position(|r| *r == c) {
            rest.remove(at);
        }
    }
    // ำ is drawn as nikhahit + sara aa: when the nikhahit glyph already stands for the whole ำ,
    // the unmapped glyph of the span is its sara-aa half
    if rest.is_empty() && mapped_am && actual.contains(SARA_AM) {
        rest.push(SARA_AA);
    }
    if !rest.is_empty() && rest.iter().all(|c| ('\u{0E00}'..='\u{0E7F}').contains(c)) {
        learned.insert(code, rest.into_iter().collect());
    }
}

fn collect_strings(operand: &Object, codes: &mut Vec<u8>) {
    match operand {
        Object::String(bytes, _) => codes.extend_from_slice(bytes),
        Object::Array(items) => items.iter().for_each(|o| collect_strings(o, codes)),
        _ => {}
    }
}

/// A PDF text string: UTF-16BE with a BOM, else (near enough) Latin-1.
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

/// Font resource names of a page → font object ids (the page's own resources first, then the
/// inherited ones).
fn page_fonts(doc: &Document, page_id: ObjectId) -> HashMap<Vec<u8>, ObjectId> {
    let mut fonts = HashMap::new();
    let Ok((own, inherited)) = doc.get_page_resources(page_id) else {
        return fonts;
    };
    let dicts = own.into_iter().chain(
        inherited
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok()),
    );
    for resources in dicts {
        let Some(font_dict) = resources
            .get(b"Font")
            .ok()
            .and_then(|f| deref(doc, f).as_dict().ok())
        else {
            continue;
        };
        for (name, value) in font_dict.iter() {
            if let Object::Reference(id) = value {
                fonts.entry(name.clone()).or_insert(*id);
            }
        }
    }
    fonts
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

/// The ToUnicode map of a simple (one byte per code) font; `None` for Type0 fonts, fonts without
/// a map and maps this parser cannot read.
fn simple_font_map(doc: &Document, id: ObjectId) -> Option<BTreeMap<u32, String>> {
    let font = doc.get_dictionary(id).ok()?;
    if font.get(b"Subtype").ok()?.as_name().ok()? == b"Type0" {
        return None;
    }
    let stream = deref(doc, font.get(b"ToUnicode").ok()?).as_stream().ok()?;
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let map = parse_cmap(&String::from_utf8_lossy(&bytes))?;
    // a simple font's codes are one byte; a map with wider codes is not one this can rewrite
    // without losing entries
    map.keys().all(|code| *code <= 0xFF).then_some(map)
}

/// Parses the `bfchar` and `bfrange` sections of a ToUnicode CMap (one-byte codes).
fn parse_cmap(text: &str) -> Option<BTreeMap<u32, String>> {
    let mut map = BTreeMap::new();
    let mut tokens = cmap_tokens(text).into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            Token::Word(w) if w == "beginbfchar" => {
                while let Some(Token::Hex(code)) = tokens.peek().cloned() {
                    tokens.next();
                    let Some(Token::Hex(dst)) = tokens.next() else {
                        return None;
                    };
                    map.insert(hex_value(&code)?, utf16_hex(&dst)?);
                }
            }
            Token::Word(w) if w == "beginbfrange" => {
                while let Some(Token::Hex(lo)) = tokens.peek().cloned() {
                    tokens.next();
                    let (Some(Token::Hex(hi)), Some(dst)) = (tokens.next(), tokens.next()) else {
                        return None;
                    };
                    let (lo, hi) = (hex_value(&lo)?, hex_value(&hi)?);
                    if hi < lo || hi - lo > 0xFFFF {
                        return None;
                    }
                    match dst {
                        Token::Hex(start) => {
                            let units = utf16_units(&start)?;
                            let (last, head) = units.split_last()?;
                            for (offset, code) in (lo..=hi).enumerate() {
                                let mut units = head.to_vec();
                                units.push(last.wrapping_add(offset as u16));
                                map.insert(code, String::from_utf16_lossy(&units));
                            }
                        }
                        Token::Array(items) => {
                            for (code, item) in (lo..=hi).zip(items) {
                                map.insert(code, utf16_hex(&item)?);
                            }
                        }
                        Token::Word(_) => return None,
                    }
                }
            }
            _ => {}
        }
    }
    Some(map)
}

#[derive(Debug, Clone)]
enum Token {
    Hex(String),
    Array(Vec<String>),
    Word(String),
}

fn cmap_tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars>| {
        let mut h = String::new();
        for c in chars.by_ref() {
            if c == '>' {
                break;
            }
            if c.is_ascii_hexdigit() {
                h.push(c);
            }
        }
        h
    };
    while let Some(&c) = chars.peek() {
        if c == '<' {
            chars.next();
            if chars.peek() == Some(&'<') {
                // a dictionary opener: not part of a mapping
                chars.next();
                tokens.push(Token::Word("<<".into()));
            } else {
                tokens.push(Token::Hex(hex(&mut chars)));
            }
        } else if c == '[' {
            chars.next();
            let mut items = Vec::new();
            while let Some(c) = chars.next() {
                match c {
                    ']' => break,
                    '<' => items.push(hex(&mut chars)),
                    _ => {}
                }
            }
            tokens.push(Token::Array(items));
        } else if c.is_whitespace() {
            chars.next();
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || matches!(c, '<' | '[' | '/') && !word.is_empty() {
                    break;
                }
                word.push(c);
                chars.next();
            }
            tokens.push(Token::Word(word));
        }
    }
    tokens
}

fn hex_value(hex: &str) -> Option<u32> {
    (!hex.is_empty() && hex.len() <= 8)
        .then(|| u32::from_str_radix(hex, 16).ok())
        .flatten()
}

fn utf16_units(hex: &str) -> Option<Vec<u16>> {
    if hex.is_empty() || !hex.len().is_multiple_of(4) {
        return None;
    }
    (0..hex.len())
        .step_by(4)
        .map(|i| u16::from_str_radix(&hex[i..i + 4], 16).ok())
        .collect()
}

fn utf16_hex(hex: &str) -> Option<String> {
    Some(String::from_utf16_lossy(&utf16_units(hex)?))
}

/// A ToUnicode CMap for one-byte codes, in `bfchar` blocks of at most 100 entries (the limit the
/// CMap format sets).
fn cmap_text(map: &BTreeMap<u32, String>) -> Vec<u8> {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<00> <FF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u32, &String)> = map.iter().filter(|(code, _)| **code <= 0xFF).collect();
    for block in entries.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", block.len()));
        for (code, text) in block {
            let units: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            out.push_str(&format!("<{code:02X}> <{units}>\n"));
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(u32, &str)]) -> BTreeMap<u32, String> {
        entries.iter().map(|(c, s)| (*c, s.to_string())).collect()
    }

    #[test]
    fn cmap_bfchar_and_bfrange_are_parsed() {
        let cmap = "1 begincodespacerange <00> <FF> endcodespacerange\n\
                    2 beginbfchar <01> <0E04> <02> <0E33> endbfchar\n\
                    2 beginbfrange <10> <12> <0E01> <20> <21> [<0E32> <0E49>] endbfrange";
        assert_eq!(
            parse_cmap(cmap).unwrap(),
            map(&[
                (0x01, "ค"),
                (0x02, "ำ"),
                (0x10, "ก"),
                (0x11, "ข"),
                (0x12, "ฃ"),
                (0x20, "า"),
                (0x21, "้")
            ])
        );
        assert!(parse_cmap("1 beginbfchar <01> endbfchar").is_none());
    }

    #[test]
    fn written_cmap_reads_back() {
        let original = map(&[(0x03, "า"), (0x27, "้"), (0x41, "A")]);
        let text = String::from_utf8(cmap_text(&original)).unwrap();
        assert_eq!(parse_cmap(&text).unwrap(), original);
    }

    #[test]
    fn the_one_unmapped_code_of_a_span_is_learned() {
        // LibreOffice's น้ำ: ActualText "้ำ" over [ำ glyph, unmapped lowered tone, า glyph]
        let fonts = map(&[(0x15, "ำ"), (0x0b, "า")]);
        let mut learned = BTreeMap::new();
        learn(
            &fonts,
            &mut learned,
            "\u{0E49}\u{0E33}",
            &[0x15, 0x27, 0x0b],
        );
        assert_eq!(learned, map(&[(0x27, "\u{0E49}")]));
        // ActualText "ำ" over [ำ glyph, unmapped sara aa]: the unmapped glyph is the า half
        let fonts = map(&[(0x02, "ำ")]);
        let mut learned = BTreeMap::new();
        learn(&fonts, &mut learned, "ำ", &[0x02, 0x03]);
        assert_eq!(learned, map(&[(0x03, "า")]));
    }

    #[test]
    fn ambiguous_or_non_thai_spans_teach_nothing() {
        let fonts = map(&[(0x01, "ก")]);
        let mut learned = BTreeMap::new();
        // two unmapped codes
        learn(&fonts, &mut learned, "ขค", &[0x02, 0x03]);
        // a Latin replacement text
        learn(&fonts, &mut learned, "fi", &[0x04]);
        // nothing unmapped
        learn(&fonts, &mut learned, "ก", &[0x01]);
        assert!(learned.is_empty(), "{learned:?}");
    }
}
