//! The checklist compiled for matching: every phrase turned into a [`thai::match_key`] once, item
//! codes recognised in their many spellings (`O11`, `o11`, `O-11`, `011`), URL patterns lower-cased.
//! Discovery uses it to put likely evidence first; evaluation uses it to judge candidates.
//!
//! Which items a text names is asked of every link, heading and title of a site, so it is answered
//! in one pass over the text whatever the number of items: every item keyword is one pattern of a
//! single Aho–Corasick automaton ([`Rules::naming`]), and item codes are found by one scan for
//! their prefixes.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;
use url::Url;

use crate::checklist::{Checklist, ElementTest, Item, LookIn, MachineReadable};
use crate::extract::html::{Form, PageContent, Table};
use crate::thai;

/// A phrase as written and as a match key.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// The phrase as written.
    pub text: String,
    /// Its match key.
    pub key: String,
    /// The ำ-fold key, for text that lost its nikhahit (Word-exported PDFs); only set for
    /// phrase-length phrases, where folding is not ambiguous.
    pub fold: Option<String>,
}

impl Phrase {
    fn new(text: &str) -> Phrase {
        let key = thai::match_key(text);
        let fold = thai::fold_key(text);
        let fold = (fold != key && fold.chars().count() >= 6).then_some(fold);
        Phrase {
            text: text.to_string(),
            key,
            fold,
        }
    }

    /// Whether the phrase occurs in `haystack` (a match key, possibly followed by its fold key).
    pub fn found_in(&self, haystack: &str) -> bool {
        contains_phrase(haystack, &self.key)
            || self
                .fold
                .as_ref()
                .is_some_and(|f| contains_phrase(haystack, f))
    }
}

/// An item ready for matching.
#[derive(Debug, Clone)]
pub struct ItemRules {
    /// Its position in the checklist.
    pub index: usize,
    /// Its keywords.
    pub keywords: Vec<Phrase>,
    /// Letter prefix and number of the item id (`O`, 11), when the id has that shape.
    code: Option<(String, u32)>,
    /// Its URL patterns, lower case.
    pub url_patterns: Vec<String>,
    /// Its elements.
    pub elements: Vec<ElementSpec>,
    /// The match key of the item's title without its year part (`ผลการเปิดโอกาสให้มีส่วนร่วมใน
    /// การดำเนินงาน`), to recognise a heading that only restates it; empty when too short to tell.
    pub title_stem: String,
    /// Disqualifying phrases, how many occurrences disqualify, and why.
    pub reject: Vec<(Vec<Phrase>, usize, String)>,
    /// How machine-readable its data must be.
    pub machine_readable: MachineReadable,
}

/// A required element, ready for matching.
#[derive(Debug, Clone)]
pub struct ElementSpec {
    /// The element's name.
    pub name: String,
    /// Alternative tests: any passing one is enough.
    pub tests: Vec<ElementRules>,
    /// Which text its phrases are looked for in.
    pub look_in: LookIn,
    /// Needs no year.
    pub standing: bool,
    /// Required only where one of these occurs; see [`ElementSpec::applies`].
    pub only_if: Vec<Phrase>,
}

impl ElementSpec {
    /// Whether the element is required of a candidate whose page text key is `key`.
    pub fn applies(&self, key: &str) -> bool {
        self.only_if.is_empty() || self.only_if.iter().any(|p| p.found_in(key))
    }

    /// Whether the element is present in `key` (the match key of the text its `look_in` names)
    /// and, for the structural tests, on `page`. Matched phrases are added to `matched`.
    pub fn passes(&self, key: &str, page: Option<PageView<'_>>, matched: &mut Vec<String>) -> bool {
        self.tests
            .iter()
            .any(|test| test.passes(key, page, matched))
    }
}

/// A candidate page as element tests see it: its content, and the pages it links to.
#[derive(Clone, Copy)]
pub struct PageView<'a> {
    /// What the page holds.
    pub content: &'a PageContent,
    /// Its own images: those of the content less the ones the site's template shows on most pages.
    pub images: usize,
    /// The content of the page fetched at a URL, when one was read (a link's target).
    pub linked: &'a dyn Fn(&Url) -> Option<&'a PageContent>,
}

impl<'a> PageView<'a> {
    /// A page seen on its own, without the site around it.
    pub fn alone(content: &'a PageContent) -> PageView<'a> {
        PageView {
            content,
            images: content.images.len(),
            linked: &|_| None,
        }
    }
}

/// A channel test, ready for matching.
#[derive(Debug, Clone)]
pub struct ChannelRules {
    /// Purposes a working form must name; `Some(empty)` accepts any, `None` no form.
    pub form: Option<Vec<Phrase>>,
    /// Substrings of external systems' URLs.
    pub links_to: Vec<String>,
    /// A phone number or e-mail address in the page's text is enough.
    pub contact: bool,
    /// Names of a board in use (a page so named, showing or linking to its topics).
    pub board: Vec<Phrase>,
    /// Phrases of forms that are never a channel (the checklist's `not_a_channel`).
    pub not_a_channel: Vec<Phrase>,
    /// The checklist's placeholder phrases: a board whose only row is one is not in use.
    pub placeholders: Vec<Phrase>,
}

impl ChannelRules {
    /// Whether `form` is a working form for this channel's purpose.
    fn accepts(&self, form: &Form) -> bool {
        let Some(purposes) = &self.form else {
            return false;
        };
        if !form.works() {
            return false;
        }
        let key = thai::match_key(&form.text);
        !self.not_a_channel.iter().any(|p| p.found_in(&key))
            && (purposes.is_empty() || purposes.iter().any(|p| p.found_in(&key)))
    }

