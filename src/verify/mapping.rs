//! Which checklist item a label names, as agencies write labels on their ITA pages and answer
//! sheets: an item code in any spelling (`O1`, `o1`, `O-1`, `01`, `๐๑`) and the item's title or
//! keywords. Both are read ([`Rules::naming`] finds codes and keywords in one pass); when the code
//! and the title name different items, the page uses an older numbering (the 2568 list's `O10`
//! is the 2569 list's O11), and the title decides: the assessor checks the item the evidence is
//! about, whatever number the agency gave it.
//!
//! [`item_links`] applies this to every link of an ITA page: a link is labelled by its own text,
//! else by its table row (the cells before it), its block, or the heading over it.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::checklist::Checklist;
use crate::extract::html::PageContent;
use crate::rules::{Rules, file_stem};
use crate::thai;

/// How a label was matched to its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MappedBy {
    /// The item code only.
    Code,
    /// The title or keywords only.
    Title,
    /// Code and title agree.
    CodeAndTitle,
}

/// The item a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mapped {
    /// The item (checklist order).
    pub item: usize,
    /// How.
    pub by: MappedBy,
    /// The item whose code the label carries when its title is this item's: an older
    /// numbering, mapped by title.
    pub renumbered_from: Option<usize>,
}

/// The item `label` names, or `None` when it names none or is ambiguous.
pub fn map_label(rules: &Rules, label: &str) -> Option<Mapped> {
    let key = thai::match_key(label);
    if key.is_empty() {
        return None;
    }
    let naming = rules.naming(&key);
    // every code written, even one that stands with another item's title: mapping it by the
    // title then says which number the page used
    let codes: Vec<usize> = (0..rules.items.len())
        .filter(|&i| naming.has_written_code(i))
        .collect();
    let title = best_title(rules, &key, &naming);
    match (codes.first().copied(), title) {
        (None, None) => None,
        (Some(code), None) => Some(Mapped {
            item: code,
            by: MappedBy::Code,
            renumbered_from: None,
        }),
        (None, Some(title)) => Some(Mapped {
            item: title,
            by: MappedBy::Title,
            renumbered_from: None,
        }),
        (Some(_), Some(title)) if codes.contains(&title) => Some(Mapped {
            item: title,
            by: MappedBy::CodeAndTitle,
            renumbered_from: None,
        }),
        // the label also names the code's own item: the title's item is only a broader match
        (Some(code), Some(_)) if naming.has_keyword(code) => Some(Mapped {
            item: code,
            by: MappedBy::Code,
            renumbered_from: None,
        }),
        (Some(code), Some(title)) => Some(Mapped {
            item: title,
            by: MappedBy::Title,
            renumbered_from: Some(code),
        }),
    }
}

/// The item whose title or keywords `key` names most specifically: the item's whole title stem
/// beats any keyword, a longer keyword beats a shorter one; a tie names no item.
fn best_title(rules: &Rules, key: &str, naming: &crate::rules::Naming) -> Option<usize> {
    let mut scored: Vec<(usize, usize)> = (0..rules.items.len())
        .filter(|&i| naming.has_keyword(i))
        .map(|i| {
            let item = &rules.items[i];
            let longest = naming
                .keyword_hits(rules, i)
                .iter()
                .map(|k| thai::match_key(k).chars().count())
                .max()
                .unwrap_or(0);
            let stem = !item.title_stem.is_empty() && key.contains(&item.title_stem);
            (i, longest + if stem { 1000 } else { 0 })
        })
        .collect();
    scored.sort_by_key(|(i, score)| (std::cmp::Reverse(*score), *i));
    match scored.as_slice() {
        [] => None,
        [(only, _)] => Some(*only),
        [(first, a), (_, b), ..] => (a > b).then_some(*first),
    }
}

