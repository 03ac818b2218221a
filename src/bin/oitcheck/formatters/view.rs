//! A report as every format shows it: each item in the reader's language with its points, its
//! reason and what to do; the items to fix first, most points first; how far the score is from
//! 85 and 95 and how many fixes get it there; the score broken down by indicator and
//! sub-indicator. Formats only lay this out, so they cannot disagree.
//!
//! Strings that came from the crawled site (link texts, matched text, reasons quoting a page)
//! are cleaned of control and bidirectional characters here; each format still escapes them for
//! its own medium.

use oitcheck::evaluate::{Evidence, ItemResult};
use oitcheck::{Answer, ScanReport, thai};
use url::Url;

use super::lang::{self, Labels, Lang};
use super::{clean, display_url};

/// An id and its title.
type Titled = (String, String);

/// The NACC pass mark and the top band.
pub const MARKS: [f64; 2] = [85.0, 95.0];

/// A report ready to be laid out.
pub struct View<'r> {
    pub report: &'r ScanReport,
    pub lang: Lang,
    pub l: &'static Labels,
    /// Every item, in checklist order.
    pub items: Vec<ItemView<'r>>,
    /// Items answered no, most points first (checklist order among equals), as indices into
    /// `items`.
    pub fix_first: Vec<usize>,
    /// Items answered unknown, most points first.
    pub check_first: Vec<usize>,
}

/// One item as reports show it.
pub struct ItemView<'r> {
    pub result: &'r ItemResult,
    /// Its title in the report's language.
    pub title: String,
    /// The OIT points it is worth (what fixing it gains).
    pub points: f64,
    /// Why it is what it is, in the report's language.
    pub reason: String,
    /// What to do about it (for a no or an unknown).
    pub action: String,
    /// The checklist's advice in the report's language, whole.
    pub advice: String,
    /// Its evidence (for a no or an unknown, the closest candidate).
    pub evidence: Vec<EvidenceView<'r>>,
    /// Elements missing, cleaned.
    pub missing: Vec<String>,
    /// Elements that could not be checked, cleaned.
    pub unverified: Vec<String>,
    /// Warnings on the item, cleaned.
    pub warnings: Vec<String>,
}

/// A piece of evidence as reports show it.
pub struct EvidenceView<'r> {
    pub url: &'r Url,
    /// The URL as people copy it ([`display_url`]).
    pub shown: String,
    /// The page that links it, and how it is shown.
    pub found_on: Option<(&'r Url, String)>,
    pub link_text: Option<String>,
    /// The `href` of a placeholder link (`#`).
    pub href: Option<String>,
    /// The text that matched, never starting inside a Thai cluster.
    pub matched: Vec<String>,
    pub note: Option<String>,
}

/// How far the score is from a mark.
pub struct Target {
    pub mark: f64,
    /// Points missing to reach it.
    pub short_by: f64,
    /// How many of the first items to fix reach it, if fixing the "no" items can.
    pub reached_after: Option<usize>,
    /// The score when every "no" item is fixed.
    pub best: f64,
}

/// An indicator's score with its sub-indicators.
pub struct IndicatorView {
    pub id: String,
    pub title: String,
    pub score: f64,
    pub subs: Vec<SubIndicatorView>,
}

/// A sub-indicator's score and its items.
pub struct SubIndicatorView {
    pub id: String,
    pub title: String,
    pub score: f64,
    pub yes: usize,
    pub total: usize,
    /// The points each of its items is worth.
    pub each: f64,
}

impl ItemView<'_> {
    /// Whether the reason says more than the evidence shows: always for a no or an unknown;
    /// for a yes, when parts are unverified or the evidence is several parts combined.
    pub fn explains(&self) -> bool {
        let r = self.result;
        r.answer != Answer::Yes
            || r.reason_code.is_some()
            || !r.unverified.is_empty()
            || r.details.combined
    }
}