    /// Whether `content` is a board in use: named as one, and showing its topics in a table or
    /// linking, outside its menus, to on-site pages that were read (the topics).
    fn is_board(&self, content: &PageContent, page: PageView<'_>) -> bool {
        let named = std::iter::once(&content.title)
            .chain(&content.headings)
            .any(|name| {
                let key = thai::match_key(name);
                self.board.iter().any(|p| p.found_in(&key))
            });
        named
            && (content
                .tables
                .iter()
                .any(|t| !t.rows.is_empty() && !placeholder_only_table(&self.placeholders, t))
                || content.links().any(|l| {
                    !l.chrome
                        && l.url
                            .as_ref()
                            .and_then(|u| (page.linked)(u))
                            .is_some_and(|topic| !std::ptr::eq(topic, content))
                }))
    }

    fn passes(&self, key: &str, page: PageView<'_>, matched: &mut Vec<String>) -> bool {
        if !self.board.is_empty() && self.is_board(page.content, page) {
            matched.push("a board with topics".into());
            return true;
        }
        if let Some(form) = page.content.forms().find(|f| self.accepts(f)) {
            let to = form.action.as_ref().map(Url::as_str).unwrap_or("");
            matched.push(format!("form → {to}"));
            return true;
        }
        for link in page.content.links() {
            let Some(url) = &link.url else { continue };
            let target = url.as_str().to_ascii_lowercase();
            if self.links_to.iter().any(|t| target.contains(t.as_str())) {
                matched.push(format!("external system: {url}"));
                return true;
            }
            // a channel the page offers, not one the site menu offers on every page
            if link.chrome {
                continue;
            }
            if let Some(linked) = (page.linked)(url) {
                if linked.forms().any(|f| self.accepts(f)) {
                    matched.push(format!("form on {url}"));
                    return true;
                }
                if !self.board.is_empty() && self.is_board(linked, page) {
                    matched.push(format!("board at {url}"));
                    return true;
                }
            }
        }
        if self.contact && has_contact(key) {
            matched.push("phone or e-mail".into());
            return true;
        }
        false
    }
}

/// Whether every data row of `table` is empty or only one of `placeholders` ("ไม่มีข้อมูล",
/// "ยังไม่มีกระทู้"): a table that publishes its column headings and nothing else.
pub fn placeholder_only_table(placeholders: &[Phrase], table: &Table) -> bool {
    let mut saw_placeholder = false;
    for row in &table.rows {
        let mut key = thai::match_key(&row.join(" "));
        for phrase in placeholders {
            if key.contains(&phrase.key) {
                saw_placeholder = true;
                key = key.replace(&phrase.key, "");
            }
        }
        if key.chars().any(char::is_alphanumeric) {
            return false;
        }
    }
    saw_placeholder
}

/// The title of an office's head in `key` (a match key): an office `สำนักงาน` + X + area +
/// place (สำนักงานแรงงานจังหวัดทุ่งทองคำ) whose head is titled X + area + place without the word
/// for office (แรงงานจังหวัดทุ่งทองคำ), as Thai provincial and district offices title their heads.
pub fn office_head(key: &str, areas: &[String]) -> Option<String> {
    const OFFICE: &str = "สำนักงาน";
    for (at, _) in key.match_indices(OFFICE) {
        let rest = &key[at + OFFICE.len()..];
        for area in areas {
            let Some(end) = rest.find(area.as_str()) else {
                continue;
            };
            // X: the office's field, a few words at most (แรงงาน, ทรัพยากรธรรมชาติและสิ่งแวดล้อม)
            let field = &rest[..end];
            if field.is_empty() || field.chars().count() > 40 {
                continue;
            }
            let title = format!("{field}{area}");
            let standalone = key
                .match_indices(&title)
                .any(|(i, _)| !key[..i].ends_with(OFFICE));
            if standalone {
                return Some(title);
            }
        }
    }
    None
}

/// Whether `key` (a match key) gives a Thai phone number (0 and 8–9 more digits, dashes or dots
/// between them allowed) or an e-mail address, labelled or not.
pub fn has_contact(key: &str) -> bool {
    CONTACT.is_match(key)
}

/// How many phone numbers and e-mail addresses `key` (a match key) gives, counting repeats: the
/// office number with each executive's extension, or a shared e-mail, is each person's contact.
pub fn contacts(key: &str) -> usize {
    CONTACT.find_iter(key).count()
}

/// A Thai phone number (0 and 8–9 more digits, a dash or a dot allowed between any two:
/// `0-4399-0123`, `08-1234-5670`, `055411234`) or an e-mail address, in a match key.
static CONTACT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:^|[^0-9])0(?:[-.]?[0-9]){8,9}(?:[^0-9]|$)|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    )
    .expect("the contact pattern compiles")
});

