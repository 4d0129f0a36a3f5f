//! Runs the browser tests (`tests/browser/*.test.mjs`, Node's test runner driving headless
//! Chromium through playwright-core) against sites built by this crate's binary.
//!
//! They need `node`, `/usr/bin/chromium` and the npm packages of `tests/browser`; `tests/setup.sh`
//! installs them. When something is missing the test fails and names the command that fixes it:
//! a suite that did not run never reports "ok".

use std::path::Path;
use std::process::Command;

#[test]
fn browser_tests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let missing: Vec<&str> = [
        ("node", Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())),
        ("/usr/bin/chromium", Path::new("/usr/bin/chromium").exists()),
        ("tests/browser/node_modules", dir.join("node_modules").is_dir()),
    ]
    .into_iter()
    .filter(|(_, ok)| !ok)
    .map(|(name, _)| name)
    .collect();
    assert!(
        missing.is_empty(),
        "the browser tests cannot run: missing {}. Run `tests/setup.sh` (it installs Chromium, \
         Node packages and the other test tools), then `cargo test` again.",
        missing.join(", ")
    );
    let mut tests: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".test.mjs"))
        .collect();
    tests.sort();
    assert!(!tests.is_empty(), "no browser tests found in tests/browser");
    let output = Command::new("node")
        .arg("--test")
        .arg("--test-concurrency=1")
        .arg("--test-reporter=spec")
        .args(&tests)
        .current_dir(&dir)
        .env("COURSEBOOK_BIN", std::env::var_os("COURSEBOOK_BIN").unwrap_or(env!("CARGO_BIN_EXE_coursebook").into()))
        .output()
        .expect("run node --test");
    let report = String::from_utf8_lossy(&output.stdout);
    print!("{report}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "browser tests failed (see the output above)");
    // Node prints "ℹ tests N" and "ℹ pass N": a run that executed nothing is a failure too.
    let count = |label: &str| {
        report.lines().find_map(|l| l.trim_start_matches(['ℹ', ' ']).strip_prefix(label)?.trim().parse::<usize>().ok())
    };
    let (tests_run, passed) = (count("tests "), count("pass "));
    assert!(tests_run.is_some_and(|n| n > 0), "no browser test ran:\n{report}");
    assert_eq!(tests_run, passed, "not every browser test passed (skipped or todo tests count as failures)");
}