impl<'r> EvidenceView<'r> {
    fn new(evidence: &'r Evidence, lang: Lang) -> EvidenceView<'r> {
        EvidenceView {
            url: &evidence.url,
            shown: display_url(&evidence.url),
            found_on: evidence
                .found_on
                .as_ref()
                .map(|url| (url, display_url(url))),
            link_text: evidence
                .link_text
                .as_deref()
                .map(clean)
                .filter(|t| !t.trim().is_empty()),
            href: evidence.href.as_deref().map(clean),
            matched: evidence
                .matched
                .iter()
                .map(|m| clean(thai::trim_loose_start(m)).trim().to_string())
                .filter(|m| !m.is_empty())
                .collect(),
            note: evidence
                .note
                .as_deref()
                .map(|n| clean(&lang::note(lang, n))),
        }
    }
}

impl<'r> View<'r> {
    /// Prepares `report` for reading in `lang`.
    pub fn new(report: &'r ScanReport, lang: Lang) -> View<'r> {
        let points = report.item_points();
        let items: Vec<ItemView<'r>> = report
            .items
            .iter()
            .map(|item| {
                let title = match lang {
                    Lang::En if !item.title_en.is_empty() => &item.title_en,
                    _ => &item.title,
                };
                let advice = match lang {
                    Lang::En => report
                        .checklist
                        .advice_en
                        .get(&item.id)
                        .unwrap_or(&item.advice),
                    Lang::Th => &item.advice,
                };
                ItemView {
                    result: item,
                    title: clean(title),
                    points: points.get(&item.id).copied().unwrap_or(0.0),
                    reason: clean(&lang::reason(lang, item, report)),
                    action: clean(&lang::action(lang, item)),
                    advice: clean(advice),
                    evidence: item
                        .evidence
                        .iter()
                        .map(|e| EvidenceView::new(e, lang))
                        .collect(),
                    missing: item
                        .missing
                        .iter()
                        .map(|m| clean(&lang::element(lang, m)))
                        .collect(),
                    unverified: item
                        .unverified
                        .iter()
                        .map(|m| clean(&lang::element(lang, m)))
                        .collect(),
                    warnings: item
                        .warnings
                        .iter()
                        .map(|w| clean(&lang::note(lang, w)))
                        .collect(),
                }
            })
            .collect();
        let ranked = |answer: Answer| {
            let mut ids: Vec<usize> = (0..items.len())
                .filter(|&i| items[i].result.answer == answer)
                .collect();
            // stable: checklist order among items worth the same
            ids.sort_by(|&a, &b| items[b].points.total_cmp(&items[a].points));
            ids
        };
        let fix_first = ranked(Answer::No);
        let check_first = ranked(Answer::Unknown);
        View {
            report,
            lang,
            l: lang.labels(),
            items,
            fix_first,
            check_first,
        }
    }

    /// The score after fixing the first 1, 2, … items of [`View::fix_first`].
    pub fn after_fixing(&self) -> Vec<f64> {
        let mut score = self.report.score.oit;
        self.fix_first
            .iter()
            .map(|&i| {
                score += self.items[i].points;
                score
            })
            .collect()
    }

    /// How far the score is from 85 and from 95, for the marks not yet reached.
    pub fn targets(&self) -> Vec<Target> {
        let after = self.after_fixing();
        let best = after.last().copied().unwrap_or(self.report.score.oit);
        MARKS
            .iter()
            .filter(|&&mark| self.report.score.oit < mark)
            .map(|&mark| Target {
                mark,
                short_by: mark - self.report.score.oit,
                // a hair of slack: 2.5 × 34 must reach 85 despite floating point
                reached_after: after.iter().position(|&s| s >= mark - 1e-6).map(|i| i + 1),
                best,
            })
            .collect()
    }

    /// One line per number of fixes that reaches a mark ("fixing the first 5 reaches 85"), or
    /// that says the marks are out of reach of fixes alone.
    pub fn milestones(&self) -> Vec<String> {
        let mut groups: Vec<(Option<usize>, Vec<f64>, f64)> = Vec::new();
        for t in self.targets() {
            match groups.last_mut() {
                Some((after, marks, _)) if *after == t.reached_after => marks.push(t.mark),
                _ => groups.push((t.reached_after, vec![t.mark], t.best)),
            }
        }
        groups
            .into_iter()
            .map(|(after, marks, best)| match after {
                Some(count) => lang::reached_after(self.lang, count, &marks),
                None => lang::not_reached(self.lang, best, &marks),
            })
            .collect()
    }

    /// Items to put in the improvement plan: every item not answered yes, in checklist order.
    pub fn plan(&self) -> Vec<&ItemView<'r>> {
        self.items
            .iter()
            .filter(|i| i.result.answer != Answer::Yes)
            .collect()
    }

