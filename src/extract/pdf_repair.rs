//! Repairs to a parsed PDF before pdf-extract reads it, where pdf-extract (or the lopdf parser
//! under it) reads a well-formed file differently from poppler.
//!
//! **Fonts of form XObjects.** pdf-extract caches a page's fonts by resource *name* (`/F1`), not
//! by the resource dictionary the name belongs to, so when a form XObject drawn on the page calls
//! a different font `/F1` too, whichever `/F1` is set first decodes the text of both. That is the
//! shape of every PDF that a tool has stamped or re-paginated: iLovePDF, pdftk and iText wrap the
//! original page in a form and draw their header or page number with their own `/F1`, and the
//! Thai of one comes out through the other's ToUnicode map (`เล่ม ๑๓๘ ตอนพิเศษ` as `เลมอนพิเ`).
//! [`isolate_form_fonts`] renames every font of every form XObject reachable from the pages to a
//! name no other resource dictionary uses (`F1` → `F1+oit12`, after the form's object number)
//! and rewrites the form's `Tf` operators to match. Page content is never rewritten. A form whose
//! content cannot be decoded, or holds an inline image (which lopdf cannot write back into a
//! content stream), is left as it is.
//!
//! **A comment before the first operator.** lopdf's content parser stops at a comment that is
//! followed by a blank line or spaces, and returns no operations at all when that comment opens
//! the page (`% CANON_PFINF_TYPE0_TEXTON`, as Canon and Foxit scanners write): the page reads as
//! empty. [`skip_leading_comments`] gives such a page its content without the opening comments.

use std::collections::{BTreeSet, HashMap};

use pdf_extract::content::Content;
use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// Renames the fonts of the document's form XObjects; returns how many forms were rewritten.
pub fn isolate_form_fonts(doc: &mut Document) -> usize {
    let forms = reachable_forms(doc);
    let mut rewritten = 0;
    for id in forms {
        if let Some((resources, content)) = renamed(doc, id)
            && let Ok(Object::Stream(form)) = doc.get_object_mut(id)
        {
            form.dict.set("Resources", Object::Dictionary(resources));
            form.set_plain_content(content);
            rewritten += 1;
        }
    }
    rewritten
}

/// Replaces the content of each page that lopdf reads as empty because it opens with comments by
/// the same content without them; returns how many pages were changed. Only leading comments are
/// skipped: before the first token there can be no string in which a `%` is text.
pub fn skip_leading_comments(doc: &mut Document) -> usize {
    let mut changed = 0;
    for page_id in doc.get_pages().into_values() {
        if !opens_with_comment(doc, page_id) {
            continue;
        }
        let Ok(content) = doc.get_page_content(page_id) else {
            continue;
        };
        if Content::decode(&content).is_ok_and(|c| !c.operations.is_empty()) {
            continue;
        }
        let rest = after_leading_comments(&content);
        if rest.len() == content.len()
            || !Content::decode(rest).is_ok_and(|c| !c.operations.is_empty())
        {
            continue;
        }
        let stream = doc.add_object(Stream::new(Dictionary::new(), rest.to_vec()));
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Contents", Object::Reference(stream));
            changed += 1;
        }
    }
    changed
}

/// Whether the page's content opens with a comment: a look at the first content stream that is
/// not blank, without decoding the page (nearly every page is not one of these).
fn opens_with_comment(doc: &Document, page_id: ObjectId) -> bool {
    for id in doc.get_page_contents(page_id) {
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            continue;
        };
        let bytes = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        if let Some(first) = bytes.iter().find(|b| !b" \t\r\n\x0c\0".contains(b)) {
            return *first == b'%';
        }
    }
    false
}

