//! The agency's own ITA/OIT index page as its submission: each link of the page is mapped to the
//! item it stands for ([`super::mapping`]: code in any spelling and title), and the links of an
//! item are what the agency submits for it. An index page that splits the items over sub-index
//! pages (one per indicator) is read with them, one level down.

use url::Url;

use crate::checklist::Checklist;
use crate::fetch::ContentKind;
use crate::rules::Rules;
use crate::thai;
use crate::verify::VerifyError;
use crate::verify::collect::{Collector, Target};
use crate::verify::mapping::{ItemLink, item_links};
use crate::verify::submission::{Submission, SubmissionSource, SubmittedItem, SubmittedLink};
use crate::years;

/// Sub-index pages read at most (one per indicator or sub-indicator on real sites).
const MAX_SUB_INDEXES: usize = 12;
/// A page whose links stand for at least this many items is a (sub-)index page.
const SUB_INDEX_ITEMS: usize = 3;

/// Fetches the ITA page at `url` (and its sub-index pages) and maps its links to items.
pub(crate) async fn read(
    collector: &mut Collector,
    url: &Url,
    checklist: &Checklist,
    rules: &Rules,
    fiscal_year: u16,
) -> Result<Submission, VerifyError> {
    collector
        .fetch(vec![Target {
            url: url.clone(),
            submitted: true,
        }])
        .await;
    let (index_url, content) = match (collector.page(url), collector.off_site_page(url)) {
        (Some(page), _) => (page.url.clone(), page.content.clone()),
        // an ITA page on another host (Google Sites): its links are still the submission
        (None, Some((final_url, content))) => (final_url.clone(), content.clone()),
        (None, None) => {
            let check = collector.get(url).map(|f| &f.check);
            let why = match check {
                Some(c) if c.detail.is_some() => c.detail.clone().unwrap_or_default(),
                Some(c) => format!(
                    "it answers {} with {}",
                    c.status.map(|s| format!("HTTP {s}")).unwrap_or_default(),
                    c.kind
                        .map(|k| format!("{k:?}").to_lowercase())
                        .unwrap_or_else(|| "nothing".into())
                ),
                None => "it was not fetched".into(),
            };
            return Err(VerifyError::ItaPage {
                url: url.clone(),
                detail: why,
            });
        }
    };
    let mut links = item_links(checklist, rules, &index_url, &content);
    let mut pages = vec![index_url.clone()];
    // an index split over sub-index pages: follow the content links that stand for no item,
    // unless they name another year (last year's ITA page)
    let distinct = |links: &[(usize, ItemLink)]| {
        let mut items: Vec<usize> = links.iter().map(|(i, _)| *i).collect();
        items.sort_unstable();
        items.dedup();
        items.len()
    };
    if distinct(&links) < checklist.items.len() / 2 {
        let mapped: Vec<&str> = links.iter().map(|(_, l)| l.href.as_str()).collect();
        let subs: Vec<Url> = content
            .links()
            .filter(|l| !l.chrome && !mapped.contains(&l.href))
            .filter(|l| {
                let named = years::find_years(l.text);
                named.is_empty()
                    || named
                        .iter()
                        .any(|y| (y.first..=y.last).contains(&fiscal_year))
            })
            .filter_map(|l| l.url.cloned())
            .filter(|u| {
                collector.scope().contains(u)
                    && ContentKind::from_url(u).is_none_or(|k| k == ContentKind::Html)
                    && crate::discover::canonical(u) != index_url
            })
            .take(MAX_SUB_INDEXES)
            .collect();
        collector
            .fetch(
                subs.iter()
                    .map(|u| Target {
                        url: u.clone(),
                        submitted: false,
                    })
                    .collect(),
            )
            .await;
        for sub in &subs {
            let Some(page) = collector.page(sub) else {
                continue;
            };
            let found = item_links(checklist, rules, &page.url, &page.content);
            if distinct(&found) >= SUB_INDEX_ITEMS {
                pages.push(page.url.clone());
                links.extend(found);
            }
        }
    }
    let mut items: Vec<SubmittedItem> = Vec::new();
    for (i, link) in links {
        let position = match items.iter().position(|s| s.item == i) {
            Some(p) => p,
            None => {
                let mut item = SubmittedItem::new(i);
                // listing an item on the ITA page is answering มี
                item.claimed = Some(true);
                item.location = Some(format!("«{}» on {}", link.label, link.found_on));
                items.push(item);
                items.len() - 1
            }
        };
        let item = &mut items[position];
        if let Some(old) = &link.renumbered_from {
            let flag = format!(
                "the ITA page labels it «{}», {old} in an older numbering; its title is {}'s, so it is checked as {}",
                thai::squash_spaces(&link.label),
                link.id,
                link.id
            );
            if !item.flags.contains(&flag) {
                item.flags.push(flag);
            }
        }
        item.add_link(SubmittedLink {
            written: link.href.clone(),
            url: link.url.clone(),
            label: Some(link.label.clone()),
            found_on: Some(link.found_on.clone()),
        });
    }
    Ok(Submission {
        source: SubmissionSource::ItaPage {
            url: url.clone(),
            pages,
        },
        items,
    }
    .normalize())
}
