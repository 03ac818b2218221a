//! Helpers shared by test files.

use std::process::Command;

use oitcheck::fixture::serve;

/// Scans the hostile site on loopback and returns the report in `format`.
pub async fn scan_hostile(format: &str) -> String {
    let site = serve::Site::from_dir(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/site"
    )))
    .unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let format = format.to_string();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_oitcheck"))
            .args([
                "scan",
                &format!("http://{addr}/"),
                "--format",
                &format,
                "--color",
                "never",
                "--rate",
                "50",
                "-q",
            ])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    server.abort();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
