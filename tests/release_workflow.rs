//! The release workflow (`.github/workflows/release.yml`) cannot run here, so its structure is
//! checked instead: it parses as YAML, a `v*` tag triggers it, it builds for Linux, Windows and
//! macOS, every step runs or uses something, every `matrix.*` it names is set for every target,
//! and the release job waits for the builds.

use serde_json::Value;

fn workflow() -> (String, Value) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.github/workflows/release.yml"
    ))
    .unwrap();
    let parsed: Value = serde_saphyr::from_str(&text).expect("release.yml is valid YAML");
    (text, parsed)
}

#[test]
fn a_version_tag_builds_linux_windows_and_macos() {
    let (text, workflow) = workflow();
    // GitHub reads `on` as a string key (YAML 1.2)
    let tags = &workflow["on"]["push"]["tags"];
    assert_eq!(tags, &serde_json::json!(["v*"]));
    let build = &workflow["jobs"]["build"];
    let targets: Vec<&str> = build["strategy"]["matrix"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["target"].as_str().unwrap())
        .collect();
    for os in ["linux", "windows", "apple-darwin"] {
        assert!(targets.iter().any(|t| t.contains(os)), "{os}: {targets:?}");
    }
    // every matrix.* the file names is set for every target
    let named = regex::Regex::new(r"matrix\.([a-z_]+)").unwrap();
    for entry in build["strategy"]["matrix"]["include"].as_array().unwrap() {
        for key in named.captures_iter(&text) {
            assert!(
                entry.get(&key[1]).is_some(),
                "matrix.{} unset for {entry}",
                &key[1]
            );
        }
    }
    for (name, job) in workflow["jobs"].as_object().unwrap() {
        assert!(job["runs-on"].is_string(), "{name} says where it runs");
        for step in job["steps"].as_array().unwrap() {
            assert!(
                step.get("run").is_some() || step.get("uses").is_some(),
                "{name}: a step does nothing: {step}"
            );
        }
    }
    assert_eq!(workflow["jobs"]["release"]["needs"], "build");
}