/// An element test with its phrases keyed.
#[derive(Debug, Clone)]
pub enum ElementRules {
    /// At least `min` of the phrases occur.
    Any {
        /// The phrases, keyed.
        phrases: Vec<Phrase>,
        /// How many must occur.
        min: usize,
    },
    /// The page shows a content image.
    Image,
    /// A working channel on the page.
    Channel(ChannelRules),
    /// A phone number or an e-mail address.
    Contact,
    /// The head of an office titled by its name (area words keyed).
    OfficeHead(Vec<String>),
    /// Each post shown with a photo and a contact (the posts' keys, longest match first).
    PerPost(AhoCorasick),
    /// The page links to a URL containing one of these.
    LinksTo(Vec<String>),
    /// The page shows steps.
    Steps,
}

/// Arrows that chain the steps of a procedure in running text.
const STEP_ARROWS: &[&str] = &["→", "➔", "➜", "⇒", "->", "►"];

impl ElementRules {
    fn passes(&self, key: &str, page: Option<PageView<'_>>, matched: &mut Vec<String>) -> bool {
        let content = page.map(|p| p.content);
        let images = page.map_or(0, |p| p.images);
        match self {
            ElementRules::Any { phrases, min } => {
                let hits: Vec<&str> = phrases
                    .iter()
                    .filter(|p| p.found_in(key))
                    .map(|p| p.text.as_str())
                    .collect();
                matched.extend(hits.iter().take(3).map(|s| s.to_string()));
                hits.len() >= *min
            }
            ElementRules::Image => images > 0,
            ElementRules::Channel(channel) => {
                page.is_some_and(|page| channel.passes(key, page, matched))
            }
            ElementRules::Contact => has_contact(key),
            ElementRules::PerPost(posts) => {
                let shown = posts.find_iter(key).count();
                let photos = images;
                let contacts = contacts(key);
                let enough = shown == 0 || (photos >= shown && contacts >= shown);
                if enough && shown > 0 {
                    matched.push(format!(
                        "{shown} people shown, {photos} photos, {contacts} contacts"
                    ));
                }
                enough
            }
            ElementRules::OfficeHead(areas) => match office_head(key, areas) {
                Some(title) => {
                    matched.push(title);
                    true
                }
                None => false,
            },
            ElementRules::LinksTo(targets) => content.is_some_and(|p| {
                p.links().any(|l| {
                    let target = l
                        .url
                        .as_ref()
                        .map(|u| u.as_str().to_ascii_lowercase())
                        .unwrap_or_else(|| l.href.to_ascii_lowercase());
                    targets.iter().any(|t| target.contains(t.as_str()))
                })
            }),
            ElementRules::Steps => {
                let arrows: usize = STEP_ARROWS.iter().map(|a| key.matches(a).count()).sum();
                arrows >= 2 || content.is_some_and(|p| p.ordered_lists.iter().any(|n| *n >= 3))
            }
        }
    }
}

/// A checklist ready for matching.
#[derive(Debug, Clone)]
pub struct Rules {
    /// The items, in checklist order.
    pub items: Vec<ItemRules>,
    /// ITA hub phrases.
    pub hub_keywords: Vec<Phrase>,
    /// Placeholder phrases.
    pub placeholders: Vec<Phrase>,
    /// Item-code prefixes of look-alike schemes (lower case), with the scheme's name.
    pub lookalike_codes: Vec<(String, String)>,
    /// Hosts whose links are never evidence (visitor counters), lower case.
    pub counter_hosts: Vec<String>,
    /// Phrases of a credit line, whose links name no item.
    pub credit_phrases: Vec<Phrase>,
    namer: Namer,
}

/// Which items a text names: keyword hits per item, and item codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Naming {
    /// (item, keyword index) of every keyword found, sorted.
    keywords: Vec<(usize, usize)>,
    /// Items whose code the text carries, sorted, no repeats.
    codes: Vec<usize>,
}

impl Naming {
    /// Whether the text names no item.
    pub fn is_empty(&self) -> bool {
        self.keywords.is_empty() && self.codes.is_empty()
    }

