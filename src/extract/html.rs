//! HTML → the parts of a page the checklist can use: title, headings, text blocks, links with
//! their context, content images and forms.
//!
//! Thai agency pages carry their menus, banners and footers on every page. Each text block is
//! therefore marked as *chrome* when it sits inside `<nav>`, `<header>`, `<footer>`, `<aside>` or an
//! element whose id or class names a menu, so that evaluation can tell the page's own content from
//! the template around it. Links keep their visible text (image alt text included: Thai sites use
//! image buttons), the block they stand in and the nearest heading before them.

use ego_tree::NodeRef;
use scraper::{Html, Node};
use serde::Serialize;
use url::Url;

/// Where a link was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkSource {
    /// `<a href>`.
    Anchor,
    /// `<area href>` of an image map.
    Area,
    /// `<iframe src>`.
    Iframe,
    /// `<frame src>`.
    Frame,
    /// `<embed src>`.
    Embed,
    /// `<object data>`.
    Object,
    /// `<meta http-equiv=refresh>`.
    MetaRefresh,
}

/// A link on a page.
#[derive(Debug, Clone)]
pub struct Link {
    /// The target, resolved against the page; `None` for placeholders (`#`, `javascript:`, empty).
    pub url: Option<Url>,
    /// The `href`/`src` as written.
    pub href: String,
    /// Visible text, image alt text or title attribute.
    pub text: String,
    /// Which element the link came from.
    pub source: LinkSource,
    /// Index of the block the link stands in.
    pub block: usize,
    /// The nearest heading before the link, if any.
    pub heading: Option<String>,
    /// Inside navigation, header, footer or a menu.
    pub chrome: bool,
}

/// A run of text between block-level boundaries.
#[derive(Debug, Clone)]
pub struct Block {
    /// Its text.
    pub text: String,
    /// How many of its characters are link text.
    pub link_chars: usize,
    /// Inside navigation, header, footer or a menu.
    pub chrome: bool,
}

/// A `<form>` on a page: what it asks for, where it submits, and what it says it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Has a textarea or a free-text input.
    pub has_text_field: bool,
    /// Looks like a site search box.
    pub is_search: bool,
    /// Where it submits. `None` when it submits nowhere: `action="#"` or `javascript:`, or no
    /// action on a GET form (a filter or search posting back to itself). A POST form without an
    /// action posts to its own page, as PHP sites do.
    pub action: Option<Url>,
    /// Has a control that submits it: a `<button>` (submit unless `type="button"` or `"reset"`)
    /// or an `<input type="submit">` / `"image"`.
    pub submits: bool,
    /// Asks for a password: a login form.
    pub login: bool,
    /// Inside the navigation, header, footer or a menu.
    pub chrome: bool,
    /// What the form says it is for: the heading before it, its legends, labels, button texts,
    /// placeholders and the names of its fields.
    pub text: String,
}

impl Form {
    /// Whether a visitor can actually send something with it: it submits somewhere, has a
    /// control that submits, asks for free text, and is neither a search box nor a login.
    pub fn works(&self) -> bool {
        self.action.is_some()
            && self.submits
            && self.has_text_field
            && !self.is_search
            && !self.login
    }
}

/// A `<table>` in the page content: its rows of cell texts. Header rows (all `<th>`) are kept
/// apart, so that a table with headers and no data can be told from one with data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Header rows (all `<th>`).
    pub header: Vec<Vec<String>>,
    /// Data rows.
    pub rows: Vec<Vec<String>>,
}

/// Rows kept per table: enough to judge any real page, bounded for hostile ones.
const MAX_TABLE_ROWS: usize = 2_000;

/// What a page holds.
#[derive(Debug, Clone, Default)]
pub struct PageContent {
    /// The `<title>`.
    pub title: String,
    /// Headings outside the page chrome.
    pub headings: Vec<String>,
    /// Text blocks in document order.
    pub blocks: Vec<Block>,
    /// Every link, in document order.
    pub links: Vec<Link>,
    /// Images in the content (not logos, icons or banners in the chrome).
    pub images: usize,
    /// Its forms.
    pub forms: Vec<Form>,
    /// Tables outside the page chrome.
    pub tables: Vec<Table>,
    /// The number of items of each ordered list (`<ol>`) outside the page chrome.
    pub ordered_lists: Vec<usize>,
    /// `<meta name="robots" content="nofollow">`.
    pub nofollow: bool,
    /// Scripts the page runs (`<script>` inline or with `src`; not JSON or template data).
    pub scripts: usize,
    /// Menu containers (`<nav>`, an element whose id or class names a menu) with no link in
    /// them: where a script fills the menu in, the HTML has only the empty container.
    pub empty_menus: usize,
    /// The links (placeholders too) in the largest menu container.
    pub largest_menu: usize,
}