/// `content` after its leading whitespace and comments.
fn after_leading_comments(mut content: &[u8]) -> &[u8] {
    loop {
        let start = content
            .iter()
            .position(|b| !b" \t\r\n\x0c\0".contains(b))
            .unwrap_or(content.len());
        content = &content[start..];
        if content.first() != Some(&b'%') {
            return content;
        }
        let end = content
            .iter()
            .position(|b| matches!(b, b'\r' | b'\n'))
            .unwrap_or(content.len());
        content = &content[end..];
    }
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

/// The form XObjects named in the pages' resources and, recursively, in the forms' own.
fn reachable_forms(doc: &Document) -> BTreeSet<ObjectId> {
    let mut forms = BTreeSet::new();
    let mut resources: Vec<&Dictionary> = Vec::new();
    for page_id in doc.get_pages().into_values() {
        let Ok(page) = doc.get_dictionary(page_id) else {
            continue;
        };
        // the page's own resources, else the nearest inherited ones (as pdf-extract reads them)
        let mut node = page;
        for _ in 0..64 {
            if let Ok(r) = node.get(b"Resources") {
                if let Ok(r) = deref(doc, r).as_dict() {
                    resources.push(r);
                }
                break;
            }
            let Some(parent) = node
                .get(b"Parent")
                .and_then(Object::as_reference)
                .ok()
                .and_then(|id| doc.get_dictionary(id).ok())
            else {
                break;
            };
            node = parent;
        }
    }
    while let Some(dict) = resources.pop() {
        let Some(xobjects) = dict
            .get(b"XObject")
            .ok()
            .and_then(|x| deref(doc, x).as_dict().ok())
        else {
            continue;
        };
        for (_, value) in xobjects.iter() {
            let Object::Reference(id) = value else {
                continue;
            };
            let Ok(stream) = doc.get_object(*id).and_then(Object::as_stream) else {
                continue;
            };
            let is_form = stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|s| s == b"Form");
            if is_form
                && forms.insert(*id)
                && let Some(inner) = stream
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|r| deref(doc, r).as_dict().ok())
            {
                resources.push(inner);
            }
        }
    }
    forms
}