    /// The keywords of `item` found, in the checklist's order.
    pub fn keyword_hits<'r>(&self, rules: &'r Rules, item: usize) -> Vec<&'r str> {
        let from = self.keywords.partition_point(|(i, _)| *i < item);
        self.keywords[from..]
            .iter()
            .take_while(|(i, _)| *i == item)
            .map(|(_, k)| rules.items[item].keywords[*k].text.as_str())
            .collect()
    }

    /// Whether a keyword of `item` was found.
    pub fn has_keyword(&self, item: usize) -> bool {
        let from = self.keywords.partition_point(|(i, _)| *i < item);
        self.keywords.get(from).is_some_and(|(i, _)| *i == item)
    }

    /// Whether the text names `item` by its code. A code read with another item's title is
    /// that item under an old number ("O6 – กฎหมายที่เกี่ยวข้อง" from last year's list): it names
    /// this year's O6 only when the text gives O6's own words too, or no item's words at all.
    pub fn has_code(&self, item: usize) -> bool {
        self.has_written_code(item) && (self.keywords.is_empty() || self.has_keyword(item))
    }

    /// Whether `item`'s code is written in the text, whatever title stands with it.
    pub fn has_written_code(&self, item: usize) -> bool {
        self.codes.binary_search(&item).is_ok()
    }

    /// Whether the text names `item` by keyword or code.
    pub fn names(&self, item: usize) -> bool {
        self.has_keyword(item) || self.has_code(item)
    }

    /// Every item named, sorted, no repeats.
    pub fn items(&self) -> Vec<usize> {
        let mut items: Vec<usize> = self
            .keywords
            .iter()
            .map(|(i, _)| *i)
            .chain(self.codes.iter().copied().filter(|i| self.has_code(*i)))
            .collect();
        items.sort_unstable();
        items.dedup();
        items
    }
}

/// The automaton over every item keyword and the table of item codes.
#[derive(Debug, Clone)]
struct Namer {
    automaton: Option<AhoCorasick>,
    /// Per pattern of the automaton, what it stands for.
    patterns: Vec<Pattern>,
    /// Code prefixes (`o`) and, per (prefix, number), the items with that code.
    prefixes: Vec<String>,
    codes: HashMap<(String, u32), Vec<usize>>,
}

/// One key of the automaton: the keywords that share it, and whether it starts and ends with a
/// Latin letter (then it must stand between non-letters, as [`contains_phrase`] requires).
#[derive(Debug, Clone)]
struct Pattern {
    /// (item, keyword index) of each keyword with this key.
    owners: Vec<(usize, usize)>,
    latin_start: bool,
    latin_end: bool,
}

impl Namer {
    fn new(items: &[ItemRules]) -> Namer {
        let mut keys: Vec<String> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for item in items {
            for (k, keyword) in item.keywords.iter().enumerate() {
                if keyword.key.is_empty() {
                    continue;
                }
                let id = *by_key.entry(keyword.key.clone()).or_insert_with(|| {
                    keys.push(keyword.key.clone());
                    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
                    patterns.push(Pattern {
                        owners: Vec::new(),
                        latin_start: latin(keyword.key.chars().next()),
                        latin_end: latin(keyword.key.chars().last()),
                    });
                    keys.len() - 1
                });
                patterns[id].owners.push((item.index, k));
            }
        }
        let automaton = (!keys.is_empty())
            .then(|| AhoCorasick::new(&keys).expect("keyword keys build an automaton"));
        let mut codes: HashMap<(String, u32), Vec<usize>> = HashMap::new();
        let mut prefixes: Vec<String> = Vec::new();
        for item in items {
            if let Some((prefix, number)) = &item.code {
                codes
                    .entry((prefix.clone(), *number))
                    .or_default()
                    .push(item.index);
                if !prefixes.contains(prefix) {
                    prefixes.push(prefix.clone());
                }
            }
        }
        Namer {
            automaton,
            patterns,
            prefixes,
            codes,
        }
    }

    /// Whether the keyword `found[i]`, read for `item`, lies inside a longer stretch that another
    /// item's keywords cover together, or is run into by another item's keyword. A phrase of one
    /// item inside the name of another is part of that name: "มาตรการส่งเสริมคุณธรรมและ
    /// ความโปร่งใส" (O25, the measures) inside "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม
    /// และความโปร่งใสภายในหน่วยงาน" (O26, the report on them) names the report.
    fn inside_another_items_name(&self, found: &[Found], i: usize, item: usize) -> bool {
        let hit = &found[i];
        // the hits that overlap this one: earlier ones reaching into it, later ones starting in it
        let overlapping: Vec<&Found> = found
            .iter()
            .enumerate()
            .take_while(|(_, f)| f.start < hit.end)
            .filter(|(j, f)| *j != i && f.end > hit.start)
            .map(|(_, f)| f)
            .collect();
        let mut others: Vec<usize> = overlapping
            .iter()
            .flat_map(|f| self.patterns[f.pattern].owners.iter().map(|(o, _)| *o))
            .filter(|o| *o != item)
            .collect();
        others.sort_unstable();
        others.dedup();
        others.into_iter().any(|other| {
            let spans_of = |f: &&Found| {
                let owners = &self.patterns[f.pattern].owners;
                owners.iter().any(|(o, _)| *o == other) && !owners.iter().any(|(o, _)| *o == item)
            };
            let spans: Vec<(usize, usize)> = overlapping
                .iter()
                .filter(|f| spans_of(f))
                .map(|f| (f.start, f.end))
                .collect();
            // sorted by start already; covered when they join up across [start, end) and reach
            // beyond it on at least one side
            let mut reach = hit.start;
            let mut wider = false;
            for (start, end) in spans {
                if start > reach {
                    break;
                }
                wider |= start < hit.start || end > hit.end;
                reach = reach.max(end);
            }
            // ...or one of them starts before it and runs into it: Thai puts the head of a noun
            // phrase first, so "รายงานผลการดำเนินการตามมาตรการ…" is a report, whatever follows
            let runs_into = overlapping
                .iter()
                .any(|f| spans_of(f) && f.start < hit.start && f.end > hit.start);
            (reach >= hit.end && wider) || runs_into
        })
    }