/// An item code as agencies write it in a sheet's item column: a bare number (`1`, `๑`) is the
/// checklist's code with that number; anything else is read as written.
pub fn sheet_item_label(checklist: &Checklist, cell: &str) -> String {
    let digits = thai::ascii_digits(cell.trim());
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        let prefix: String = checklist
            .items
            .first()
            .map(|i| i.id.chars().take_while(char::is_ascii_alphabetic).collect())
            .unwrap_or_default();
        if let Ok(n) = digits.parse::<u32>() {
            return format!("{prefix}{n}");
        }
    }
    cell.to_string()
}

/// A link of an ITA page and the item it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemLink {
    /// The item's code.
    pub id: String,
    /// The page the link stands on.
    pub found_on: Url,
    /// The `href` as written.
    pub href: String,
    /// The target; `None` for a placeholder (`#`, `javascript:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// What labels it (its text, or the row or heading around it).
    pub label: String,
    /// How the label was matched.
    pub by: MappedBy,
    /// The code the label carries when it is another item's (older numbering).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renumbered_from: Option<String>,
}

/// Rows of a table and cells before a link are looked at only while this short: longer blocks
/// are paragraphs, not labels.
const LABEL_BLOCK_CHARS: usize = 160;

/// The links of `content` (a page at `url`) that stand for an item, in page order, each with
/// its item's position in the checklist. Menus and other site chrome are skipped: an ITA page's
/// items are in its content.
pub fn item_links(
    checklist: &Checklist,
    rules: &Rules,
    url: &Url,
    content: &PageContent,
) -> Vec<(usize, ItemLink)> {
    let mut out = Vec::new();
    for link in content.links() {
        if link.chrome {
            continue;
        }
        let Some((label, mapped)) = label_of(rules, content, &link) else {
            continue;
        };
        out.push((
            mapped.item,
            ItemLink {
                id: checklist.items[mapped.item].id.clone(),
                found_on: url.clone(),
                href: link.href.to_string(),
                url: link.url.cloned(),
                label: thai::squash_spaces(&label),
                by: mapped.by,
                renumbered_from: mapped
                    .renumbered_from
                    .map(|i| checklist.items[i].id.clone()),
            },
        ));
    }
    out
}

