//! Decoding fetched bytes to text, the way a browser would for Thai pages.
//!
//! `reqwest`'s `text()` ignores `<meta charset>` and knows none of the Thai aliases (`TIS620`,
//! `cp874`, `x-windows-874`), so bytes are decoded here: BOM, then the `Content-Type` charset, then
//! a `<meta>` prescan, then detection with chardetng; a declared charset that decodes with errors is
//! overruled by detection when detection decodes cleanly. The step that decided is recorded, because
//! it belongs in the evidence. See `../shared/notes/thai-text-and-documents.md` section 1.

use encoding_rs::{Encoding, UTF_8, WINDOWS_874};
use serde::Serialize;

/// Which step chose the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The `Content-Type` header's charset.
    Header,
    /// A `<meta charset>` or `http-equiv` in the page.
    Meta,
    /// Detected from the bytes (chardetng).
    Detected,
    /// A declared charset decoded with errors; detection found a clean one.
    DetectedOverDeclared,
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The encoding's name.
    pub encoding: &'static str,
    /// What said which encoding it is.
    pub source: EncodingSource,
    /// The decoder met bytes invalid in the chosen encoding (replaced by U+FFFD).
    pub had_errors: bool,
}

/// Resolves a charset label, including the Thai aliases `encoding_rs` does not know.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let label = label.trim().trim_matches(|c| c == '"' || c == '\'');
    let lower = label.to_ascii_lowercase();
    match lower.as_str() {
        "tis620" | "tis-620" | "cp874" | "x-cp874" | "x-windows-874" | "windows874" | "ms874"
        | "thai" | "tis_620" => Some(WINDOWS_874),
        _ => Encoding::for_label(lower.as_bytes()),
    }
}

/// The `charset=` parameter of a Content-Type header value.
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then_some(value.trim())
    })
}

/// Looks for `<meta charset=…>` or `<meta http-equiv content="…charset=…">` in the first 1024 bytes.
fn prescan_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = rest
                .iter()
                .skip_while(|b| b.is_ascii_whitespace() || **b == b'=')
                .copied()
                .collect::<Vec<_>>();
            let label: Vec<u8> = rest
                .iter()
                .skip_while(|b| **b == b'"' || **b == b'\'')
                .take_while(|b| {
                    !(b.is_ascii_whitespace() || matches!(**b, b'"' | b'\'' | b';' | b'/' | b'>'))
                })
                .copied()
                .collect();
            if let Some(enc) = std::str::from_utf8(&label)
                .ok()
                .and_then(encoding_for_label)
            {
                // A page that says UTF-16 in <meta> is really ASCII-compatible; browsers use UTF-8.
                return Some(
                    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        UTF_8
                    } else {
                        enc
                    },
                );
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(Some(b"th"), chardetng::Utf8Detection::Allow)
}

/// Decodes `bytes` (HTML, CSV or plain text) using the header value `content_type` if any.
pub fn decode(bytes: &[u8], content_type: Option<&str>, sniff_meta: bool) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            source: EncodingSource::Bom,
            had_errors,
        };
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(encoding_for_label)
        .map(|e| (e, EncodingSource::Header))
        .or_else(|| {
            if sniff_meta {
                prescan_meta(bytes).map(|e| (e, EncodingSource::Meta))
            } else {
                None
            }
        });
    if let Some((encoding, source)) = declared {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            return Decoded {
                text: text.into_owned(),
                encoding: encoding.name(),
                source,
                had_errors,
            };
        }
        let guess = detect(bytes);
        if guess != encoding {
            let (guessed, guess_errors) = guess.decode_without_bom_handling(bytes);
            if !guess_errors {
                return Decoded {
                    text: guessed.into_owned(),
                    encoding: guess.name(),
                    source: EncodingSource::DetectedOverDeclared,
                    had_errors: false,
                };
            }
        }
        return Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            source,
            had_errors,
        };
    }
    let guess = detect(bytes);
    let (text, had_errors) = guess.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: guess.name(),
        source: EncodingSource::Detected,
        had_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THAI: &str = "<html><head><title>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</title></head><body>สำนักงานปลัด องค์การบริหารส่วนตำบล</body></html>";

    fn cp874(text: &str) -> Vec<u8> {
        WINDOWS_874.encode(text).0.into_owned()
    }

    #[test]
    fn thai_aliases_are_known() {
        for label in [
            "TIS620",
            "cp874",
            "x-windows-874",
            "tis-620",
            "windows-874",
            "\"TIS-620\"",
        ] {
            assert_eq!(encoding_for_label(label), Some(WINDOWS_874), "{label}");
        }
    }

    #[test]
    fn header_with_unknown_alias_decodes() {
        let d = decode(&cp874(THAI), Some("text/html; charset=TIS620"), true);
        assert_eq!(d.encoding, "windows-874");
        assert_eq!(d.source, EncodingSource::Header);
        assert!(d.text.contains("ป้องกันการทุจริต"));
    }

    #[test]
    fn meta_charset_is_used_without_header() {
        let page = THAI.replace(
            "<head>",
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=tis-620\">",
        );
        let d = decode(&cp874(&page), Some("text/html"), true);
        assert_eq!(d.source, EncodingSource::Meta);
        assert!(d.text.contains("สำนักงานปลัด"));
    }

    #[test]
    fn wrong_utf8_header_is_overruled_by_detection() {
        let d = decode(&cp874(THAI), Some("text/html; charset=UTF-8"), true);
        assert_eq!(d.source, EncodingSource::DetectedOverDeclared);
        assert_eq!(d.encoding, "windows-874");
        assert!(d.text.contains("องค์การบริหารส่วนตำบล"));
    }

    #[test]
    fn undeclared_bytes_are_detected() {
        assert_eq!(decode(&cp874(THAI), None, true).encoding, "windows-874");
        assert_eq!(decode(THAI.as_bytes(), None, true).encoding, "UTF-8");
    }
}