    fn naming(&self, key: &str) -> Naming {
        let mut naming = Naming::default();
        if let Some(automaton) = &self.automaton {
            let mut found: Vec<Found> = Vec::new();
            for hit in automaton.find_overlapping_iter(key) {
                let pattern = &self.patterns[hit.pattern().as_usize()];
                let before_ok = !pattern.latin_start
                    || !key[..hit.start()]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_ascii_alphabetic());
                let after_ok = !pattern.latin_end
                    || !key[hit.end()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic());
                if before_ok && after_ok {
                    found.push(Found {
                        start: hit.start(),
                        end: hit.end(),
                        pattern: hit.pattern().as_usize(),
                    });
                }
            }
            found.sort_unstable_by_key(|f| f.start);
            for (i, hit) in found.iter().enumerate() {
                for &(item, keyword) in &self.patterns[hit.pattern].owners {
                    if !self.inside_another_items_name(&found, i, item) {
                        naming.keywords.push((item, keyword));
                    }
                }
            }
            naming.keywords.sort_unstable();
            naming.keywords.dedup();
        }
        for prefix in &self.prefixes {
            for number in code_numbers(key, prefix) {
                if let Some(items) = self.codes.get(&(prefix.clone(), number)) {
                    naming.codes.extend_from_slice(items);
                }
            }
        }
        naming.codes.sort_unstable();
        naming.codes.dedup();
        naming
    }
}

/// One keyword found in a text, by byte span (`found` lists are sorted by `start`).
struct Found {
    start: usize,
    end: usize,
    pattern: usize,
}

/// The numbers of every `prefix` code in `key` (a match key), as [`ItemRules::has_code`] reads
/// them: `o11`, `o-11`, `o_11` between non-alphanumerics, or `011` at the very start for `o`.
fn code_numbers(key: &str, prefix: &str) -> Vec<u32> {
    let bytes = key.as_bytes();
    let mut numbers = Vec::new();
    let mut from = 0;
    while let Some(pos) = key[from..].find(prefix) {
        let start = from + pos;
        from = start + prefix.len();
        if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut i = start + prefix.len();
        if i < bytes.len() && matches!(bytes[i], b'-' | b'_' | b'.') {
            i += 1;
        }
        if let Some(number) = number_at(bytes, i) {
            numbers.push(number);
        }
    }
    // agencies type the letter O as a zero: "011 สรุปผล", "024รายงาน…"; a bare number is not a
    // code ("02" is the month folder of WordPress uploads, /2026/02/)
    if prefix == "o" && bytes.first() == Some(&b'0') {
        let digits = bytes[1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if let Some(number) = number_at(bytes, 1)
            && bytes.len() > 1 + digits
        {
            numbers.push(number);
        }
    }
    numbers
}

/// Whether `phrase` occurs in `haystack` (both match keys). Latin phrases must stand between
/// non-letters, so `ita` does not match inside `hospital`; Thai phrases are plain substrings.
pub fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let latin_start = phrase
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let latin_end = phrase
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphabetic());
    if !latin_start && !latin_end {
        return haystack.contains(phrase);
    }
    haystack.match_indices(phrase).any(|(i, _)| {
        let before_ok = !latin_start
            || !haystack[..i]
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphabetic());
        let after_ok = !latin_end
            || !haystack[i + phrase.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
        before_ok && after_ok
    })
}

/// The key of a title up to its year part (`… ประจำปีงบประมาณ พ.ศ. {fy}`) or a parenthesis.
fn title_stem(title: &str) -> String {
    let head = ["{", "(", "ประจำปี", "ปีงบประมาณ"]
        .iter()
        .fold(title, |t, cut| t.split(cut).next().unwrap_or(t));
    let key = thai::match_key(head);
    if key.chars().count() >= 12 {
        key
    } else {
        String::new()
    }
}

fn split_code(id: &str) -> Option<(String, u32)> {
    let digits_at = id.find(|c: char| c.is_ascii_digit())?;
    let (prefix, number) = id.split_at(digits_at);
    if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some((prefix.to_ascii_lowercase(), number.parse().ok()?))
}

