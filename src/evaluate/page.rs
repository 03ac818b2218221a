//! Judging a page on the site for one item: its own text (not the template around it, not the
//! text of the documents it links, not labels that only restate the item's title), placeholders,
//! containers, look-alike schemes, reject phrases, the year rule and the elements.

use crate::checklist::MachineReadable;
use crate::evaluate::candidate::{
    Candidate, ElementTexts, Outcome, Source, check_elements, partial_year, placeholder_hit,
    rejected, year_text,
};
use crate::evaluate::index::Omit;
use crate::evaluate::verdict::{Basis, Details, Evidence};
use crate::evaluate::{ItemRef, Judge};
use crate::extract::html::Link;
use crate::fetch::ContentKind;
use crate::reason::ReasonCode;
use crate::rules::{Naming, PageView, Rules, placeholder_only_table};
use crate::snapshot::UrlState;
use crate::thai;
use crate::years::{self, YearCheck};

/// What a `machine_readable: table` item lacks when its data is not in a table.
pub(crate) const TABLE_DATA: &str = "machine-readable table (XLSX, CSV or a table on the page)";

impl Judge<'_> {
    /// Judges page `i` for `item`; `hits` are what named it.
    pub(crate) fn judge_page(&self, item: ItemRef<'_>, i: usize, hits: Vec<String>) -> Candidate {
        let rules = self.rules;
        let snapshot = self.snapshot;
        let page = &snapshot.pages[i];
        let index = &self.index;
        let inbound = index.inbound(i);
        // Links to documents that were read are candidates of their own and are judged on their
        // content: their link text must not lend the page a year or an element the document lacks.
        let read_document = |l: &Link| {
            l.url
                .as_ref()
                .is_some_and(|u| matches!(snapshot.document(u), Some(Ok(_))))
        };
        // Left out of the page's text for elements and year: a heading whose section is only links
        // to such documents ("หน้าที่และอำนาจ" over a link to the whole act), since what it names is in
        // the documents; and the title and headings when they only restate the item's title ("O26
        // รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม… ปีงบประมาณ พ.ศ. 2568" over a page that says "-"),
        // since naming the item is not showing it, and the year in such a label is the webmaster's.
        let restates = |label: &str| {
            !item.rules.title_stem.is_empty()
                && thai::match_key(label).contains(&item.rules.title_stem)
        };
        let mut omit = Omit {
            blocks: delegating_headings(page, &read_document),
            title: restates(&page.content.title),
        };
        omit.blocks.extend(
            page.content
                .blocks()
                .enumerate()
                .filter(|(_, b)| {
                    !b.chrome && page.content.headings.contains(&b.text) && restates(&b.text)
                })
                .map(|(b, _)| b),
        );
        // So is a link to another host ("รายงานผล… (Google Drive)"): it is judged, as external_only,
        // on its own, and its text is not content of this page.
        let judged_apart =
            |l: &Link| read_document(l) || l.url.is_some_and(|u| !snapshot.scope.contains(u));
        let without_linked_evidence = |mut text: String| {
            for link in page
                .content
                .links()
                .filter(|l| judged_apart(l) && !l.text.trim().is_empty())
            {
                text = text.replace(link.text.trim(), " ");
            }
            text
        };
        let facts = self.page_facts(i);
        // a line that says it is not there yet ("รายงานความก้าวหน้า รอบ 6 เดือน (อยู่ระหว่างรวบรวมข้อมูล)")
        // names what is missing; it does not show it
        omit.blocks.extend(facts.promise_blocks.iter().copied());
        let own_key = &facts.own_key;
        // the page's own body (never its title), and the text for elements and year
        let body = without_linked_evidence(index.own_text(
            i,
            &Omit {
                blocks: omit.blocks.clone(),
                title: true,
            },
        ));
        let own_for_year = if omit.title {
            body.clone()
        } else {
            format!("{}\n{body}", page.content.title)
        };
        let names = index.names(i).join("\n");
        let texts = ElementTexts {
            page: thai::match_key(&without_linked_evidence(index.element_text(i, &omit))),
            content: thai::match_key(&own_for_year),
            title: thai::match_key(&names),
        };
        let linked = |url: &url::Url| index.page_at(url).map(|p| &snapshot.pages[p].content);
        let own_images = index.own_images(i);
        let view = PageView {
            content: &page.content,
            images: own_images,
            linked: &linked,
        };
        let report = check_elements(item.rules, &texts, Some(view));
        let mut matched = hits;
        matched.extend(report.matched.iter().cloned());
        let linked_from = inbound.first();
        let mut evidence = Evidence {
            url: page.url.clone(),
            found_on: linked_from.map(|(_, from)| from.url.clone()),
            link_text: linked_from.map(|(text, _)| text.to_string()),
            href: None,
            matched,
            basis: Basis::PageText,
            note: None,
        };
        // A page that links to unread documents about this item may hold the missing parts in them.
        let has_item_documents = facts
            .unread_documents
            .iter()
            .any(|naming| naming.names(item.rules.index));
        let content_len = thai::match_key(&body).chars().count();
        let found_names = report.found.clone();
        let mut details = Details::default();
        let outcome = if let Some(phrase) =
            placeholder_hit(rules, &facts.statement_key).filter(|_| facts.bare_len < 150)
        {
            let reason =
                format!("the page says \"{phrase}\" instead of publishing the information");
            details.placeholder = Some(phrase);
            Outcome::fail(ReasonCode::Placeholder, reason)
        } else if let Some((code, scheme)) = rules.lookalike_code(own_key) {
            details.scheme = Some(format!("{scheme}: {code}"));
            Outcome::lookalike(&code, scheme, "the page")
        } else if facts.container {
            Outcome::fail(
                ReasonCode::Container,
                "the page only names the item and links to documents; the documents are judged instead",
            )
        } else if content_len < 20
            && own_images == 0
            && !has_item_documents
            && page.content.forms().next().is_none()
        {
            Outcome::fail(ReasonCode::EmptyPage, "the page has no content of its own")
        } else if let Some(reason) = rejected(item.rules, own_key) {
            Outcome::fail(ReasonCode::Rejected, reason)
        } else {
            let year = years::check(item.year_rule(), self.fiscal_year, &own_for_year);
            let mut unverified = Vec::new();
            let mut missing = report.missing.clone();
            if item.rules.machine_readable == MachineReadable::Table && !facts.data_table {
                missing.push(TABLE_DATA.into());
            }
            if has_item_documents && !missing.is_empty() {
                unverified.append(&mut missing);
            }
            if let YearCheck::Found(text) = &year {
                evidence.matched.push(text.clone());
            }
            details = Details::of_year(&year);
            match year {
                YearCheck::Wrong { .. } => Outcome::Fail {
                    code: ReasonCode::WrongYear,
                    reason: format!("the page is for another year: {}", year_text(&year)),
                    missing: [vec![year_text(&year)], missing].concat(),
                },
                YearCheck::Missing { .. } if has_item_documents => {
                    unverified.push(year_text(&year));
                    if missing.is_empty() {
                        Outcome::Pass { unverified }
                    } else {
                        Outcome::elements_missing(missing)
                    }
                }
                YearCheck::Missing { .. } => Outcome::Fail {
                    code: ReasonCode::YearMissing,
                    reason: format!(
                        "the page does not say which year it covers ({} required)",
                        year_text(&year)
                    ),
                    missing: [vec![year_text(&year)], missing].concat(),
                },
                // a page that shows itself as a picture (an infographic of the service steps): what
                // its text lacks may be drawn in the image, which oitcheck cannot read; not so a
                // working channel, a table of data or a structure (a form cannot be drawn)
                _ if !missing.is_empty()
                    && own_images > 0
                    && content_len < 100
                    && missing.iter().all(|m| could_be_drawn(item.rules, m)) =>
                {
                    Outcome::Unreadable {
                        code: ReasonCode::ImageOnly,
                        reason: format!(
                            "{} shows its content as an image, which oitcheck cannot read; check by eye that it shows: {}",
                            page.url,
                            missing.join("; ")
                        ),
                    }
                }
                _ if !missing.is_empty() => Outcome::elements_missing(missing),
                YearCheck::Found(_) => {
                    match partial_year(item.item, self.fiscal_year, &own_for_year) {
                        Some((partial, specifics)) => {
                            details = specifics;
                            partial
                        }
                        None => Outcome::Pass { unverified },
                    }
                }
                _ => Outcome::Pass { unverified },
            }
        };
        if let Outcome::Pass { unverified } = &outcome
            && !unverified.is_empty()
        {
            evidence.note = Some(
                "parts of this item are in documents linked from the page that oitcheck could not read"
                    .into(),
            );
        }
        Candidate {
            evidence,
            outcome,
            found_names,
            source: Source::Content,
            ocr: false,
            details,
        }
    }
}