impl PageContent {
    /// All non-chrome block text, one block per line.
    pub fn content_text(&self) -> String {
        self.blocks
            .iter()
            .filter(|b| !b.chrome)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether the page looks built by script, so that a crawler that does not run scripts
    /// misses links a visitor sees: it runs scripts, and either a menu container is empty while
    /// no menu on the page has more than a couple of links, or the page has almost no links at
    /// all and no menu (an application shell). A redirect or frameset page is not a shell: its
    /// links are in its markup. Over the corpus, the demo and the three real sites (823 HTML
    /// files, 388 with scripts; none with a script-built menu) this flags two: a login page with
    /// eleven scripts and two links, and a PHP include fragment.
    pub fn looks_script_built(&self) -> bool {
        /// A menu with fewer links than this is no menu a visitor navigates by.
        const FEW_MENU_LINKS: usize = 3;
        /// Scripts on a page that shows its visitors almost no links.
        const MANY_SCRIPTS: usize = 3;
        /// Fewer followable links than this is "almost none".
        const FEW_LINKS: usize = 5;
        if self.scripts == 0 {
            return false;
        }
        let empty_menu = self.empty_menus > 0 && self.largest_menu < FEW_MENU_LINKS;
        let redirects = self
            .links
            .iter()
            .any(|l| matches!(l.source, LinkSource::MetaRefresh | LinkSource::Frame));
        let followable = self.links.iter().filter(|l| l.url.is_some()).count();
        let shell = self.scripts >= MANY_SCRIPTS
            && followable < FEW_LINKS
            && self.largest_menu < FEW_MENU_LINKS
            && !redirects;
        empty_menu || shell
    }
}

/// Elements nested deeper than this are not read (real pages stay far below it).
const MAX_DEPTH: usize = 400;

const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "select",
];
const CHROME_TAGS: &[&str] = &["nav", "header", "footer", "aside"];
const CHROME_TOKENS: &[&str] = &[
    "menu",
    "navbar",
    "nav",
    "footer",
    "sidebar",
    "breadcrumb",
    "topbar",
    "header",
];
/// Id or class tokens of a menu container (for telling an empty, script-filled menu).
const MENU_TOKENS: &[&str] = &[
    "menu",
    "nav",
    "navbar",
    "navigation",
    "mainmenu",
    "topmenu",
    "megamenu",
];
/// Tokens of the controls around a menu (a hamburger button, its overlay), which hold no links
/// even where the menu is in the HTML.
const MENU_CONTROL_TOKENS: &[&str] = &[
    "toggle",
    "toggler",
    "button",
    "btn",
    "icon",
    "overlay",
    "backdrop",
    "close",
    "open",
    "trigger",
    "burger",
    "hamburger",
];
const DECORATION_TOKENS: &[&str] = &[
    "logo", "icon", "banner", "bullet", "spacer", "arrow", "btn", "button", "bg",
];

struct Walker<'a> {
    base: &'a Url,
    out: PageContent,
    buffer: String,
    buffer_link_chars: usize,
    buffer_chrome: bool,
    chrome_depth: usize,
    /// Index into `out.links` of the anchor being walked, with its text so far.
    open_link: Option<usize>,
    heading_depth: usize,
    /// How deep the walk is: markup nested deeper than [`MAX_DEPTH`] is skipped, so a hostile
    /// page cannot overflow the stack.
    depth: usize,
    heading_text: String,
    last_heading: Option<String>,
    /// Open section labels (`<summary>`, accordion buttons) being read into `heading_text`.
    label_depth: usize,
    /// Open tables (indices into `out.tables`), innermost last; with the cell being filled.
    open_tables: Vec<OpenTable>,
    /// Indexes into `out.tables` of tables that hold other tables: layout, unless they have a
    /// header row; dropped at the end.
    layout_tables: Vec<usize>,
    /// Open lists, innermost last: the index into `out.ordered_lists` of an `<ol>`, `None` for `<ul>`.
    open_lists: Vec<Option<usize>>,
    /// Open menu containers, innermost last, with the links found in each so far.
    open_menus: Vec<usize>,
}

struct OpenTable {
    index: usize,
    /// The row being read: its cells, and whether every cell so far is a `<th>`.
    row: Vec<String>,
    row_is_header: bool,
    in_cell: bool,
}

/// Parses `html`, resolving links against `base` (the page's final URL).
pub fn extract(html: &str, base: &Url) -> PageContent {
    let document = Html::parse_document(html);
    let mut walker = Walker {
        base,
        out: PageContent::default(),
        buffer: String::new(),
        buffer_link_chars: 0,
        buffer_chrome: false,
        chrome_depth: 0,
        open_link: None,
        heading_depth: 0,
        depth: 0,
        heading_text: String::new(),
        last_heading: None,
        label_depth: 0,
        open_tables: Vec::new(),
        layout_tables: Vec::new(),
        open_lists: Vec::new(),
        open_menus: Vec::new(),
    };
    // <title> and <meta> live in <head>, which the walk skips.
    for node in document.tree.root().descendants() {
        if let Node::Element(e) = node.value() {
            match e.name() {
                "title" if walker.out.title.is_empty() => {
                    walker.out.title = squash(
                        &node
                            .children()
                            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                            .collect::<String>(),
                    );
                }
                "meta" => walker.meta(e),
                "script" if is_executable_script(e) => walker.out.scripts += 1,
                "base" => {}
                _ => {}
            }
        }
    }
    walker.walk(document.tree.root());
    walker.flush();
    let layout = std::mem::take(&mut walker.layout_tables);
    let mut index = 0;
    walker.out.tables.retain(|table| {
        index += 1;
        !table.header.is_empty() || !layout.contains(&(index - 1))
    });
    walker.out
}