impl ItemRules {
    fn new(
        index: usize,
        item: &Item,
        not_a_channel: &[Phrase],
        placeholders: &[Phrase],
    ) -> ItemRules {
        ItemRules {
            index,
            keywords: item.keywords.iter().map(|k| Phrase::new(k)).collect(),
            code: split_code(&item.id),
            url_patterns: item.url_patterns.clone(),
            title_stem: title_stem(&item.title_th),
            elements: item
                .elements
                .iter()
                .map(|e| ElementSpec {
                    name: e.name.clone(),
                    look_in: e.look_in,
                    standing: e.standing,
                    only_if: e.only_if.iter().map(|p| Phrase::new(p)).collect(),
                    tests: e
                        .tests
                        .iter()
                        .map(|test| match test {
                            ElementTest::Any { phrases, min } => ElementRules::Any {
                                phrases: phrases.iter().map(|p| Phrase::new(p)).collect(),
                                min: *min,
                            },
                            ElementTest::Image => ElementRules::Image,
                            ElementTest::Channel(channel) => ElementRules::Channel(ChannelRules {
                                form: channel
                                    .form
                                    .as_ref()
                                    .map(|f| f.iter().map(|p| Phrase::new(p)).collect()),
                                links_to: channel.links_to.clone(),
                                contact: channel.contact,
                                board: channel.board.iter().map(|p| Phrase::new(p)).collect(),
                                not_a_channel: not_a_channel.to_vec(),
                                placeholders: placeholders.to_vec(),
                            }),
                            ElementTest::Contact => ElementRules::Contact,
                            ElementTest::OfficeHead(areas) => ElementRules::OfficeHead(
                                areas.iter().map(|a| thai::match_key(a)).collect(),
                            ),
                            ElementTest::PerPost(posts) => ElementRules::PerPost(
                                aho_corasick::AhoCorasickBuilder::new()
                                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                                    .build(posts.iter().map(|p| thai::match_key(p)))
                                    .expect("post keys build an automaton"),
                            ),
                            ElementTest::LinksTo(targets) => ElementRules::LinksTo(
                                targets.iter().map(|t| t.to_ascii_lowercase()).collect(),
                            ),
                            ElementTest::Steps => ElementRules::Steps,
                        })
                        .collect(),
                })
                .collect(),
            machine_readable: item.machine_readable,
            reject: item
                .reject
                .iter()
                .map(|r| {
                    (
                        r.phrases.iter().map(|p| Phrase::new(p)).collect(),
                        r.min_count,
                        r.reason.clone(),
                    )
                })
                .collect(),
        }
    }

    /// Keywords of this item found in `key` (a match key).
    pub fn keyword_hits<'a>(&'a self, key: &str) -> Vec<&'a str> {
        self.keywords
            .iter()
            .filter(|k| contains_phrase(key, &k.key))
            .map(|k| k.text.as_str())
            .collect()
    }

    /// Whether `key` (a match key of a link text, heading or file name) carries this item's code:
    /// `o11`, `o-11`, `o_11` anywhere between non-alphanumerics, or `011` at the very start.
    pub fn has_code(&self, key: &str) -> bool {
        let Some((prefix, number)) = &self.code else {
            return false;
        };
        code_numbers(key, prefix).contains(number)
    }

    /// Whether the URL's path or query contains one of the item's URL patterns or its code as a
    /// path segment or file-name prefix.
    pub fn url_hit(&self, url: &Url) -> bool {
        self.url_hit_in(&DecodedUrl::of(url))
    }

    fn url_hit_in(&self, url: &DecodedUrl) -> bool {
        self.url_patterns
            .iter()
            .any(|p| url.path.contains(p.as_str()) || url.query.contains(p.as_str()))
            || url.segments.iter().any(|s| self.has_code(s))
    }
}

/// A URL's path and query percent-decoded and lower-cased, and the match keys of its path
/// segments: what the URL tests look at, worked out once for all items.
struct DecodedUrl {
    path: String,
    query: String,
    segments: Vec<String>,
}

impl DecodedUrl {
    fn of(url: &Url) -> DecodedUrl {
        let path = percent_decode(url.path()).to_lowercase();
        let segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(thai::match_key)
            .collect();
        DecodedUrl {
            path,
            query: url
                .query()
                .map(|q| percent_decode(q).to_lowercase())
                .unwrap_or_default(),
            segments,
        }
    }
}

