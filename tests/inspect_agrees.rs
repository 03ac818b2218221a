//! `inspect` and `scan` share one judge: on every page of every corpus site, the judgement
//! `inspect` shows for an item is the one the scan made of that page for that item, and every
//! item the scan judged the page for is listed by `inspect`.

use std::path::Path;
use std::sync::Arc;

use oitcheck::crawl::{self, Quiet};
use oitcheck::evaluate::Source;
use oitcheck::fixture::{eval, serve};
use oitcheck::inspect::inspect_in;
use oitcheck::rules::Rules;
use oitcheck::{Judge, ScanOptions, checklist, fetch::Fetcher};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inspect_gives_the_scans_judgement_on_every_corpus_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let checklist = checklist::load("ita-2569").unwrap();
    let rules = Rules::new(&checklist);
    let mut compared = 0;
    for dir in eval::find_sites(&root).unwrap() {
        let labels = eval::load_labels(&dir).unwrap();
        let site = serve::Site::from_dir(&dir.join("site")).unwrap();
        let (addr, server) = serve::serve(site, 0).await.unwrap();
        let start = url::Url::parse(&format!("http://{addr}{}", labels.start)).unwrap();
        let mut options = ScanOptions::default();
        options.fetch.rate = 500.0;
        options.fetch.max_retries = 0;
        options.crawl.workers = 4;
        let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).unwrap());
        let (_tx, rx) = tokio::sync::watch::channel(false);
        let snapshot = crawl::crawl(&start, &rules, &options.crawl, fetcher, rx, &Quiet).await;
        server.abort();
        let judge = Judge::new(&checklist, &rules, &snapshot, checklist.fiscal_year);
        let scanned: Vec<_> = (0..checklist.items.len())
            .map(|i| judge.candidates(i))
            .collect();
        for page in &snapshot.pages {
            let inspection = inspect_in(&judge, &page.url);
            for (i, candidates) in scanned.iter().enumerate() {
                let id = &checklist.items[i].id;
                let in_scan = candidates
                    .iter()
                    .find(|c| c.source == Source::Content && c.evidence.url == page.url);
                let in_inspect = inspection.items.iter().find(|it| &it.id == id);
                if let Some(scan) = in_scan {
                    let shown = in_inspect.unwrap_or_else(|| {
                        panic!(
                            "{}: scan judged {} for {id}; inspect does not list it",
                            labels.site, page.url
                        )
                    });
                    assert_eq!(
                        shown.judged.outcome, scan.outcome,
                        "{}: {} for {id}",
                        labels.site, page.url
                    );
                    assert_eq!(shown.judged.found_names, scan.found_names);
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 200, "only {compared} page judgements compared");
}