/// The label of `link` that names an item, with the mapping. In order: the link's own text
/// when it carries a code; its table row (the cells before it: "O7 | รายงานผล… | คลิก"), which
/// often holds the code its text lacks; its own text by title; its file name; its block, when
/// the link is alone in it; the heading over it.
fn label_of(
    rules: &Rules,
    content: &PageContent,
    link: &crate::extract::html::Link,
) -> Option<(String, Mapped)> {
    let text = link.text.trim();
    let by_text = map_label(rules, text);
    if let Some(m) = by_text
        && m.by != MappedBy::Title
    {
        return Some((text.to_string(), m));
    }
    // the cells before the link in its row: short, link-free blocks right before the link's
    // block that are not headings
    let mut row: Vec<&str> = Vec::new();
    let mut b = link.block;
    while b > 0 && row.len() < 2 {
        b -= 1;
        let Some(block) = content.block(b) else {
            break;
        };
        if block.link_chars > 0
            || block.chrome
            || block.text.chars().count() > LABEL_BLOCK_CHARS
            || content.headings.contains(&block.text)
        {
            break;
        }
        row.insert(0, block.text.as_str());
    }
    if !row.is_empty() {
        let row_text = format!("{} {text}", row.join(" "));
        if let Some(m) = map_label(rules, &row_text) {
            return Some((row_text, m));
        }
    }
    if let Some(m) = by_text {
        return Some((text.to_string(), m));
    }
    let stem = link.url.map(file_stem).unwrap_or_default();
    // the block labels a link only when the link is alone in it: in "O4 ข่าว … | เกี่ยวกับเรา"
    // the second link is not O4's
    let alone = content.links().filter(|l| l.block == link.block).count() == 1;
    let own_block = content
        .block(link.block)
        .map(|b| b.text.as_str())
        .filter(|t| alone && t.chars().count() <= LABEL_BLOCK_CHARS * 2)
        .unwrap_or("");
    let heading = link.heading.unwrap_or("");
    [stem.as_str(), own_block, heading]
        .into_iter()
        .filter(|l| !l.trim().is_empty())
        .find_map(|l| map_label(rules, l).map(|m| (l.to_string(), m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> (Checklist, Rules) {
        let checklist = crate::checklist::load("ita-2569").unwrap();
        let rules = Rules::new(&checklist);
        (checklist, rules)
    }

    fn id(checklist: &Checklist, rules: &Rules, label: &str) -> Option<String> {
        map_label(rules, label).map(|m| checklist.items[m.item].id.clone())
    }

    #[test]
    fn codes_in_any_spelling() {
        let (c, r) = rules();
        for label in ["O1", "o1", "O-1", "O1.", "01 ลิงก์", "๐๑ ลิงก์"] {
            assert_eq!(id(&c, &r, label).as_deref(), Some("O1"), "{label}");
        }
        assert_eq!(id(&c, &r, "O11").as_deref(), Some("O11"));
        assert_eq!(id(&c, &r, "ดาวน์โหลด"), None);
    }

    #[test]
    fn titles_alone_and_with_their_code() {
        let (c, r) = rules();
        let m = map_label(&r, "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569").unwrap();
        assert_eq!(
            (c.items[m.item].id.as_str(), m.by),
            ("O23", MappedBy::Title)
        );
        let m = map_label(&r, "O2 ข้อมูลผู้บริหาร").unwrap();
        assert_eq!(
            (c.items[m.item].id.as_str(), m.by),
            ("O2", MappedBy::CodeAndTitle)
        );
    }

    /// The 2568-style page calls the anti-corruption plan O22; its title is the 2569 list's O23.
    #[test]
    fn older_numbering_is_mapped_by_title_and_flagged() {
        let (c, r) = rules();
        let m = map_label(&r, "O22 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569").unwrap();
        assert_eq!(c.items[m.item].id, "O23");
        assert_eq!(
            m.renumbered_from.map(|i| c.items[i].id.as_str()),
            Some("O22")
        );
    }

    #[test]
    fn bare_numbers_in_the_item_column() {
        let (c, _) = rules();
        assert_eq!(sheet_item_label(&c, "7"), "O7");
        assert_eq!(sheet_item_label(&c, "๑๑"), "O11");
        assert_eq!(sheet_item_label(&c, "O7 รายงาน"), "O7 รายงาน");
    }

    /// A table row labels the link in its last cell: "O7 | รายงานผล… | คลิก"; a `#` link keeps
    /// its item with no target; a link that names nothing is not an item link.
    #[test]
    fn links_labelled_by_their_row_heading_or_text() {
        let (c, r) = rules();
        let url = Url::parse("http://a.go.th/ita/").unwrap();
        let content = crate::extract::html::extract(
            "<p><a href='#'>O4 ข่าวประชาสัมพันธ์</a> <a href='/about.html'>เกี่ยวกับเรา</a></p>\
             <table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>\
             <tr><td>O7</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href='/x.pdf'>คลิก</a></td></tr></table>\
             <h3>O11 สรุปผลการจัดซื้อจัดจ้างรายเดือน</h3><ul><li><a href='/oct.pdf'>ตุลาคม</a></li></ul>",
            &url,
        );
        let links = item_links(&c, &r, &url, &content);
        let got: Vec<(&str, &str, MappedBy, bool)> = links
            .iter()
            .map(|(_, l)| (l.id.as_str(), l.href.as_str(), l.by, l.url.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                ("O4", "#", MappedBy::CodeAndTitle, false),
                ("O7", "/x.pdf", MappedBy::CodeAndTitle, true),
                ("O11", "/oct.pdf", MappedBy::CodeAndTitle, true),
            ]
        );
    }
}