/// Whether a `<script>` runs code: no `type`, a JavaScript type or a module (not JSON data,
/// templates or `text/plain`).
fn is_executable_script(e: &scraper::node::Element) -> bool {
    let kind = e.attr("type").unwrap_or("").trim().to_ascii_lowercase();
    kind.is_empty()
        || kind == "module"
        || kind.contains("javascript")
        || kind.contains("ecmascript")
}

/// Whether an element is a menu container: `<nav>`, or a list or box whose id or class names a
/// menu and not one of its controls.
fn is_menu_container(name: &str, e: &scraper::node::Element) -> bool {
    name == "nav"
        || (matches!(name, "ul" | "ol" | "div" | "section" | "menu")
            && tokens_match(e, MENU_TOKENS)
            && !tokens_match(e, MENU_CONTROL_TOKENS))
}

fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` starts with the ASCII `prefix`, ignoring ASCII case (without lower-casing a copy).
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn tokens_match(element: &scraper::node::Element, tokens: &[&str]) -> bool {
    let attrs = [
        element.attr("id"),
        element.attr("class"),
        element.attr("role"),
    ];
    attrs.iter().flatten().any(|value| {
        value
            .split_whitespace()
            // `has-sidebar`, `no-sidebar`: a layout modifier on a wrapper, not the sidebar itself
            .filter(|class| {
                !["has-", "no-", "with-", "is-"]
                    .iter()
                    .any(|p| starts_with_ignore_case(class, p))
            })
            // `nav-arrow-b`, `menu-icon`: a style of arrows or icons (a Bootstrap template puts
            // `nav-arrow-b` on the page's main section), not a menu
            .filter(|class| {
                tokens == DECORATION_TOKENS
                    || !class.split(['-', '_']).any(|token| {
                        token.len() < class.len()
                            && DECORATION_TOKENS
                                .iter()
                                .any(|d| token.eq_ignore_ascii_case(d))
                    })
            })
            .flat_map(|class| class.split(['-', '_']))
            .any(|token| tokens.iter().any(|t| token.eq_ignore_ascii_case(t)))
    })
}

/// Elements that wrap the whole page or its main content: their id or class describes the
/// layout (`<body class="sidebar-left">` in Drupal 6, `<main class="with-sidebar">`), so it never
/// makes them chrome.
const WRAPPER_TAGS: &[&str] = &["html", "body", "main", "article"];

impl Walker<'_> {
    fn meta(&mut self, e: &scraper::node::Element) {
        let name = e.attr("name").unwrap_or("").to_ascii_lowercase();
        let content = e.attr("content").unwrap_or("");
        if name == "robots" && content.to_ascii_lowercase().contains("nofollow") {
            self.out.nofollow = true;
        }
        if e.attr("http-equiv")
            .is_some_and(|h| h.eq_ignore_ascii_case("refresh"))
        {
            // content="0; url=/page/"
            let target = content
                .split_once(';')
                .map(|(_, rest)| rest.trim())
                .map(|rest| {
                    rest.split_once('=').map_or(rest, |(k, v)| {
                        if k.trim().eq_ignore_ascii_case("url") {
                            v
                        } else {
                            rest
                        }
                    })
                })
                .map(|t| t.trim().trim_matches(|c| c == '\'' || c == '"'))
                .unwrap_or("");
            if !target.is_empty() {
                self.push_link(target, String::new(), LinkSource::MetaRefresh);
            }
        }
    }

    fn flush(&mut self) {
        let text = squash(&self.buffer);
        if !text.is_empty() {
            self.out.blocks.push(Block {
                text,
                link_chars: self.buffer_link_chars,
                chrome: self.buffer_chrome,
            });
        }
        self.buffer.clear();
        self.buffer_link_chars = 0;
        self.buffer_chrome = self.chrome_depth > 0;
    }

    fn push_text(&mut self, text: &str) {
        if self.buffer.is_empty() {
            self.buffer_chrome = self.chrome_depth > 0;
        }
        self.buffer.push_str(text);
        if self.open_link.is_some() {
            self.buffer_link_chars += text.trim().chars().count();
        }
        if self.heading_depth > 0 || self.label_depth > 0 {
            self.heading_text.push_str(text);
        }
        if let Some(index) = self.open_link {
            self.out.links[index].text.push_str(text);
        }
        if let Some(table) = self.open_tables.last_mut()
            && table.in_cell
            && let Some(cell) = table.row.last_mut()
        {
            cell.push_str(text);
        }
    }

    /// Ends the row being read in the innermost table, if it has cells.
    fn end_row(&mut self) {
        let Some(open) = self.open_tables.last_mut() else {
            return;
        };
        let row: Vec<String> = std::mem::take(&mut open.row)
            .iter()
            .map(|cell| squash(cell))
            .collect();
        let header = std::mem::replace(&mut open.row_is_header, true);
        if row.is_empty() {
            return;
        }
        let table = &mut self.out.tables[open.index];
        if table.header.len() + table.rows.len() >= MAX_TABLE_ROWS {
            return;
        }
        if header && table.rows.is_empty() {
            table.header.push(row);
        } else {
            table.rows.push(row);
        }
    }

    fn push_link(&mut self, href: &str, text: String, source: LinkSource) -> usize {
        let href = href.trim();
        let lower = href.to_ascii_lowercase();
        let placeholder = href.is_empty()
            || href.starts_with('#')
            || lower.starts_with("javascript:")
            || lower.starts_with("mailto:")
            || lower.starts_with("tel:")
            || lower.starts_with("data:");
        let url = if placeholder {
            None
        } else {
            self.base
                .join(href)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
        };
        self.out.links.push(Link {
            url,
            href: href.to_string(),
            text,
            source,
            block: self.out.blocks.len(),
            heading: self.last_heading.clone(),
            chrome: self.chrome_depth > 0,
        });
        self.out.links.len() - 1
    }

    /// Ends the innermost menu container: an empty one is counted, and its links count for the
    /// menu around it too (a `<ul class="menu">` inside a `<nav>`).
    fn close_menu(&mut self) {
        let Some(links) = self.open_menus.pop() else {
            return;
        };
        if links == 0 {
            self.out.empty_menus += 1;
        }
        self.out.largest_menu = self.out.largest_menu.max(links);
        if let Some(outer) = self.open_menus.last_mut() {
            *outer += links;
        }
    }

    fn walk(&mut self, node: NodeRef<'_, Node>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.walk_node(node);
        self.depth -= 1;
    }

    fn walk_node(&mut self, node: NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(text) => self.push_text(&text.text),
            Node::Element(e) => {
                let name = e.name();
                if SKIP_TAGS.contains(&name) {
                    return;
                }
                let is_block = BLOCK_TAGS.contains(&name);
                let is_chrome = CHROME_TAGS.contains(&name)
                    || (!WRAPPER_TAGS.contains(&name) && tokens_match(e, CHROME_TOKENS));
                let is_heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                let is_menu = is_menu_container(name, e);
                if is_menu {
                    self.open_menus.push(0);
                }
                // The title of a collapsible section (`<summary>`, an accordion `<button>`) heads the
                // links in the panel it opens, as a heading would, but is not a heading of the page.
                let is_section_label = self.heading_depth == 0
                    && (name == "summary"
                        || (name == "button"
                            && (e.attr("aria-expanded").is_some()
                                || e.attr("data-toggle").is_some()
                                || e.attr("data-bs-toggle").is_some()
                                || tokens_match(
                                    e,
                                    &["accordion", "collapse", "collapsible", "toggle"],
                                ))));
                let label_start = self.heading_text.len();
                if is_section_label {
                    self.label_depth += 1;
                }
                if is_block {
                    self.flush();
                }
                if is_chrome {
                    self.chrome_depth += 1;
                    self.buffer_chrome = true;
                }
                if is_heading {
                    self.heading_depth += 1;
                }
                // The link this element opened, and the one open before it (anchors may nest in bad HTML).
                let mut opened_link: Option<Option<usize>> = None;
                match name {
                    "a" => {
                        if let Some(href) = e.attr("href") {
                            let index = self.push_link(href, String::new(), LinkSource::Anchor);
                            opened_link = Some(self.open_link.replace(index));
                            // a menu of placeholders (`href="#"`) is not empty: no script filled it
                            if let Some(menu) = self.open_menus.last_mut() {
                                *menu += 1;
                            }
                            // remember the title attribute for image-only links
                            if let Some(title) = e.attr("title") {
                                let text = &mut self.out.links[index].text;
                                text.push(' ');
                                text.push_str(title);
                                text.push(' ');
                            }
                        }
                    }
                    "area" => {
                        if let Some(href) = e.attr("href") {
                            let text = e.attr("alt").or(e.attr("title")).unwrap_or("").to_string();
                            self.push_link(href, text, LinkSource::Area);
                        }
                    }
                    "iframe" | "frame" | "embed" => {
                        if let Some(src) = e.attr("src") {
                            let source = match name {
                                "iframe" => LinkSource::Iframe,
                                "frame" => LinkSource::Frame,
                                _ => LinkSource::Embed,
                            };
                            let text = e.attr("title").unwrap_or("").to_string();
                            // site builders (Google Sites) frame each photo: a picture all the same
                            let path = src
                                .split(['?', '#'])
                                .next()
                                .unwrap_or("")
                                .to_ascii_lowercase();
                            if self.chrome_depth == 0
                                && [".jpg", ".jpeg", ".png", ".gif", ".webp"]
                                    .iter()
                                    .any(|ext| path.ends_with(ext))
                            {
                                self.out.images += 1;
                            }
                            self.push_link(src, text, source);
                        }
                    }
                    "object" => {
                        if let Some(data) = e.attr("data") {
                            self.push_link(
                                data,
                                e.attr("title").unwrap_or("").to_string(),
                                LinkSource::Object,
                            );
                        }
                    }
                    "img" => {
                        let alt = e.attr("alt").unwrap_or("");
                        if let Some(index) = self.open_link {
                            let text = &mut self.out.links[index].text;
                            text.push(' ');
                            text.push_str(alt);
                            text.push(' ');
                        }
                        let src = e.attr("src").unwrap_or("").to_ascii_lowercase();
                        let decoration = DECORATION_TOKENS.iter().any(|t| src.contains(t))
                            || tokens_match(e, DECORATION_TOKENS);
                        if self.chrome_depth == 0 && !decoration && !src.is_empty() {
                            self.out.images += 1;
                        }
                    }
                    "form" => {
                        let mut form = form_info(node, self.base);
                        form.chrome = self.chrome_depth > 0;
                        if let Some(heading) = &self.last_heading {
                            form.text = format!("{heading}\n{}", form.text);
                        }
                        self.out.forms.push(form);
                    }
                    "table" => {
                        // a table holding a table, without a header row, is the page's layout, not
                        // data (table-built templates put the whole content, placeholders and
                        // all, in one cell)
                        self.layout_tables
                            .extend(self.open_tables.iter().map(|t| t.index));
                        if self.chrome_depth == 0 {
                            self.out.tables.push(Table::default());
                            self.open_tables.push(OpenTable {
                                index: self.out.tables.len() - 1,
                                row: Vec::new(),
                                row_is_header: true,
                                in_cell: false,
                            });
                        }
                    }
                    "tr" => self.end_row(),
                    "td" | "th" => {
                        if let Some(table) = self.open_tables.last_mut() {
                            table.row.push(String::new());
                            table.row_is_header &= name == "th";
                            table.in_cell = true;
                        }
                    }
                    "ol" if self.chrome_depth == 0 => {
                        self.out.ordered_lists.push(0);
                        self.open_lists.push(Some(self.out.ordered_lists.len() - 1));
                    }
                    "ul" | "ol" => self.open_lists.push(None),
                    "li" => {
                        if let Some(Some(index)) = self.open_lists.last() {
                            self.out.ordered_lists[*index] += 1;
                        }
                    }
                    _ => {}
                }
                for child in node.children() {
                    self.walk(child);
                }
                match name {
                    "table" if self.chrome_depth == 0 => {
                        self.end_row();
                        self.open_tables.pop();
                    }
                    "td" | "th" => {
                        if let Some(table) = self.open_tables.last_mut() {
                            table.in_cell = false;
                        }
                    }
                    "ul" | "ol" => {
                        self.open_lists.pop();
                    }
                    _ => {}
                }
                if let Some(previous) = opened_link {
                    if let Some(index) = self.open_link.take() {
                        let link = &mut self.out.links[index];
                        link.text = squash(&link.text);
                    }
                    self.open_link = previous;
                }
                if is_section_label {
                    self.label_depth -= 1;
                    // a heading inside the label may have cleared the text read so far
                    let label = squash(self.heading_text.get(label_start..).unwrap_or(""));
                    self.heading_text.truncate(label_start);
                    if !label.is_empty() {
                        self.last_heading = Some(label);
                    }
                }
                if is_heading {
                    self.heading_depth -= 1;
                    if self.heading_depth == 0 {
                        let heading = squash(&self.heading_text);
                        self.heading_text.clear();
                        if !heading.is_empty() {
                            if self.chrome_depth == 0 {
                                self.out.headings.push(heading.clone());
                            }
                            self.last_heading = Some(heading);
                        }
                    }
                }
                if is_block {
                    self.flush();
                }
                if is_chrome {
                    self.chrome_depth -= 1;
                }
                if is_menu {
                    self.close_menu();
                }
            }
            Node::Document | Node::Fragment => {
                for child in node.children() {
                    self.walk(child);
                }
            }
            _ => {}
        }
    }
}

fn form_info(form: NodeRef<'_, Node>, base: &Url) -> Form {
    let mut text_fields = 0;
    let mut textarea = false;
    let mut search_hint = false;
    let mut submits = false;
    let mut login = false;
    let mut action = None;
    let mut words: Vec<String> = Vec::new();
    if let Node::Element(e) = form.value() {
        let written = e.attr("action").map(str::trim);
        let post = e
            .attr("method")
            .is_some_and(|m| m.eq_ignore_ascii_case("post"));
        search_hint |= written.is_some_and(|a| a.to_ascii_lowercase().contains("search"))
            || e.attr("role") == Some("search");
        action = match written {
            Some(a) if a.starts_with('#') || a.to_ascii_lowercase().starts_with("javascript:") => {
                None
            }
            Some(a) if !a.is_empty() => base.join(a).ok(),
            _ => post.then(|| base.clone()),
        };
        words.extend(
            ["name", "id", "aria-label"]
                .iter()
                .filter_map(|a| e.attr(a))
                .map(str::to_string),
        );
    }
    for node in form.descendants() {
        match node.value() {
            Node::Text(t) => {
                let t = t.trim();
                if !t.is_empty() {
                    words.push(t.to_string());
                }
            }
            Node::Element(e) => {
                words.extend(
                    ["placeholder", "aria-label", "title"]
                        .iter()
                        .filter_map(|a| e.attr(a))
                        .map(str::to_string),
                );
                match e.name() {
                    "textarea" => {
                        textarea = true;
                        words.extend(e.attr("name").map(str::to_string));
                    }
                    "button" => {
                        let kind = e.attr("type").unwrap_or("submit").to_ascii_lowercase();
                        submits |= kind == "submit";
                    }
                    "input" => {
                        let kind = e.attr("type").unwrap_or("text").to_ascii_lowercase();
                        let name = e.attr("name").unwrap_or("").to_ascii_lowercase();
                        match kind.as_str() {
                            "text" | "email" | "tel" | "search" => {
                                text_fields += 1;
                                words.push(name.clone());
                                search_hint |= kind == "search"
                                    || matches!(
                                        name.as_str(),
                                        "q" | "s" | "search" | "keyword" | "query" | "k"
                                    );
                            }
                            "password" => login = true,
                            "submit" | "image" => {
                                submits = true;
                                words.extend(e.attr("value").map(str::to_string));
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Form {
        has_text_field: textarea || text_fields > 0,
        is_search: !textarea && text_fields <= 1 && search_hint,
        action,
        submits,
        login,
        chrome: false,
        text: squash(&words.join(" ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> PageContent {
        extract(
            html,
            &Url::parse("https://www.example.go.th/ita/index.php?page_id=7").unwrap(),
        )
    }

    #[test]
    fn links_keep_text_alt_context_and_heading() {
        let p = page(
            r##"<html><head><title> ITA 2569 </title></head><body>
            <nav><ul><li><a href="/">หน้าแรก</a></li></ul></nav>
            <h2>O11 สรุปผลการจัดซื้อจัดจ้างรายเดือน</h2>
            <ul><li>เดือนตุลาคม 2568 <a href="docs/o11-oct.pdf"><img src="pdf.png" alt="ดาวน์โหลด สขร.1"></a></li></ul>
            <p><a href="#">O12 รายงานสรุปผล</a> <a href="javascript:void(0)">x</a></p>
            <iframe src="https://drive.google.com/file/d/abc/preview" title="แผน"></iframe>
            </body></html>"##,
        );
        assert_eq!(p.title, "ITA 2569");
        let doc = p
            .links
            .iter()
            .find(|l| l.href == "docs/o11-oct.pdf")
            .unwrap();
        assert_eq!(
            doc.url.as_ref().unwrap().as_str(),
            "https://www.example.go.th/ita/docs/o11-oct.pdf"
        );
        assert_eq!(doc.text, "ดาวน์โหลด สขร.1");
        assert_eq!(doc.heading.as_deref(), Some("O11 สรุปผลการจัดซื้อจัดจ้างรายเดือน"));
        assert!(p.blocks[doc.block].text.contains("เดือนตุลาคม 2568"));
        assert!(!doc.chrome);
        assert!(p.links.iter().find(|l| l.text == "หน้าแรก").unwrap().chrome);
        assert_eq!(p.links.iter().filter(|l| l.url.is_none()).count(), 2);
        assert!(p.links.iter().any(|l| l.source == LinkSource::Iframe));
    }

    #[test]
    fn tables_keep_header_rows_apart_and_nested_tables_separate() {
        let p = page(
            r#"<body><table><tr><th>เดือน</th><th>วงเงิน</th></tr>
               <tr><td>ตุลาคม</td><td>5,000 <table><tr><td>ใน</td></tr></table></td></tr>
               <tr><td colspan="2">รวม</td></tr></table>
               <nav><table><tr><td>เมนู</td></tr></table></nav></body>"#,
        );
        assert_eq!(
            p.tables.len(),
            2,
            "the menu table is chrome: {:?}",
            p.tables
        );
        assert_eq!(p.tables[0].header, vec![vec!["เดือน", "วงเงิน"]]);
        assert_eq!(p.tables[0].rows, vec![vec!["ตุลาคม", "5,000"], vec!["รวม"]]);
        assert_eq!(p.tables[1].rows, vec![vec!["ใน"]]);
    }

    #[test]
    fn ordered_lists_count_their_own_items() {
        let p = page(
            "<body><ol><li>ยื่นคำขอ</li><li>ตรวจสอบ<ul><li>ก</li><li>ข</li></ul></li><li>อนุญาต</li></ol>\
             <ul><li>x</li></ul><div class=\"menu\"><ol><li>a</li><li>b</li><li>c</li></ol></div></body>",
        );
        assert_eq!(p.ordered_lists, vec![3]);
    }

    #[test]
    fn layout_classes_on_wrappers_are_not_chrome() {
        let p = page(
            r#"<body class="sidebar-left"><div class="page has-sidebar"><main class="main-with-nav">
               <p>โครงสร้างองค์กร</p></main></div><div id="sidebar-left"><p>เมนู</p></div></body>"#,
        );
        let chrome: Vec<(&str, bool)> = p
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.chrome))
            .collect();
        assert_eq!(chrome, vec![("โครงสร้างองค์กร", false), ("เมนู", true)]);
    }

    #[test]
    fn accordion_titles_head_the_links_of_their_panel() {
        let p = page(
            r#"<body><h2>ITA 2569</h2>
               <button class="accordion">O8 คู่มือการปฏิบัติงาน</button>
               <div class="panel"><a href="/files/a.pdf">ข้อ8.pdf</a></div>
               <details><summary>O9 คู่มือสำหรับประชาชน</summary><a href="/files/b.pdf">ดาวน์โหลด</a></details>
               <form><button type="submit">ส่ง</button></form><a href="/c.html">ต่อไป</a></body>"#,
        );
        let headings: Vec<Option<&str>> = p.links.iter().map(|l| l.heading.as_deref()).collect();
        assert_eq!(
            headings,
            vec![
                Some("O8 คู่มือการปฏิบัติงาน"),
                Some("O9 คู่มือสำหรับประชาชน"),
                Some("O9 คู่มือสำหรับประชาชน")
            ]
        );
        assert_eq!(
            p.headings,
            vec!["ITA 2569"],
            "section labels are not page headings"
        );
    }

    #[test]
    fn nested_labels_with_headings_inside_do_not_panic() {
        let p = page(
            "<body><summary>a<summary>b<h3>c</h3></summary>d</summary><a href=/x>x</a></body>",
        );
        assert_eq!(p.links.len(), 1);
    }

    #[test]
    fn meta_refresh_is_a_link() {
        let p = page(
            r#"<html><head><meta http-equiv="refresh" content="0; URL='/page/'"></head><body></body></html>"#,
        );
        assert_eq!(p.links[0].url.as_ref().unwrap().path(), "/page/");
        assert_eq!(p.links[0].source, LinkSource::MetaRefresh);
    }

    #[test]
    fn chrome_is_marked_and_content_images_counted() {
        let p = page(
            r#"<body><div id="main-menu"><a href="/a">โครงสร้าง</a></div>
            <div class="content"><h1>โครงสร้างองค์กร</h1><img src="/uploads/chart.jpg"><img src="/img/logo.png"></div>
            <footer>ที่อยู่ 99 หมู่ 1</footer></body>"#,
        );
        assert_eq!(p.images, 1);
        assert_eq!(p.headings, vec!["โครงสร้างองค์กร".to_string()]);
        assert!(p.blocks.iter().any(|b| b.chrome && b.text.contains("ที่อยู่")));
        assert!(!p.content_text().contains("ที่อยู่"));
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow_the_stack() {
        let html = format!(
            "<body>{}<p>deep</p>{}</body>",
            "<div>".repeat(5000),
            "</div>".repeat(5000)
        );
        let p = page(&html);
        assert!(
            p.blocks.iter().all(|b| b.text != "deep"),
            "text below MAX_DEPTH is skipped"
        );
        let shallow = page("<body><div><div><p>ตื้น</p></div></div></body>");
        assert_eq!(shallow.blocks[0].text, "ตื้น");
    }

    #[test]
    fn forms_are_classified() {
        let p = page(
            r#"<body><form action="/search"><input name="q"></form>
            <form action="/complain"><input name="name"><textarea name="detail"></textarea></form></body>"#,
        );
        assert!(p.forms[0].is_search && !p.forms[0].works());
        assert!(!p.forms[1].is_search && p.forms[1].has_text_field);
        // no submit control: a form that cannot be sent
        assert!(!p.forms[1].works());
    }

    #[test]
    fn a_class_naming_a_decoration_is_not_a_menu() {
        let p = page(
            r#"<body><nav class="navbar"><a href="/">หน้าแรก</a></nav>
            <section class="news-single nav-arrow-b"><h1>ผู้บริหาร</h1><p>นายเอ ผู้อำนวยการ</p></section></body>"#,
        );
        let block = p.blocks.iter().find(|b| b.text.contains("นายเอ")).unwrap();
        assert!(!block.chrome);
        assert!(p.blocks.iter().find(|b| b.text == "หน้าแรก").unwrap().chrome);
    }

    #[test]
    fn a_table_holding_a_table_is_layout_not_data() {
        let p = page(
            r#"<body><table><tr><td><table class="menu"><tr><td><a href="/">หน้าแรก</a></td></tr></table></td>
            <td><div>คู่มือการปฏิบัติงาน</div><p>อยู่ระหว่างดำเนินการ</p></td></tr></table>
            <table><tr><th>เดือน</th><th>จำนวน</th></tr><tr><td>ตุลาคม</td><td>3</td></tr></table></body>"#,
        );
        assert_eq!(p.tables.len(), 1);
        assert_eq!(
            p.tables[0].rows,
            vec![vec!["ตุลาคม".to_string(), "3".to_string()]]
        );
    }

    #[test]
    fn pages_built_by_script_are_told_from_pages_that_carry_their_menu() {
        // an empty menu an inline script fills in
        let p = page(
            r#"<nav id="main-menu"></nav><p><a href="/news.html">ข่าว</a></p><script>fetch('/menu.json')</script>"#,
        );
        assert_eq!((p.scripts, p.empty_menus, p.largest_menu), (1, 1, 0));
        assert!(p.looks_script_built());
        // without a script an empty nav is only empty
        assert!(!page(r#"<nav></nav><a href="/a">ก</a>"#).looks_script_built());
        // a container a script copies the real menu into, beside the real menu
        let p = page(
            r#"<nav class="main-nav"><ul><li><a href="/a">ก</a></li><li><a href="/b">ข</a></li><li><a href="/c">ค</a></li></ul></nav>
            <div class="mobile-menu"></div><script src="/app.js"></script>"#,
        );
        assert_eq!((p.empty_menus, p.largest_menu), (1, 3));
        assert!(!p.looks_script_built());
        // a hamburger button and its overlay are no menus
        let p = page(
            r#"<div class="menu-toggle"></div><div class="nav-overlay"></div><script></script>"#,
        );
        assert_eq!(p.empty_menus, 0);
        // an application shell: scripts and almost no links
        let shell = r#"<html><head><script src="/a.js"></script><script src="/b.js"></script></head>
            <body><div id="app"></div><script>init()</script></body></html>"#;
        assert_eq!(page(shell).scripts, 3);
        assert!(page(shell).looks_script_built());
        // data and templates are not scripts
        let p = page(
            r#"<script type="application/ld+json">{}</script><script type="text/template"><a></a></script><script type="module">go()</script>"#,
        );
        assert_eq!(p.scripts, 1);
        // a redirect page has its one link in its markup
        let redirect = r#"<head><meta http-equiv="refresh" content="0; url=/page/"></head><script>a()</script><script>b()</script><script>c()</script>"#;
        assert!(!page(redirect).looks_script_built());
        // a list inside the nav counts for the nav; a placeholder link makes a menu no empty one
        let p = page(
            r##"<nav><ul class="menu"><li><a href="/a">ก</a></li><li><a href="#">ข</a></li></ul></nav>"##,
        );
        assert_eq!((p.empty_menus, p.largest_menu), (0, 2));
    }

    #[test]
    fn a_framed_photo_is_a_content_image() {
        let p = page(
            r#"<body><main><iframe src="/files/exec1.jpg"></iframe><iframe src="https://www.google.com/maps/embed?pb=1"></iframe></main></body>"#,
        );
        assert_eq!(p.images, 1);
    }

    #[test]
    fn a_form_works_only_when_it_can_be_sent() {
        let p = page(
            r##"<body>
            <h2>แบบฟอร์มร้องเรียน</h2>
            <form method="post" action="/complain"><label>รายละเอียด</label><textarea name="detail"></textarea><button>ส่งเรื่อง</button></form>
            <form method="post" action="#"><textarea name="q"></textarea><button type="submit">ส่ง</button></form>
            <form method="post" action="/qa"><textarea name="q"></textarea><button type="button" onclick="x()">ส่ง</button></form>
            <form method="post" action="/login"><input name="u"><input type="password" name="p"><input type="submit" value="เข้าสู่ระบบ"></form>
            <form method="post"><input name="name" placeholder="ชื่อ"><input type="submit" value="ส่งคำถาม"></form>
            <form><input name="name"><input type="submit"></form>
            </body>"##,
        );
        let works: Vec<bool> = p.forms.iter().map(Form::works).collect();
        assert_eq!(works, [true, false, false, false, true, false]);
        assert_eq!(p.forms[0].action.as_ref().unwrap().path(), "/complain");
        assert!(
            p.forms[0].text.contains("แบบฟอร์มร้องเรียน") && p.forms[0].text.contains("ส่งเรื่อง"),
            "{}",
            p.forms[0].text
        );
        assert!(p.forms[3].login);
        assert!(p.forms[4].text.contains("ส่งคำถาม"));
    }
}
