//! `coursebook certificates EVENT --names FILE`: certificates of participation for an event of the
//! shipped curriculum, read back with poppler's `pdftotext` and `pdfinfo`: one page per name, the
//! names exactly as written (a name that looks like Typst code stays text), the course, the
//! event's dates as the locale writes them, its length and its organisers; bad names files,
//! unknown events and outputs inside the sources are refused with a clear message.
#![cfg(feature = "pdf")]

mod common;
use common::*;

use std::path::Path;
use std::process::Output;

/// `pdftotext` or `pdfinfo` of a PDF.
fn read_pdf(tool: &str, pdf: &Path) -> String {
    let pdf = pdf.to_str().unwrap();
    if tool == "pdftotext" {
        poppler(tool, &[pdf, "-"])
    } else {
        poppler(tool, &[pdf])
    }
}

fn certificates(args: &[&str], names: &str) -> (Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("names.txt");
    std::fs::write(&file, names).unwrap();
    let root = repo_root();
    let out = dir.path().join("out");
    let mut all = vec!["certificates", "--root", root.to_str().unwrap(), "--names", file.to_str().unwrap()];
    if !args.contains(&"-o") {
        all.extend(["-o", out.to_str().unwrap()]);
    }
    all.extend(args);
    (run(&all), dir)
}

#[test]
fn one_certificate_per_name_with_the_course_dates_length_and_organisers() {
    let names = "# Workshop participants\nAmina Diallo\n\nأحمد الفارسي\n\"]) #panic(\"boom\") // \\\n";
    let (o, dir) = certificates(&["d8-istanbul-2022"], names);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = dir.path().join("out/certificates-d8-istanbul-2022-en.pdf");
    assert!(stderr(&o).contains("(3 certificates,"), "{}", stderr(&o));
    let info = read_pdf("pdfinfo", &pdf);
    assert!(info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 3")), "{info}");
    let text = read_pdf("pdftotext", &pdf);
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len(), 3, "{text}");
    let expected_names = ["Amina Diallo", "أحمد الفارسي", "\"]) #panic(\"boom\") // \\"];
    for (page, name) in pages.iter().zip(expected_names) {
        let page: String = page.chars().filter(|c| !matches!(c, '\u{202a}'..='\u{202e}')).collect();
        assert!(page.contains(name), "{name} on its own page:\n{page}");
        for expected in [
            "Certificate of participation",
            "This is to certify that",
            "Innovation and Digital Government for Public Service Delivery",
            "17 November 2022 – 18 November 2022",
            "Duration: 2 days",
            "D-8 Organization for Economic Cooperation",
            "Lead facilitator",
        ] {
            assert!(page.contains(expected), "{expected:?} on the certificate of {name}:\n{page}");
        }
    }
}

#[test]
fn certificates_are_in_the_locale_asked_for() {
    let (o, dir) = certificates(&["d8-istanbul-2022", "--locale", "fr"], "Amina Diallo\n");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = read_pdf("pdftotext", &dir.path().join("out/certificates-d8-istanbul-2022-fr.pdf"));
    for expected in ["Attestation de participation", "Amina Diallo", "17 novembre 2022", "Durée"] {
        assert!(text.contains(expected), "{expected:?}:\n{text}");
    }
}

#[test]
fn bad_names_files_unknown_events_and_outputs_in_the_sources_are_refused() {
    let (o, _dir) = certificates(&["d8-istanbul-2022"], "Amina Diallo\nDoe, John, Ministry of Finance\n");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("names.txt:2:1"), "{}", stderr(&o));
    assert!(stderr(&o).contains("this line looks like several fields, not one name"), "{}", stderr(&o));

    let (o, _dir) = certificates(&["d8-istanbul"], "Amina Diallo\n");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no event `d8-istanbul`: did you mean `d8-istanbul-2022`?"), "{}", stderr(&o));

    let (o, _dir) = certificates(&["d8-istanbul-2022"], "# nobody yet\n");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("no names in this file"), "{}", stderr(&o));

    let root = repo_root();
    let into_sources = root.join("curriculum/deliveries");
    let (o, _dir) = certificates(&["d8-istanbul-2022", "-o", into_sources.to_str().unwrap()], "Amina Diallo\n");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is inside `curriculum/`, which holds your sources"), "{}", stderr(&o));
    assert!(!into_sources.join("certificates-d8-istanbul-2022-en.pdf").exists());

    let o = run(&[
        "certificates",
        "d8-istanbul-2022",
        "--root",
        root.to_str().unwrap(),
        "--names",
        "/nonexistent/names.txt",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot read the names file /nonexistent/names.txt"), "{}", stderr(&o));
}
