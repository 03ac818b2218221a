//! Extract: bytes → text and structure. Charset decoding, HTML structure, and (later) documents.

pub mod actual_text;
pub mod charset;
pub mod document;
pub mod html;
pub mod pdf_repair;

/// The text of one of XML's five predefined entities (`amp` → `&`); empty for any other name.
pub fn xml_entity(name: &str) -> &'static str {
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
}
