//! The diagnostics suite: each `tests/diagnostics/*.case` is a small change to a fixture site
//! (`base:`, default `valid`) and the full report `coursebook check` prints for it, kept as a
//! snapshot in `tests/snapshots/` (review changes with `cargo insta review`, or set
//! `INSTA_UPDATE=always` and read the diff).
//!
//! Case format: a `# description` line, optional `base: NAME` and `args: ...` lines, then files,
//! each introduced by `=== path/in/site` (flags after the path: `[crlf]`, `[cr]`, `[bom]` change
//! the text's line ends or add a byte-order mark; `[windows-1252]` and `[utf-16]` write it in
//! that encoding; `[delete]` removes the file or folder).

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

struct Case {
    base: String,
    args: Vec<String>,
    files: Vec<(String, Vec<String>, String)>,
}

fn parse_case(text: &str) -> Case {
    let mut case = Case { base: "valid".into(), args: vec!["check".into()], files: Vec::new() };
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.peek() {
        if line.starts_with("===") {
            break;
        }
        if let Some(base) = line.strip_prefix("base:") {
            case.base = base.trim().to_string();
        } else if let Some(args) = line.strip_prefix("args:") {
            case.args = args.split_whitespace().map(String::from).collect();
        }
        lines.next();
    }
    let mut current: Option<(String, Vec<String>, String)> = None;
    for line in lines {
        if let Some(header) = line.strip_prefix("=== ") {
            case.files.extend(current.take());
            let mut parts = header.split_whitespace();
            let path = parts.next().expect("a path after ===").to_string();
            let flags = parts.map(|f| f.trim_matches(['[', ']']).to_string()).collect();
            current = Some((path, flags, String::new()));
        } else if let Some((_, _, text)) = current.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    case.files.extend(current);
    case
}

fn apply(root: &Path, case: &Case) {
    for (path, flags, text) in &case.files {
        let target = root.join(path);
        if flags.iter().any(|f| f == "delete") {
            if target.is_dir() {
                std::fs::remove_dir_all(&target).unwrap();
            } else {
                std::fs::remove_file(&target).unwrap();
            }
            continue;
        }
        let mut bytes = text.clone();
        if flags.iter().any(|f| f == "crlf") {
            bytes = bytes.replace('\n', "\r\n");
        }
        if flags.iter().any(|f| f == "cr") {
            bytes = bytes.replace('\n', "\r");
        }
        if flags.iter().any(|f| f == "bom") {
            bytes.insert(0, '\u{feff}');
        }
        let bytes = if flags.iter().any(|f| f == "windows-1252") {
            bytes.chars().map(windows_1252).collect()
        } else if flags.iter().any(|f| f == "utf-16") {
            let units = bytes.encode_utf16().flat_map(u16::to_le_bytes);
            [0xFF, 0xFE].into_iter().chain(units).collect()
        } else {
            bytes.into_bytes()
        };
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, bytes).unwrap();
    }
}

/// A character as Windows-1252 writes it (the ones the cases use).
fn windows_1252(c: char) -> u8 {
    match c {
        '’' => 0x92,
        '…' => 0x85,
        _ => u8::try_from(u32::from(c)).expect("a character of Latin-1"),
    }
}

#[test]
fn every_diagnostic_report_matches_its_snapshot() {
    let mut count = 0;
    insta::glob!("diagnostics/*.case", |path| {
        count += 1;
        let case = parse_case(&std::fs::read_to_string(path).unwrap());
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        copy_tree(&fixture(&case.base), &root);
        apply(&root, &case);
        let mut args = case.args.clone();
        args.extend(["--root".to_string(), root.to_str().unwrap().to_string()]);
        let output = Command::new(env!("CARGO_BIN_EXE_coursebook"))
            .args(&args)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        let report = format!(
            "$ coursebook {}\nexit code: {}\n--- stdout\n{}--- stderr\n{}",
            case.args.join(" "),
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr).replace(root.to_str().unwrap(), "<site>"),
        );
        insta::assert_snapshot!(report);
    });
    assert!(count >= 40, "the suite holds {count} cases; it must hold at least 40");
}