/// What every judgement of a page needs, whatever the item: computed once per page.
pub(crate) struct PageFacts {
    /// The match key of the page's own text (title and non-template content).
    own_key: String,
    /// What the page says besides its title, headings, empty tables and placeholder phrases.
    bare_len: usize,
    /// The page's own text less the cells of its data tables: what it says of itself.
    statement_key: String,
    /// Only a heading and links to documents.
    container: bool,
    /// A table with rows of data.
    data_table: bool,
    /// What the links to documents that were not read (nor found dead) name.
    unread_documents: Vec<Naming>,
    /// Short blocks of the page's own text that carry a placeholder phrase: promises
    /// ("จะเผยแพร่เมื่อดำเนินการแล้วเสร็จ") and "not yet" lines, none on a page with a data table,
    /// where "อยู่ระหว่างดำเนินการ" is a status in a row.
    promise_blocks: Vec<usize>,
}

impl Judge<'_> {
    /// The item-independent facts of page `i`, computed on first use.
    fn page_facts(&self, i: usize) -> &PageFacts {
        self.page_facts[i].get_or_init(|| self.compute_page_facts(i))
    }

    fn compute_page_facts(&self, i: usize) -> PageFacts {
        let rules = self.rules;
        let snapshot = self.snapshot;
        let page = &snapshot.pages[i];
        let own_key = thai::match_key(&self.index.own_text(i, &Omit::default()));
        // What the page says besides its title, headings and placeholder phrases: a table of
        // complaints "อยู่ระหว่างดำเนินการ" has plenty; a page that is only "อยู่ระหว่างดำเนินการ" has none.
        let mut bare = own_key.replace(&thai::match_key(&page.content.title), "");
        for heading in &page.content.headings {
            bare = bare.replace(&thai::match_key(heading), "");
        }
        // A table whose only rows say "ไม่มีข้อมูล" publishes its column headings and nothing else; in
        // a table with data, "อยู่ระหว่างดำเนินการ" is a column or a status, not what the page says of itself.
        let mut statement_key = own_key.clone();
        for table in &page.content.tables {
            let empty = placeholder_only_table(&rules.placeholders, table);
            for cell in table.header.iter().chain(&table.rows).flatten() {
                let cell_key = thai::match_key(cell);
                if cell_key.is_empty() {
                    continue;
                }
                if empty {
                    bare = bare.replace(&cell_key, "");
                } else if !table.rows.is_empty() {
                    statement_key = statement_key.replace(&cell_key, "");
                }
            }
        }
        let data_table = has_data_table(rules, page);
        let mut promise_blocks = Vec::new();
        for (b, block) in page.content.blocks().enumerate() {
            if data_table || block.chrome || self.index.is_template(i, b) {
                continue;
            }
            let key = thai::match_key(&block.text);
            if key.chars().count() <= PROMISE_MAX_CHARS && placeholder_hit(rules, &key).is_some() {
                bare = bare.replace(&key, "");
                promise_blocks.push(b);
            }
        }
        for phrase in &rules.placeholders {
            bare = bare.replace(&phrase.key, "");
        }
        // A page that is only a heading and links to documents is a container: the documents are
        // the evidence (and are judged as candidates of their own), not the heading naming the item.
        let has_document_links = page
            .content
            .links()
            .any(|l| !l.chrome && l.url.is_some_and(|u| self.is_document_link(u)));
        let mut without_links = bare.clone();
        for link in page.content.links() {
            let key = thai::match_key(link.text);
            if !key.is_empty() {
                without_links = without_links.replace(&key, "");
            }
        }
        let unread_documents = page
            .content
            .links()
            .filter(|l| {
                l.url.is_some_and(|u| {
                    ContentKind::from_url(u).is_some_and(ContentKind::is_document)
                        && !matches!(snapshot.document(u), Some(Ok(_)))
                        // a dead link holds nothing: it is judged as dead on its own
                        && !matches!(
                            snapshot.state(u),
                            Some(UrlState::Fetched { status, .. }) if *status >= 400
                        )
                })
            })
            .map(|l| rules.naming(&thai::match_key(l.text)))
            .collect();
        PageFacts {
            bare_len: bare.chars().count(),
            statement_key,
            container: has_document_links && without_links.chars().count() < 120,
            data_table,
            unread_documents,
            promise_blocks,
            own_key,
        }
    }
}

