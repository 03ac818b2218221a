//! Document text extraction on small committed fixtures (`tests/fixtures/docs`), and optionally
//! on the real agency PDFs in `../shared/sites/real` when that folder exists. The producer-specific
//! PDFs (LibreOffice, browser print, encrypted, private-use glyphs) are made by
//! `tests/fixtures/docs/tools/make-pdfs.sh`, whose sources hold the words asserted here.

use oitcheck::ReasonCode;
use std::path::{Path, PathBuf};

use oitcheck::extract::document::{self, PdfExtractor};
use oitcheck::fetch::ContentKind;
use oitcheck::thai::match_key;
use oitcheck::years::{self, YearCheck, YearRule};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/docs")
            .join(name),
    )
    .unwrap()
}

#[test]
fn thai_pdf_text_is_matchable_with_the_builtin_extractor() {
    let text = document::pdf_text_with(&fixture("risk-2568.pdf"), PdfExtractor::Builtin)
        .expect("pdf-extract reads it");
    assert_eq!(text.extractor, "pdf-extract");
    let key = match_key(&text.full_text());
    assert!(
        key.contains(&match_key("การประเมินความเสี่ยงการทุจริต")),
        "{}",
        text.full_text()
    );
    assert!(
        key.contains(&match_key("ประจำปีงบประมาณ")),
        "{}",
        text.full_text()
    );
    // the document is for FY2568 whatever its file name says
    assert_eq!(
        years::check(YearRule::Current, 2569, &text.full_text()),
        YearCheck::Wrong {
            required: 2569,
            found: vec![2568]
        }
    );
}

#[test]
fn both_pdf_extractors_agree_on_keywords_when_pdftotext_is_installed() {
    let bytes = fixture("risk-2568.pdf");
    let Some(poppler) = document::pdf_text_with(&bytes, PdfExtractor::Pdftotext) else {
        eprintln!("skipped: pdftotext (poppler-utils) is not installed");
        return;
    };
    let builtin = document::pdf_text_with(&bytes, PdfExtractor::Builtin).unwrap();
    for word in ["ประเมินความเสี่ยงการทุจริต", "องค์การบริหารส่วนตำบล", "ผลกระทบ"]
    {
        let word = match_key(word);
        assert!(
            match_key(&poppler.full_text()).contains(&word),
            "pdftotext lacks {word}"
        );
        assert!(
            match_key(&builtin.full_text()).contains(&word),
            "pdf-extract lacks {word}"
        );
    }
}

#[test]
fn scanned_pdf_needs_ocr_and_is_never_empty_text() {
    let result = document::extract(&fixture("scanned.pdf"), ContentKind::Pdf, None);
    if document::ocr_available() {
        let text = result.expect("OCR reads the scan");
        assert!(text.ocr);
    } else {
        assert_eq!(result.unwrap_err().code(), "needs_ocr");
    }
}

#[test]
fn truncated_and_garbage_pdfs_are_errors_not_panics() {
    let bytes = fixture("risk-2568.pdf");
    let truncated = &bytes[..bytes.len() * 6 / 10];
    assert!(document::pdf_text_with(truncated, PdfExtractor::Builtin).is_none());
    let mut flipped = bytes.clone();
    for i in (200..flipped.len()).step_by(97) {
        flipped[i] ^= 0x5A;
    }
    // whatever the parser makes of it, it returns
    let _ = document::extract(&flipped, ContentKind::Pdf, None);
    assert!(document::extract(b"%PDF-1.4\n%%EOF", ContentKind::Pdf, None).is_err());
}