/// The form's resources with its fonts renamed, and its content with `Tf` following; `None` when
/// the form has no fonts of its own or its content cannot be rewritten faithfully.
fn renamed(doc: &Document, id: ObjectId) -> Option<(Dictionary, Vec<u8>)> {
    let form = doc.get_object(id).ok()?.as_stream().ok()?;
    let mut resources = deref(doc, form.dict.get(b"Resources").ok()?)
        .as_dict()
        .ok()?
        .clone();
    let fonts = deref(doc, resources.get(b"Font").ok()?).as_dict().ok()?;
    if fonts.is_empty() {
        return None;
    }
    let names: HashMap<Vec<u8>, Vec<u8>> = fonts
        .iter()
        .map(|(name, _)| {
            let mut new = name.clone();
            new.extend_from_slice(format!("+oit{}", id.0).as_bytes());
            (name.clone(), new)
        })
        .collect();
    let mut renamed_fonts = Dictionary::new();
    for (name, font) in fonts.iter() {
        renamed_fonts.set(names[name].clone(), font.clone());
    }
    let bytes = if form.filters().is_ok() {
        form.decompressed_content().ok()?
    } else {
        form.content.clone()
    };
    let mut content = Content::decode(&bytes).ok()?;
    if content.operations.iter().any(|op| op.operator == "BI") {
        return None;
    }
    for op in &mut content.operations {
        if op.operator == "Tf"
            && let Some(Object::Name(name)) = op.operands.first_mut()
            && let Some(new) = names.get(name.as_slice())
        {
            *name = new.clone();
        }
    }
    resources.set("Font", Object::Dictionary(renamed_fonts));
    Some((resources, content.encode().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page whose own `/F1` is one font, drawing a form whose `/F1` is another.
    fn stamped_page() -> (Document, ObjectId, ObjectId) {
        let mut doc = Document::with_version("1.7");
        let font_a = doc.add_object(Dictionary::from_iter([("Subtype", Object::from("Type1"))]));
        let font_b = doc.add_object(Dictionary::from_iter([("Subtype", Object::from("Type1"))]));
        let form_resources = Dictionary::from_iter([(
            "Font",
            Object::Dictionary(Dictionary::from_iter([("F1", Object::Reference(font_b))])),
        )]);
        let form = doc.add_object(Stream::new(
            Dictionary::from_iter([
                ("Type", Object::from("XObject")),
                ("Subtype", Object::from("Form")),
                ("Resources", Object::Dictionary(form_resources)),
            ]),
            b"BT /F1 12 Tf (inner) Tj ET".to_vec(),
        ));
        let page_resources = Dictionary::from_iter([
            (
                "Font",
                Object::Dictionary(Dictionary::from_iter([("F1", Object::Reference(font_a))])),
            ),
            (
                "XObject",
                Object::Dictionary(Dictionary::from_iter([("Xf1", Object::Reference(form))])),
            ),
        ]);
        let content = doc.add_object(Stream::new(
            Dictionary::new(),
            b"/Xf1 Do BT /F1 10 Tf (outer) Tj ET".to_vec(),
        ));
        let pages = doc.new_object_id();
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::from("Page")),
            ("Parent", Object::Reference(pages)),
            ("Resources", Object::Dictionary(page_resources)),
            ("Contents", Object::Reference(content)),
        ]));
        doc.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::from("Pages")),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let catalog = doc.add_object(Dictionary::from_iter([
            ("Type", Object::from("Catalog")),
            ("Pages", Object::Reference(pages)),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog));
        (doc, form, font_b)
    }

    #[test]
    fn a_forms_fonts_get_names_no_other_dictionary_uses() {
        let (mut doc, form, font_b) = stamped_page();
        assert_eq!(isolate_form_fonts(&mut doc), 1);
        let stream = doc.get_object(form).unwrap().as_stream().unwrap();
        let fonts = stream
            .dict
            .get(b"Resources")
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"Font")
            .unwrap()
            .as_dict()
            .unwrap();
        let new_name = format!("F1+oit{}", form.0);
        assert_eq!(
            fonts.get(new_name.as_bytes()).unwrap(),
            &Object::Reference(font_b)
        );
        assert!(fonts.get(b"F1").is_err());
        let content = Content::decode(&stream.content).unwrap();
        let tf = content
            .operations
            .iter()
            .find(|op| op.operator == "Tf")
            .unwrap();
        assert_eq!(tf.operands[0], Object::Name(new_name.into_bytes()));
        // the text itself is untouched
        assert!(
            content
                .operations
                .iter()
                .any(|op| op.operator == "Tj" && op.operands[0] == Object::string_literal("inner"))
        );
    }

    #[test]
    fn forms_with_inline_images_are_left_alone() {
        let (mut doc, form, _) = stamped_page();
        if let Ok(Object::Stream(stream)) = doc.get_object_mut(form) {
            stream.set_plain_content(
                b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI BT /F1 12 Tf (inner) Tj ET".to_vec(),
            );
        }
        assert_eq!(isolate_form_fonts(&mut doc), 0);
    }

    #[test]
    fn a_page_opening_with_comments_is_read_without_them() {
        assert_eq!(
            after_leading_comments(b"% CANON_PFINF_TYPE0_TEXTON\n\n  %x\r\nq (a%b) Tj Q"),
            b"q (a%b) Tj Q"
        );
        assert_eq!(after_leading_comments(b"% only a comment\n"), b"");
        let (mut doc, _, _) = stamped_page();
        let page = *doc.get_pages().get(&1).unwrap();
        let content = doc.add_object(Stream::new(
            Dictionary::new(),
            b"% CANON_PFINF_TYPE0_TEXTON\n\nBT /F1 10 Tf (outer) Tj ET".to_vec(),
        ));
        if let Ok(Object::Dictionary(dict)) = doc.get_object_mut(page) {
            dict.set("Contents", Object::Reference(content));
        }
        // lopdf reads nothing from it as it is
        let ops = |doc: &Document| {
            Content::decode(&doc.get_page_content(page).unwrap())
                .unwrap()
                .operations
                .len()
        };
        assert_eq!(ops(&doc), 0);
        assert_eq!(skip_leading_comments(&mut doc), 1);
        assert_eq!(ops(&doc), 4);
        // a page lopdf reads is left alone
        assert_eq!(skip_leading_comments(&mut doc), 0);
    }
}