/// Reads the number starting at `i`; `None` if there is no digit there or more than 3 digits.
fn number_at(bytes: &[u8], i: usize) -> Option<u32> {
    let digits: Vec<u8> = bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// Percent-decodes a URL path or query (Thai file names arrive encoded).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or(())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The file name of a URL, decoded, without its extension (`แผน_2569.pdf` → `แผน_2569`).
pub fn file_stem(url: &Url) -> String {
    let name = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("");
    let name = percent_decode(name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if ext.len() <= 5 => stem.to_string(),
        _ => name,
    }
}

impl Rules {
    /// Compiles `checklist` for matching.
    pub fn new(checklist: &Checklist) -> Rules {
        let not_a_channel: Vec<Phrase> = checklist
            .not_a_channel
            .iter()
            .map(|p| Phrase::new(p))
            .collect();
        let placeholders: Vec<Phrase> = checklist
            .placeholder_phrases
            .iter()
            .map(|k| Phrase::new(k))
            .collect();
        let items: Vec<ItemRules> = checklist
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| ItemRules::new(i, item, &not_a_channel, &placeholders))
            .collect();
        Rules {
            namer: Namer::new(&items),
            counter_hosts: checklist.not_evidence.hosts.clone(),
            credit_phrases: checklist
                .not_evidence
                .credit_phrases
                .iter()
                .map(|p| Phrase::new(p))
                .collect(),
            items,
            hub_keywords: checklist
                .hub_keywords
                .iter()
                .map(|k| Phrase::new(k))
                .collect(),
            placeholders,
            lookalike_codes: checklist
                .lookalike_schemes
                .iter()
                .flat_map(|s| {
                    s.codes
                        .iter()
                        .map(|c| (c.to_ascii_lowercase(), s.name.clone()))
                })
                .collect(),
        }
    }

    /// The first item code of a look-alike scheme in `key` (a match key), as written there
    /// (`moit4`), with the scheme's name: the code's letters between non-letters, then a number.
    pub fn lookalike_code(&self, key: &str) -> Option<(String, &str)> {
        self.lookalike_codes.iter().find_map(|(code, scheme)| {
            key.match_indices(code.as_str()).find_map(|(i, _)| {
                let before_ok = !key[..i]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
                let rest = key[i + code.len()..].trim_start_matches([' ', '-', '_', '.']);
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                (before_ok && !digits.is_empty() && digits.len() <= 3)
                    .then(|| (format!("{} {digits}", code.to_uppercase()), scheme.as_str()))
            })
        })
    }

    /// Whether a link to `url` is never evidence: a visitor counter's host or its subdomain.
    pub fn is_counter(&self, url: &Url) -> bool {
        let host = url.host_str().unwrap_or("").to_ascii_lowercase();
        self.counter_hosts
            .iter()
            .any(|c| host == *c || host.ends_with(&format!(".{c}")))
    }

    /// Whether `key` (a match key of a link's line) is a credit line ("ออกแบบโดย …").
    pub fn is_credit_line(&self, key: &str) -> bool {
        self.credit_phrases.iter().any(|p| p.found_in(key))
    }

    /// Whether `key` names an ITA/OIT hub page.
    pub fn is_hub_text(&self, key: &str) -> bool {
        self.hub_keywords
            .iter()
            .any(|k| contains_phrase(key, &k.key))
    }

    /// Which items `key` (a match key) names, by keyword or code, in one pass.
    pub fn naming(&self, key: &str) -> Naming {
        self.namer.naming(key)
    }

    /// Items whose URL patterns or code in a path segment match `url` (as
    /// [`ItemRules::url_hit`] says, with the URL decoded once for all items).
    pub fn url_items(&self, url: &Url) -> Vec<usize> {
        let url = DecodedUrl::of(url);
        self.items
            .iter()
            .filter(|item| item.url_hit_in(&url))
            .map(|item| item.index)
            .collect()
    }

    /// Items whose keywords or code appear in `key`, or whose URL patterns match `url`.
    pub fn items_matching(&self, key: &str, url: Option<&Url>) -> Vec<usize> {
        let mut items = self.naming(key).items();
        if let Some(url) = url {
            items.extend(self.url_items(url));
            items.sort_unstable();
            items.dedup();
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_for(id: &str) -> ItemRules {
        ItemRules {
            index: 0,
            keywords: vec![],
            code: split_code(id),
            url_patterns: vec![],
            elements: vec![],
            title_stem: String::new(),
            reject: vec![],
            machine_readable: MachineReadable::Any,
        }
    }

    #[test]
    fn item_codes_in_their_many_spellings() {
        let o11 = rules_for("O11");
        for text in [
            "O11 สรุปผล",
            "o11_ไตรมาสที่_1",
            "O-11",
            "ITA-O11",
            "011สรุปผล",
            "O 11",
        ] {
            assert!(o11.has_code(&thai::match_key(text)), "{text}");
        }
        for text in ["O1 โครงสร้าง", "O111", "no11", "2011", "โทร 011"] {
            assert!(!o11.has_code(&thai::match_key(text)), "{text}");
        }
        assert!(rules_for("O1").has_code(&thai::match_key("O1 โครงสร้าง")));
        assert!(!rules_for("O1").has_code(&thai::match_key("O11 สรุป")));
    }

    #[test]
    fn latin_phrases_need_word_boundaries() {
        assert!(contains_phrase(&thai::match_key("ITA 2569"), "ita"));
        assert!(!contains_phrase(
            &thai::match_key("Phichai Hospital"),
            "ita"
        ));
        assert!(contains_phrase(&thai::match_key("การประเมิน ITA"), "ita"));
    }

    #[test]
    fn lookalike_codes_need_a_number_and_a_boundary() {
        let rules = Rules {
            items: vec![],
            hub_keywords: vec![],
            placeholders: vec![],
            lookalike_codes: vec![("moit".into(), "MOIT".into())],
            counter_hosts: vec![],
            credit_phrases: vec![],
            namer: Namer::new(&[]),
        };
        let found = |text: &str| rules.lookalike_code(&thai::match_key(text)).map(|(c, _)| c);
        assert_eq!(found("MOIT 4 รายงานผล").as_deref(), Some("MOIT 4"));
        assert_eq!(found("ไฟล์ moit22_แผน.pdf").as_deref(), Some("MOIT 22"));
        assert_eq!(found("การประเมิน MOIT ของกระทรวง"), None);
        assert_eq!(found("xmoit4"), None);
    }

    /// An item code read with another item's title names that other item (old numbering).
    #[test]
    fn a_code_with_another_items_title_is_old_numbering() {
        let checklist = crate::checklist::load("ita-2569").unwrap();
        let rules = Rules::new(&checklist);
        let o2 = checklist.items.iter().position(|i| i.id == "O2").unwrap();
        let o11 = checklist.items.iter().position(|i| i.id == "O11").unwrap();
        // 2569's O2 is the executives; "O2 สรุปผลการจัดซื้อจัดจ้าง" is a procurement summary
        let old = rules.naming(&thai::match_key("O2 สรุปผลการจัดซื้อจัดจ้าง"));
        assert!(!old.has_code(o2));
        assert!(old.names(o11));
        // the code alone, or with the item's own words, names it
        assert!(rules.naming(&thai::match_key("O2 ดาวน์โหลด")).has_code(o2));
        assert!(rules.naming(&thai::match_key("O2 ข้อมูลผู้บริหาร")).has_code(o2));
    }

    /// The one-pass automaton names exactly what each item's own keyword and code tests name
    /// (where the text gives no other item's title: then a code is old numbering).
    #[test]
    fn naming_agrees_with_each_items_tests() {
        let checklist = crate::checklist::load("ita-2569").unwrap();
        let rules = Rules::new(&checklist);
        let texts = [
            "O11 สรุปผลการจัดซื้อจัดจ้าง ประจำปี 2569",
            "ITA-O5 แผนพัฒนาท้องถิ่น และ o-22 รายงานผลการบริหารความเสี่ยง",
            "011สรุปผล 024รายงาน hospital no gift policy",
            "ข้อมูลผู้บริหาร โครงสร้างหน่วยงาน ช่องทางการร้องเรียนการทุจริต E-Service",
            "ข่าวประชาสัมพันธ์ Q&A ถาม-ตอบ คู่มือการปฏิบัติงาน",
            "",
        ];
        for text in texts {
            let key = thai::match_key(text);
            let naming = rules.naming(&key);
            for item in &rules.items {
                assert_eq!(
                    naming.keyword_hits(&rules, item.index),
                    item.keyword_hits(&key),
                    "{text}: {}",
                    item.index
                );
                let other_titles = rules
                    .items
                    .iter()
                    .any(|other| other.index != item.index && !other.keyword_hits(&key).is_empty());
                let own_title = !item.keyword_hits(&key).is_empty();
                assert_eq!(
                    naming.has_code(item.index),
                    item.has_code(&key) && (own_title || !other_titles),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn phone_numbers_and_e_mail_addresses_with_or_without_labels() {
        for text in [
            "โทร. 0-4399-0123 ต่อ 10",
            "08-1234-5670",
            "0 5541 1234",
            "๐ ๕๕๔๑ ๑๒๓๗",
            "042.512.380 ต่อ 11",
            "อีเมล saraban@example.go.th",
        ] {
            assert!(has_contact(&thai::match_key(text)), "{text}");
        }
        for text in ["สายด่วน ๑๕๖๗", "ปีงบประมาณ 2569", "โทร", "เลขที่ 99 หมู่ 3"]
        {
            assert!(!has_contact(&thai::match_key(text)), "{text}");
        }
        // each person's line counts, a shared office number with extensions too
        assert_eq!(
            contacts(&thai::match_key(
                "โทร 0-4399-0123 ต่อ 10 … โทร 0-4399-0123 ต่อ 11"
            )),
            2
        );
    }

    #[test]
    fn percent_decoding_never_splits_characters() {
        assert_eq!(percent_decode("%E0%B9%81%E0%B8%9C%E0%B8%99"), "แผน");
        assert_eq!(percent_decode("100%ก"), "100%ก");
        assert_eq!(percent_decode("%ZZ%"), "%ZZ%");
    }

    #[test]
    fn url_codes_and_thai_file_names() {
        let o11 = rules_for("O11");
        assert!(
            o11.url_hit(
                &Url::parse("http://a.go.th/wp-content/uploads/ita2569/O11/x.pdf").unwrap()
            )
        );
        assert!(!o11.url_hit(&Url::parse("http://a.go.th/uploads/2011/x.pdf").unwrap()));
        let o2 = rules_for("O2");
        assert!(
            !o2.url_hit(&Url::parse("http://a.go.th/wp-content/uploads/2026/02/x.pdf").unwrap())
        );
        assert!(o2.url_hit(&Url::parse("http://a.go.th/ita/02_ผู้บริหาร.pdf").unwrap()));
        let u = Url::parse("http://a.go.th/files/แผน%20๒๕๖๙.pdf").unwrap();
        assert_eq!(file_stem(&u), "แผน ๒๕๖๙");
    }
}