#[tokio::test]
async fn isolated_extraction_survives_any_bytes() {
    let noise: Vec<u8> = (0..50_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    for kind in [
        ContentKind::Pdf,
        ContentKind::Docx,
        ContentKind::Xlsx,
        ContentKind::Csv,
    ] {
        let mut bytes = match kind {
            ContentKind::Pdf => b"%PDF-1.7\n".to_vec(),
            ContentKind::Docx | ContentKind::Xlsx => b"PK\x03\x04".to_vec(),
            _ => Vec::new(),
        };
        bytes.extend_from_slice(&noise);
        let result =
            document::extract_isolated(bytes, kind, None, std::time::Duration::from_secs(20)).await;
        if kind == ContentKind::Csv {
            assert!(result.is_ok(), "CSV of noise is still text");
        } else {
            assert!(result.is_err(), "{kind:?} of noise must be an error");
        }
    }
}

#[test]
fn xlsx_sheets_are_tabular_text_with_thai_dates() {
    let text = document::extract(&fixture("procurement.xlsx"), ContentKind::Xlsx, None).unwrap();
    assert!(text.tabular);
    assert_eq!(text.extractor, "calamine");
    assert!(text.parts[0].label.starts_with("sheet "));
    let full = text.full_text();
    assert!(full.contains("จัดซื้อวัสดุสำนักงาน"), "{full}");
    assert!(full.contains(" | "), "cells are separated: {full}");
}

#[test]
fn docx_paragraphs_are_read() {
    let text = document::extract(&fixture("hr-report.docx"), ContentKind::Docx, None).unwrap();
    let full = text.full_text();
    assert!(
        full.starts_with("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568"),
        "{full}"
    );
    assert!(full.lines().count() >= 4);
}

/// The real Word-exported PDFs of a district health office (shared development set): text layer
/// with lost nikhahit and private-use glyphs. Skipped when the folder is absent.
#[test]
fn real_agency_pdfs_give_matchable_text() {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/sites/real/nysso/upload/ITA/EB1");
    if !dir.is_dir() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let bytes = std::fs::read(dir.join("1.7.pdf")).unwrap();
    let text = document::extract(&bytes, ContentKind::Pdf, None).unwrap();
    let full = text.full_text();
    // private-use glyphs (ป + U+F702 for ปี) are mapped back by the normaliser
    assert!(
        !match_key(&full)
            .chars()
            .any(|c| ('\u{F700}'..='\u{F71F}').contains(&c))
    );
    // Word exports lose the nikhahit: ประจำปี arrives as ประจาปี; the fold key still finds it
    assert!(
        oitcheck::thai::fold_key(&full).contains(&oitcheck::thai::fold_key("ประจำปี")),
        "{full}"
    );
}

/// Asserts that each of `words` (written into the fixture's source, see
/// `tests/fixtures/docs/tools/make-pdfs.sh`) is found in `text` by match-key matching.
fn assert_words(text: &document::DocumentText, words: &[&str]) {
    let key = match_key(&text.full_text());
    for word in words {
        assert!(
            key.contains(&match_key(word)),
            "{} lacks «{word}»:\n{}",
            text.extractor,
            text.full_text()
        );
    }
}

/// Runs `check` on the text of fixture `name` from every PDF extractor: the built-in one always,
/// pdftotext when installed (a skip message otherwise).
fn with_each_pdf_extractor(name: &str, check: impl Fn(&document::DocumentText)) {
    let bytes = fixture(name);
    let builtin = document::pdf_text_with(&bytes, PdfExtractor::Builtin)
        .unwrap_or_else(|| panic!("pdf-extract cannot read {name}"));
    assert_eq!(builtin.extractor, "pdf-extract");
    check(&builtin);
    match document::pdf_text_with(&bytes, PdfExtractor::Pdftotext) {
        Some(poppler) => {
            assert_eq!(poppler.extractor, "pdftotext -raw");
            check(&poppler);
        }
        None => eprintln!("skipped pdftotext on {name}: poppler-utils is not installed"),
    }
}

#[test]
fn libreoffice_pdf_gives_matchable_thai() {
    with_each_pdf_extractor("lo-plan-2569.pdf", |text| {
        assert_words(
            text,
            &[
                "แผนปฏิบัติการป้องกันการทุจริต",
                "ประจำปีงบประมาณ",
                "องค์การบริหารส่วนตำบลน้ำเที่ยง",
                "ระยะเวลาดำเนินการ",
                "เปิดโอกาสให้ประชาชนมีส่วนร่วม",
                "ครั้งที่",
                "สำนักปลัด",
            ],
        );
        // ๒๕๖๙ in Thai digits after ประจำปีงบประมาณ พ.ศ. is fiscal year 2569, written as such
        let mentions = years::find_years(&text.full_text());
        assert!(
            mentions
                .iter()
                .any(|m| m.first == 2569 && m.last == 2569 && m.explicit),
            "{mentions:?}"
        );
        assert!(matches!(
            years::check(YearRule::Current, 2569, &text.full_text()),
            YearCheck::Found(_)
        ));
    });
}

#[test]
fn encrypted_pdf_with_an_owner_password_only_is_read() {
    // AES-256, empty user password, copying forbidden: every PDF viewer opens it without asking,
    // so its text counts like any other PDF's.
    with_each_pdf_extractor("lo-encrypted-2569.pdf", |text| {
        assert_words(
            text,
            &[
                "รายงานผลการดำเนินงาน",
                "รอบ๖เดือน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                "น้ำประปาซ้ำ",
            ],
        );
        assert!(matches!(
            years::check(YearRule::FirstHalf, 2569, &text.full_text()),
            YearCheck::Found(_)
        ));
    });
    // and through the normal path, whichever extractor is installed
    let text = document::extract(&fixture("lo-encrypted-2569.pdf"), ContentKind::Pdf, None)
        .expect("an owner-password PDF is readable");
    assert_words(&text, &["รายงานผลการดำเนินงาน"]);
}

#[test]
fn browser_printed_pdf_gives_matchable_thai() {
    with_each_pdf_extractor("browser-print-2569.pdf", |text| {
        assert_words(
            text,
            &[
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "ประจำปีงบประมาณ",
                "เทศบาลตำบลหนองน้ำใส",
                "ได้ดำเนินการตามมาตรการป้องกันการรับสินบน",
            ],
        );
        // the explicit fiscal year outranks the data date (15 ธันวาคม ๒๕๖๘ = fiscal 2569 anyway)
        let mentions = years::find_years(&text.full_text());
        assert!(
            mentions.iter().any(|m| m.first == 2569 && m.explicit),
            "{mentions:?}"
        );
    });
}

#[test]
fn private_use_glyphs_in_a_pdf_are_mapped_back() {
    with_each_pdf_extractor("pua-glyphs-2568.pdf", |text| {
        // the extractors pass the presentation forms through (ป U+F702 for ปี) …
        assert!(
            text.full_text()
                .chars()
                .any(|c| ('\u{F700}'..='\u{F71F}').contains(&c)),
            "{} no longer emits private-use glyphs; the fixture tests nothing",
            text.extractor
        );
        // … and the match key maps them back
        assert_words(text, &["ประจำปีงบประมาณ", "ป้องกันการทุจริต", "ท่านที่ได้รับแต่งตั้ง"]);
        // ป + U+F702 is ปี, so "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" is an explicit fiscal year
        let mentions = years::find_years(&text.full_text());
        assert!(
            mentions
                .iter()
                .any(|m| m.first == 2568 && m.last == 2568 && m.explicit),
            "{mentions:?}"
        );
    });
}

#[test]
fn pdf_needing_a_password_is_unknown_as_encrypted_not_garbage() {
    let bytes = fixture("user-password.pdf");
    assert!(document::pdf_text_with(&bytes, PdfExtractor::Builtin).is_none());
    assert!(document::pdf_text_with(&bytes, PdfExtractor::Pdftotext).is_none());
    let err = document::extract(&bytes, ContentKind::Pdf, None).unwrap_err();
    assert_eq!(err.code(), "encrypted");
    assert!(err.detail().contains("password"), "{}", err.detail());
}

#[test]
fn scanned_pdf_is_read_by_ocr_when_tesseract_has_thai() {
    if !document::ocr_available() {
        eprintln!("skipped: OCR needs pdftoppm and tesseract with Thai data (tesseract-ocr-tha)");
        return;
    }
    let text = document::extract(&fixture("scanned.pdf"), ContentKind::Pdf, None)
        .expect("OCR reads the scan");
    assert!(text.ocr, "OCR text is marked as such");
    assert_eq!(text.extractor, "tesseract");
    assert!(text.parts.iter().all(|p| p.label.ends_with("(OCR)")));
    // words printed on the scanned page (tesseract writes ำ as ํ + า; the match key repairs it)
    assert_words(
        &text,
        &[
            "ประจำปีงบประมาณ",
            "องค์การบริหารส่วนตำบลโนนสำราญใต้",
            "งานที่จัดซื้อจัดจ้าง",
            "ผู้อำนวยการกองคลัง",
        ],
    );
    // the page says พ.ศ. 2568 in Arabic digits, which OCR reads well: not weak evidence
    let full = text.full_text();
    assert!(matches!(
        years::check(YearRule::Previous, 2569, &full),
        YearCheck::Found(_)
    ));
    assert!(!years::rests_on_thai_digits(
        YearRule::Previous,
        2569,
        &full
    ));
}

/// An item whose only year evidence is a Thai-digit year in OCR text passes, flagged for a human
/// check; the same year in Arabic digits, or in a text layer, is not flagged. The crawl is real
/// (the mini fixture site on loopback); only the scan's text is replaced, so no OCR is needed.
#[tokio::test]
async fn a_year_read_by_ocr_only_in_thai_digits_is_flagged_for_checking() {
    use oitcheck::crawl::{self, CrawlConfig, Quiet};
    use oitcheck::evaluate::{self, Answer};
    use oitcheck::fetch::{FetchConfig, Fetcher};
    use oitcheck::rules::Rules;

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let checklist = oitcheck::checklist::load(root.join("mini.yaml").to_str().unwrap()).unwrap();
    let rules = Rules::new(&checklist);
    let site = oitcheck::fixture::serve::Site::from_dir(&root.join("site")).unwrap();
    let (addr, server) = oitcheck::fixture::serve::serve(site, 0).await.unwrap();
    let start = url::Url::parse(&format!("http://{addr}/")).unwrap();
    let fetcher = Fetcher::new(FetchConfig {
        rate: 500.0,
        concurrency: 4,
        max_retries: 0,
        ..FetchConfig::default()
    })
    .unwrap();
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let config = CrawlConfig {
        workers: 4,
        ..CrawlConfig::default()
    };
    let mut snapshot = crawl::crawl(
        &start,
        &rules,
        &config,
        std::sync::Arc::new(fetcher),
        rx,
        &Quiet,
    )
    .await;
    server.abort();
    let key = snapshot
        .documents
        .keys()
        .find(|k| k.ends_with("/docs/procurement-scan.pdf"))
        .expect("the crawl reached the scan")
        .clone();
    // O9 of the mini checklist: สรุปผลการจัดซื้อจัดจ้าง of the previous fiscal year (2568)
    for (year, ocr, flagged) in [
        ("๒๕๖๘", true, true),
        ("2568", true, false),
        ("๒๕๖๘", false, false),
    ] {
        snapshot.documents.insert(
            key.clone(),
            Ok(document::DocumentText {
                extractor: "tesseract".into(),
                parts: vec![document::Part {
                    label: "page 1 (OCR)".into(),
                    text: format!("สรุปผลการจัดซื้อจัดจ้าง\nประจำปีงบประมาณ พ.ศ. {year}\n"),
                }],
                tabular: false,
                ocr,
            }),
        );
        let items = evaluate::evaluate(&checklist, &rules, &snapshot, 2569);
        let o9 = items.iter().find(|i| i.id == "O9").unwrap();
        assert_eq!(o9.answer, Answer::Yes, "{year} ocr={ocr}: {}", o9.reason);
        assert_eq!(
            o9.unverified.iter().any(|u| u.contains("OCR")),
            flagged,
            "{year} ocr={ocr}: {:?}",
            o9.unverified
        );
    }
    // OCR text that shows another year: OCR misreads Thai digits (๒๕๖๘ as ๒๕๖๗), so the item is
    // unknown; the same text from a text layer is a plain "no"
    for (ocr, answer, code) in [
        (true, Answer::Unknown, "ocr_uncertain"),
        (false, Answer::No, "wrong_year"),
    ] {
        snapshot.documents.insert(
            key.clone(),
            Ok(document::DocumentText {
                extractor: "tesseract".into(),
                parts: vec![document::Part {
                    label: "page 1 (OCR)".into(),
                    text: "สรุปผลการจัดซื้อจัดจ้าง\nประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n".into(),
                }],
                tabular: false,
                ocr,
            }),
        );
        let items = evaluate::evaluate(&checklist, &rules, &snapshot, 2569);
        let o9 = items.iter().find(|i| i.id == "O9").unwrap();
        assert_eq!(o9.answer, answer, "ocr={ocr}: {}", o9.reason);
        assert_eq!(
            o9.reason_code.map(ReasonCode::as_str),
            Some(code),
            "ocr={ocr}: {}",
            o9.reason
        );
    }
}

/// A scan whose years are all in Thai digits: OCR reads the words, but a year it reports is
/// never taken as strong evidence (tesseract 5.3 reads ๒๕๖๙ as ๒๕๒๕; see the notes, section 4).
#[test]
fn thai_digit_years_in_an_ocr_scan_are_never_strong_evidence() {
    if !document::ocr_available() {
        eprintln!("skipped: OCR needs pdftoppm and tesseract with Thai data (tesseract-ocr-tha)");
        return;
    }
    let bytes = fixture("scanned-thai-digits-2569.pdf");
    assert!(
        document::pdf_text_with(&bytes, PdfExtractor::Builtin)
            .is_some_and(|t| t.full_text().trim().is_empty()),
        "the fixture has no text layer"
    );
    let text = document::extract(&bytes, ContentKind::Pdf, None).expect("OCR reads the scan");
    assert!(text.ocr);
    assert_words(
        &text,
        &[
            "แผนปฏิบัติการป้องกันการทุจริต",
            "ประจำปีงบประมาณ",
            "เปิดโอกาสให้ประชาชนมีส่วนร่วม",
            "สำนักปลัด",
        ],
    );
    // whatever OCR made of ๒๕๖๙, a year rule it meets rests on Thai digits, and is flagged
    let full = text.full_text();
    for rule in [YearRule::Current, YearRule::InForce] {
        if matches!(years::check(rule, 2569, &full), YearCheck::Found(_)) {
            assert!(years::rests_on_thai_digits(rule, 2569, &full), "{full}");
        }
    }
}

/// Levenshtein distance between two character sequences (two rows; the fixtures are a few
/// thousand characters).
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The Thai PDF fixture set (`tests/fixtures/thai-pdf`: LibreOffice with four TLWG fonts,
/// Chromium with three, fpdf2 with and without text shaping, each made from `source.txt` by
/// `make.sh`, and one LibreOffice PDF with `stamp.txt` stamped over each of its pages as a form
/// XObject) read by the built-in extractor alone, no system tools: every word of the source
/// comes out intact as often as the source has it, and the whole text agrees with the source to
/// at least 0.995 (1 − Levenshtein ÷ length over the match keys, whitespace ignored). Issue 12
/// found the in-process reader garbling these words on LibreOffice PDFs (ผู้รับจ้าง as ผ้้รับจ้าง,
/// ประชาชน as ประชำชน, a false "missing: ระยะเวลา").
#[test]
fn thai_pdfs_read_by_the_builtin_extractor_match_their_source() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/thai-pdf");
    let source = std::fs::read_to_string(dir.join("source.txt")).unwrap();
    let source_key = match_key(&source).replace(' ', "");
    let source_chars: Vec<char> = source_key.chars().collect();
    let stamp = std::fs::read_to_string(dir.join("stamp.txt")).unwrap();
    let stamp_key = match_key(&stamp).replace(' ', "");
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    assert_eq!(pdfs.len(), 10, "the fixture set is {pdfs:?}");
    for pdf in &pdfs {
        let name = pdf.file_name().unwrap().to_string_lossy();
        let text = document::pdf_text_with(&std::fs::read(pdf).unwrap(), PdfExtractor::Builtin)
            .unwrap_or_else(|| panic!("the built-in extractor cannot read {name}"));
        assert_eq!(text.extractor, "pdf-extract");
        let mut key = match_key(&text.full_text()).replace(' ', "");
        if name.starts_with("stamped-") {
            // the stamp, read with its own font (not the page's /F1), once on every page
            assert_eq!(
                key.matches(&stamp_key).count(),
                text.parts.len(),
                "{name}: the stamp is not intact on every page\n{}",
                text.full_text()
            );
            key = key.replace(&stamp_key, "");
        }
        for word in [
            "ผู้รับจ้าง",
            "ผู้ว่าจ้าง",
            "ร้านรุ่งเรืองพาณิชย์",
            "สำนักงาน",
            "ประชาชน",
            "ระยะเวลา",
            "ระยะเวลาดำเนินการ",
            "ปู่ย่าตายาย",
            "ก๋วยเตี๋ยว",
            "ตุ๊กตา",
            "น้ำท่วม",
            "ค่ำคืน",
            "ซ้ำซาก",
            "ครั้งที่",
            "ฐานะฎีกากฎหมายฤดูฝน",
            "ประจำปีงบประมาณพ.ศ.2569",
            "nogiftpolicy",
        ] {
            let word = match_key(word).replace(' ', "");
            let expected = source_key.matches(&word).count();
            assert!(expected > 0, "«{word}» is not in source.txt");
            assert_eq!(
                key.matches(&word).count(),
                expected,
                "{name}: «{word}» is not intact\n{}",
                text.full_text()
            );
        }
        let chars: Vec<char> = key.chars().collect();
        let agreement = 1.0
            - levenshtein(&source_chars, &chars) as f64
                / source_chars.len().max(chars.len()) as f64;
        assert!(
            agreement >= 0.995,
            "{name}: agreement with the source {agreement:.4}\n{}",
            text.full_text()
        );
    }
}
