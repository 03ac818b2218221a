//! `poppler-glib` for bench/pdf-thai.sh: `poppler::Page::text` per page, through the system's
//! libpoppler-glib (see `main.rs` for the command line and why this is a binary of its own).

use std::process::ExitCode;

mod common;

fn main() -> ExitCode {
    common::run(
        "usage: pdf-candidates-poppler poppler-glib FILE.pdf [RUNS]",
        &[("poppler-glib", poppler_glib)],
    )
}

fn poppler_glib(bytes: &[u8]) -> Result<Vec<String>, String> {
    let doc = poppler::Document::from_data(bytes, None).map_err(|e| e.to_string())?;
    Ok((0..doc.n_pages())
        .map(|i| {
            doc.page(i)
                .and_then(|p| p.text())
                .map(|t| t.to_string())
                .unwrap_or_default()
        })
        .collect())
}