    /// When the scan finished, in the reader's words.
    pub fn scanned_at(&self) -> Option<String> {
        self.report
            .crawl
            .finished_at
            .as_deref()
            .and_then(|at| lang::date(self.lang, at))
    }

    /// The checklist's title in the reader's language.
    pub fn checklist_title(&self) -> String {
        let c = &self.report.checklist;
        match self.lang {
            Lang::En if !c.title_en.is_empty() => clean(&c.title_en),
            _ => clean(&c.title),
        }
    }

    /// Report-wide warnings, in the reader's language where they are known, cleaned.
    pub fn warnings(&self) -> Vec<String> {
        self.report
            .warnings
            .iter()
            .map(|w| clean(&lang::note(self.lang, w)))
            .collect()
    }

    /// The crawl's notes, cleaned.
    pub fn notes(&self) -> Vec<String> {
        self.report.crawl.notes.iter().map(|n| clean(n)).collect()
    }

    /// The checklist's caveat, as paragraphs (its line breaks are only wrapping).
    pub fn caveat(&self) -> String {
        clean(
            &self
                .report
                .checklist
                .notes
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The score by indicator and sub-indicator, with titles when the report has them.
    pub fn indicators(&self) -> Vec<IndicatorView> {
        let report = self.report;
        let title = |th: &str, en: &str| match self.lang {
            Lang::En if !en.is_empty() => clean(en),
            _ => clean(th),
        };
        // (indicator id, title, [(sub id, title)]) from the checklist, or from the items of a
        // report saved without titles
        let mut structure: Vec<(String, String, Vec<Titled>)> = report
            .checklist
            .indicators
            .iter()
            .map(|i| {
                (
                    i.id.clone(),
                    title(&i.title_th, &i.title_en),
                    i.sub_indicators
                        .iter()
                        .map(|s| (s.id.clone(), title(&s.title_th, &s.title_en)))
                        .collect(),
                )
            })
            .collect();
        if structure.is_empty() {
            for item in &report.items {
                if !structure.iter().any(|(id, _, _)| *id == item.indicator) {
                    structure.push((item.indicator.clone(), String::new(), Vec::new()));
                }
                let subs = &mut structure
                    .iter_mut()
                    .find(|(id, _, _)| *id == item.indicator)
                    .expect("just added")
                    .2;
                if !subs.iter().any(|(id, _)| *id == item.sub_indicator) {
                    subs.push((item.sub_indicator.clone(), String::new()));
                }
            }
        }
        structure
            .into_iter()
            .map(|(id, title, subs)| IndicatorView {
                score: report.score.indicators.get(&id).copied().unwrap_or(0.0),
                subs: subs
                    .into_iter()
                    .map(|(sub, title)| {
                        let members: Vec<&ItemView> = self
                            .items
                            .iter()
                            .filter(|i| i.result.sub_indicator == sub)
                            .collect();
                        SubIndicatorView {
                            score: report
                                .score
                                .sub_indicators
                                .get(&sub)
                                .copied()
                                .unwrap_or(0.0),
                            yes: members
                                .iter()
                                .filter(|i| i.result.answer == Answer::Yes)
                                .count(),
                            total: members.len(),
                            each: members.first().map_or(0.0, |i| i.points),
                            id: sub,
                            title,
                        }
                    })
                    .collect(),
                id,
                title,
            })
            .collect()
    }

    /// "(60.00 + 42.86) / 2 = 51.43": how the OIT score comes from the indicators.
    pub fn formula(&self) -> String {
        let scores = &self.report.score.indicators;
        let terms: Vec<String> = scores.values().map(|s| format!("{s:.2}")).collect();
        format!(
            "({}) / {} = {:.2}",
            terms.join(" + "),
            terms.len(),
            self.report.score.oit
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oitcheck::evaluate::Basis;
    use oitcheck::scan::{ChecklistInfo, CrawlInfo, Summary};
    use oitcheck::{ReasonCode, Score, StopReason};

    /// A report of four items by hand: indicator 1 has sub-indicators 1.1 (A1, A2) and 1.2
    /// (A3); indicator 2 has 2.1 (B1). Points: A1, A2 = 100/2/2/2 = 12.5; A3 = 100/2/2/1 = 25;
    /// B1 = 100/2/1/1 = 50.
    pub(crate) fn sample(answers: [Answer; 4]) -> ScanReport {
        let ids = [
            ("A1", "1.1", "1"),
            ("A2", "1.1", "1"),
            ("A3", "1.2", "1"),
            ("B1", "2.1", "2"),
        ];
        let items: Vec<ItemResult> = ids
            .iter()
            .zip(answers)
            .map(|((id, sub, ind), answer)| ItemResult {
                id: id.to_string(),
                title: format!("หัวข้อ {id}"),
                title_en: format!("Title {id}"),
                sub_indicator: sub.to_string(),
                indicator: ind.to_string(),
                answer,
                reason: String::new(),
                reason_code: (answer != Answer::Yes).then_some(ReasonCode::NotFound),
                evidence: vec![Evidence {
                    url: Url::parse(&format!("http://a.go.th/{id} ไฟล์.pdf")).unwrap(),
                    found_on: Some(Url::parse("http://a.go.th/ita").unwrap()),
                    link_text: Some("ลิงก์".into()),
                    href: None,
                    matched: vec!["\u{0E48} 12 มีนาคม 2569".into()],
                    basis: Basis::PageText,
                    note: None,
                }],
                missing: vec![],
                unverified: vec![],
                warnings: vec![],
                details: Default::default(),
                advice: format!("เผยแพร่ {id}"),
            })
            .collect();
        let summary = Summary::of(&items);
        let yes = |id: &str| items.iter().any(|i| i.id == id && i.answer == Answer::Yes);
        let pts = |id: &str, p: f64| if yes(id) { p } else { 0.0 };
        let sub11 = (pts("A1", 100.0) + pts("A2", 100.0)) / 2.0;
        let sub12 = pts("A3", 100.0);
        let ind1 = (sub11 + sub12) / 2.0;
        let ind2 = pts("B1", 100.0);
        let oit = (ind1 + ind2) / 2.0;
        ScanReport {
            tool: "oitcheck test".into(),
            site: Url::parse("http://a.go.th/").unwrap(),
            warnings: vec![],
            ita_page: None,
            checklist: ChecklistInfo {
                id: "t".into(),
                fiscal_year: 2569,
                written_for: None,
                title: "แบบทดสอบ".into(),
                title_en: String::new(),
                notes: "A working\ndraft.".into(),
                indicators: vec![],
                advice_en: Default::default(),
            },
            crawl: CrawlInfo {
                pages: 3,
                documents: 1,
                stopped: StopReason::Complete,
                start_failure: None,
                seconds: 1.0,
                finished_at: None,
                notes: vec![],
            },
            summary,
            items,
            score: Score {
                oit,
                rating: oitcheck::score::rating(oit).into(),
                passes: oit >= 85.0,
                indicators: [("1".to_string(), ind1), ("2".to_string(), ind2)]
                    .into_iter()
                    .collect(),
                sub_indicators: [
                    ("1.1".to_string(), sub11),
                    ("1.2".to_string(), sub12),
                    ("2.1".to_string(), ind2),
                ]
                .into_iter()
                .collect(),
                points: Default::default(),
                unknown_items: 0,
                oit_if_unknown_yes: oit,
                ita: None,
                ita_rating: None,
            },
        }
    }

    #[test]
    fn fix_first_is_ordered_by_points_and_counts_the_fixes_to_each_mark() {
        use Answer::*;
        // A1 yes: 12.5 points. Fixing B1 (+50) gives 62.5, A3 (+25) 87.5, A2 (+12.5) 100.
        let report = sample([Yes, No, No, No]);
        let view = View::new(&report, Lang::Th);
        let order: Vec<&str> = view
            .fix_first
            .iter()
            .map(|&i| view.items[i].result.id.as_str())
            .collect();
        assert_eq!(order, ["B1", "A3", "A2"]);
        assert_eq!(view.after_fixing(), [62.5, 87.5, 100.0]);
        let targets = view.targets();
        assert_eq!(targets.len(), 2);
        assert_eq!((targets[0].mark, targets[0].short_by), (85.0, 72.5));
        assert_eq!(targets[0].reached_after, Some(2));
        assert_eq!(targets[1].reached_after, Some(3));
    }

    #[test]
    fn unknown_items_are_checked_not_fixed_and_can_keep_a_mark_out_of_reach() {
        use Answer::*;
        // B1 unknown (50 points) cannot be "fixed"; fixing A2 and A3 gives 50 at best
        let report = sample([Yes, No, No, Unknown]);
        let view = View::new(&report, Lang::En);
        assert_eq!(view.check_first.len(), 1);
        let targets = view.targets();
        assert_eq!(targets[0].reached_after, None);
        assert_eq!(targets[0].best, 50.0);
    }

    #[test]
    fn points_come_from_the_items_when_the_saved_score_lacks_them() {
        use Answer::*;
        let report = sample([Yes, Yes, Yes, Yes]);
        let view = View::new(&report, Lang::Th);
        let points: Vec<f64> = view.items.iter().map(|i| i.points).collect();
        assert_eq!(points, [12.5, 12.5, 25.0, 50.0]);
        assert!(view.targets().is_empty(), "100 reaches both marks");
        let subs: Vec<(String, usize, usize, f64)> = view
            .indicators()
            .into_iter()
            .flat_map(|i| i.subs)
            .map(|s| (s.id, s.yes, s.total, s.each))
            .collect();
        assert_eq!(
            subs,
            [
                ("1.1".to_string(), 2, 2, 12.5),
                ("1.2".to_string(), 1, 1, 25.0),
                ("2.1".to_string(), 1, 1, 50.0)
            ]
        );
    }

    #[test]
    fn every_reason_code_has_a_thai_and_an_english_sentence_and_a_step() {
        let mut report = sample([Answer::No; 4]);
        // the library's English prose, which a Thai report must not show
        report.items[0].reason = "the library's English words".into();
        // an ASCII URL, so that Thai in an English sentence can only be a Thai word
        report.items[0].evidence[0].url = Url::parse("http://a.go.th/file.pdf").unwrap();
        for code in ReasonCode::ALL {
            let item = &mut report.items[0];
            item.reason_code = Some(code);
            item.answer = if code.makes_unknown() {
                Answer::Unknown
            } else {
                Answer::No
            };
            let (item, report) = (&report.items[0], &report);
            let th = lang::reason(Lang::Th, item, report);
            let en = lang::reason(Lang::En, item, report);
            let thai = |t: &str| t.chars().any(|c| ('\u{0E01}'..='\u{0E5B}').contains(&c));
            assert!(thai(&th), "{code}: {th}");
            // a rejection quotes the checklist's own reason (data, written in English today)
            if code != ReasonCode::Rejected {
                assert!(!th.contains("English words"), "{code}: {th}");
            }
            assert!(!en.is_empty() && !thai(&en), "{code}: {en}");
            let step = lang::action(Lang::Th, item);
            assert!(thai(&step), "{code}: {step}");
            assert!(!lang::action(Lang::En, item).is_empty(), "{code}");
        }
    }

    #[test]
    fn snippets_lose_a_loose_tone_mark() {
        let report = sample([Answer::Yes; 4]);
        let view = View::new(&report, Lang::Th);
        assert_eq!(view.items[0].evidence[0].matched, ["12 มีนาคม 2569"]);
    }
}
