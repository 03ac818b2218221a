//! Extract: bytes → text and structure. Charset decoding, HTML structure, and (later) documents.

pub mod charset;
pub mod document;
pub mod html;