/// The longest block (in match-key characters) read as a promise when it carries a placeholder
/// phrase: a line or two; a longer block is content that mentions work in progress.
const PROMISE_MAX_CHARS: usize = 200;

/// Whether the missing element `name` is one a picture could show: an element of phrases.
fn could_be_drawn(item: &crate::rules::ItemRules, name: &str) -> bool {
    item.elements.iter().any(|e| {
        e.name == name
            && e.tests
                .iter()
                .any(|t| matches!(t, crate::rules::ElementRules::Any { .. }))
    })
}

/// The blocks of `page` that are headings whose section (the blocks up to the next heading) holds
/// nothing but links to documents that `is_read_document` accepts.
fn delegating_headings(
    page: &crate::snapshot::Page,
    is_read_document: &dyn Fn(&Link) -> bool,
) -> Vec<usize> {
    let blocks: Vec<&crate::extract::html::Block> = page.content.blocks().collect();
    let is_heading =
        |i: usize| !blocks[i].chrome && page.content.headings.iter().any(|h| *h == blocks[i].text);
    let mut delegated = Vec::new();
    for start in (0..blocks.len()).filter(|i| is_heading(*i)) {
        let end = (start + 1..blocks.len())
            .find(|i| is_heading(*i))
            .unwrap_or(blocks.len());
        let links: Vec<Link> = page
            .content
            .links()
            .filter(|l| !l.chrome && (start + 1..end).contains(&l.block))
            .collect();
        if links.is_empty() || !links.iter().all(is_read_document) {
            continue;
        }
        let mut body: String = blocks[start + 1..end]
            .iter()
            .filter(|b| !b.chrome)
            .map(|b| thai::match_key(&b.text))
            .collect();
        for link in &links {
            body = body.replace(&thai::match_key(link.text), "");
        }
        if body.chars().filter(|c| c.is_alphanumeric()).count() < 10 {
            delegated.push(start);
        }
    }
    delegated
}

/// Whether `page` has a table with rows of data (not only "ไม่มีข้อมูล").
fn has_data_table(rules: &Rules, page: &crate::snapshot::Page) -> bool {
    page.content
        .tables
        .iter()
        .any(|t| !t.rows.is_empty() && !placeholder_only_table(&rules.placeholders, t))
}
