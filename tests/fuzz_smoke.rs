//! A short, deterministic run of the mutation fuzzer (`fuzz/engine.rs`) over every target:
//! each target's past findings (`fuzz/regressions/<target>/`) and seeds from the repository, then
//! a few hundred mutants from a fixed seed, on a thread with the scan's 2 MiB parser stack. Any
//! panic in oitcheck's code, any panic in the HTML, charset or checklist code, or a slow input
//! fails the test. The long runs are `fuzz/run.sh`.

#[path = "../fuzz/engine.rs"]
mod engine;

use std::path::Path;
use std::time::Duration;

use engine::{Config, Target};
use oitcheck::extract::document;
use oitcheck::fetch::ContentKind;

/// Mutants per target after its seeds; the time cap keeps a slow machine under ~10 s in all.
const MUTANTS: usize = 250;
const PER_TARGET: Duration = Duration::from_millis(900);

#[test]
fn every_target_survives_its_seeds_and_a_few_hundred_mutants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut report = Vec::new();
    let mut total = 0;
    for target in Target::ALL {
        let seeds = engine::seeds(root, target, 25);
        let config = Config {
            seed: 20_261_201,
            max_inputs: seeds.len() + MUTANTS,
            time_budget: PER_TARGET,
            out: None,
        };
        let stats = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || engine::run(target, &seeds, &config))
            .unwrap()
            .join()
            .expect("the fuzz loop catches panics");
        total += stats.inputs;
        assert!(stats.inputs > 0, "{}: no input ran", target.name());
        for f in &stats.findings {
            report.push(format!(
                "{} {} at {}: {} (input {} bytes, {}; save it and run `cargo run --example fuzz -- replay {} FILE`)",
                target.name(),
                f.kind,
                f.location,
                f.message,
                f.input.len(),
                engine::digest(&f.input),
                target.name()
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{total} inputs; findings:\n{}",
        report.join("\n")
    );
}

/// The PDFs in `fuzz/regressions/pdf/` make pdf-extract panic (checked here, so that the files
/// stay real regressions); read as the scan and `inspect` read documents, none is a crash.
#[test]
fn pdf_parser_panics_are_contained() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/pdf");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions/pdf exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let raw = std::panic::catch_unwind(|| {
            document::pdf_text_with(&bytes, document::PdfExtractor::Builtin)
        });
        assert!(
            raw.is_err(),
            "{} no longer makes pdf-extract panic",
            path.display()
        );
        // with pdftotext installed the file may even be read; without, it is parser_failed
        let guarded = std::panic::catch_unwind(|| {
            document::extract_guarded(&bytes, ContentKind::Pdf, Some("application/pdf"))
        });
        match guarded {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => assert!(
                matches!(e.code(), "parser_failed" | "corrupt_document" | "needs_ocr"),
                "{}: {e:?}",
                path.display()
            ),
            Err(_) => panic!("{}: extract_guarded let a panic through", path.display()),
        }
        checked += 1;
    }
    assert!(checked > 0, "no PDF regressions in {}", dir.display());
}
