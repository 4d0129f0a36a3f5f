//! Runs the browser tests (`tests/browser/*.test.mjs`, Node's test runner driving headless
//! Chromium through playwright-core) against sites built by this crate's binary.
//!
//! They need `node`, `/usr/bin/chromium` and `npm ci` in `tests/browser`. Without them the test
//! says so and passes, unless `COURSEBOOK_REQUIRE_BROWSER` is set (as `.ci/run` does), where a
//! missing tool is a failure.

use std::path::Path;
use std::process::Command;

#[test]
fn browser_tests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let required = std::env::var_os("COURSEBOOK_REQUIRE_BROWSER").is_some();
    let missing: Vec<&str> = [
        ("node", Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())),
        ("/usr/bin/chromium", Path::new("/usr/bin/chromium").exists()),
        ("tests/browser/node_modules (run npm ci)", dir.join("node_modules").is_dir()),
    ]
    .into_iter()
    .filter(|(_, ok)| !ok)
    .map(|(name, _)| name)
    .collect();
    if !missing.is_empty() {
        assert!(!required, "browser tests required but missing: {}", missing.join(", "));
        eprintln!("browser tests skipped; missing: {}", missing.join(", "));
        return;
    }
    let mut tests: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".test.mjs"))
        .collect();
    tests.sort();
    assert!(!tests.is_empty(), "no browser tests found in tests/browser");
    let status = Command::new("node")
        .arg("--test")
        .arg("--test-concurrency=1")
        .args(&tests)
        .current_dir(&dir)
        .env("COURSEBOOK_BIN", env!("CARGO_BIN_EXE_coursebook"))
        .status()
        .expect("run node --test");
    assert!(status.success(), "browser tests failed (see the output above)");
}
