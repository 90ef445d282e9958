#![cfg(not(target_arch = "wasm32"))]
//! `exhibit-check` refuses a quiz whose longest attempt would not fit SCORM
//! 1.2's `suspend_data` (4,096 characters), and says how long it would be.
//! (The app itself still shows such content, keeping what fits at run time.)

use std::process::Command;

use secret_speech::core::check::load;
use secret_speech::core::images::ImageFile;
use secret_speech::core::scorm::longest_suspend_data;

const FIXTURE: &str = include_str!("fixtures/exhibit/minimal.json");

/// Runs exhibit-check on `text`, saved as `exhibit/en.json` beside the fixture images.
fn exhibit_check(text: &str) -> (bool, String) {
    let dir = std::env::temp_dir().join(format!("suspend-data-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("exhibit")).unwrap();
    let images = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/images");
    std::fs::create_dir_all(dir.join("images")).unwrap();
    for entry in std::fs::read_dir(images).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("images").join(entry.file_name())).unwrap();
    }
    let file = dir.join("exhibit/en.json");
    std::fs::write(&file, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_exhibit-check"))
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_quiz_too_long_for_scorm_12_suspend_data_fails_the_check_with_its_size() {
    let (ok, out) = exhibit_check(FIXTURE);
    assert!(ok, "{out}");
    let exhibit = load("en.json", FIXTURE, &|_| ImageFile::Unknown).expect("the fixture is sound");
    assert!(longest_suspend_data(&exhibit) < 4096);

    // Three choices with ids of 1,500 characters: the longest attempt ticks all three.
    let long = |c: char| c.to_string().repeat(1500);
    let choices = r#""choices": [{ "id": "a", "text": "A" }, { "id": "b", "text": "B" }, { "id": "c", "text": "C" }],
        "answers": ["a", "b"],"#;
    assert_eq!(FIXTURE.matches(choices).count(), 1);
    let text = FIXTURE.replace(
        choices,
        &format!(
            r#""choices": [{{ "id": "{}", "text": "A" }}, {{ "id": "{}", "text": "B" }}, {{ "id": "{}", "text": "C" }}],
        "answers": ["{}"],"#,
            long('a'),
            long('b'),
            long('c'),
            long('a')
        ),
    );
    // Sound content for the app...
    let long_exhibit = load("en.json", &text, &|_| ImageFile::Unknown).expect("the app still loads it");
    let size = longest_suspend_data(&long_exhibit);
    assert!(size > 4096 && size < 4700, "{size}");
    // ...that exhibit-check refuses, with the computed size, where the questions are.
    let (ok, out) = exhibit_check(&text);
    assert!(!ok, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains("suspend_data"))
        .unwrap_or_else(|| panic!("{out}"));
    let at = text[..text.find("\"questions\"").unwrap()].matches('\n').count() + 1;
    assert!(line.contains(&format!("en.json:{at}:5: quiz.questions: ")), "{line}");
    assert!(line.contains(&format!("needs {size} characters")), "{line}");
    assert!(line.contains("4096"), "{line}");
    assert!(out.contains("1 problem(s) found"), "{out}");
}
