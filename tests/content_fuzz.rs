#![cfg(not(target_arch = "wasm32"))]
//! Whatever a curator's editor leaves in the file, the checker answers with
//! well-formed problems and never panics. Mutated copies of the fixture, text
//! and structure alike, are fed to `load`.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

use secret_speech::core::check::{load, Problem};
use secret_speech::core::content::Exhibit;
use secret_speech::core::decode;
use secret_speech::core::images::ImageFile;

const FIXTURE: &str = include_str!("fixtures/exhibit/minimal.json");

fn image_exists(image: &str) -> ImageFile {
    match image {
        "images/before.svg" | "images/after.svg" => ImageFile::Drawing,
        _ => ImageFile::Missing,
    }
}

/// Loads `text` and checks every problem is one a curator can act on.
fn check(text: &str) -> Result<(), TestCaseError> {
    let first = load("en.json", text, &image_exists);
    let again = load("en.json", text, &image_exists);
    prop_assert_eq!(&first, &again, "the checker must be deterministic");
    let Err(problems) = first else {
        return Ok(());
    };
    prop_assert!(!problems.is_empty(), "an error names at least one problem");
    let lines: Vec<&str> = text.split('\n').collect();
    for problem in &problems {
        well_formed(problem, &lines)?;
    }
    prop_assert!(
        problems
            .windows(2)
            .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)),
        "problems are sorted by position"
    );
    Ok(())
}

fn well_formed(problem: &Problem, lines: &[&str]) -> Result<(), TestCaseError> {
    let shown = problem.to_string();
    prop_assert_eq!(problem.file.as_str(), "en.json");
    prop_assert!(problem.line >= 1, "line is 1-based: {}", shown);
    prop_assert!(problem.column >= 1, "column is 1-based: {}", shown);
    prop_assert!(!problem.message.trim().is_empty(), "message is empty: {}", shown);
    // `lines` splits on every newline, so it already counts the line after a final one.
    prop_assert!(
        problem.line <= lines.len() + 1,
        "line {} is past the end ({} lines): {}",
        problem.line,
        lines.len(),
        shown
    );
    if let Some(line) = lines.get(problem.line - 1) {
        let width = line.chars().count();
        prop_assert!(
            problem.column <= width + 1,
            "column {} is past the end of line {} ({} characters): {}",
            problem.column,
            problem.line,
            width,
            shown
        );
    }
    let prefix = format!("en.json:{}:{}: ", problem.line, problem.column);
    prop_assert!(shown.starts_with(&prefix), "{}", shown);
    Ok(())
}

// ---------------------------------------------------------------- text mutations

/// Short runs of text that break JSON, marks or positions in interesting ways.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\"",
            "[",
            "]",
            "{",
            "}",
            "[[",
            "]]",
            "[[x",
            "|",
            ",",
            ":",
            "\\",
            "\\u",
            "\\ud800",
            "\n",
            "\r\n",
            "\t",
            " ",
            "ж",
            "Жить",
            "😀",
            "\u{0}",
            "\u{feff}",
            "null",
            "true",
            "-1",
            "1e999",
            "0.5",
            "{}",
            "[]",
            "\"\"",
            "\"a\":",
            "\"id\"",
            "\"type\": \"x\"",
            "..",
            "/",
            "https://",
        ])
        .prop_map(String::from),
        "[a-z\\[\\]{}\",:0-9 ]{1,6}",
        any::<char>().prop_map(String::from),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    Truncate(Index),
    Delete(Index, usize),
    Insert(Index, String),
    Swap(Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Truncate),
        (any::<Index>(), 1usize..40).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<Index>(), piece()).prop_map(|(at, text)| Edit::Insert(at, text)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

/// Applies an edit at character (never byte) positions.
fn apply(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    match edit {
        Edit::Truncate(at) => chars.truncate(at.index(len + 1)),
        Edit::Delete(at, n) => {
            if len > 0 {
                let from = at.index(len);
                chars.drain(from..(from + n).min(len));
            }
        }
        Edit::Insert(at, piece) => {
            let at = at.index(len + 1);
            chars.splice(at..at, piece.chars());
        }
        Edit::Swap(a, b) => {
            if len > 0 {
                chars.swap(a.index(len), b.index(len));
            }
        }
    }
    chars.into_iter().collect()
}

// ---------------------------------------------------------------- structure mutations

#[derive(Debug, Clone)]
enum Change {
    /// Replace a node (any value, the document included) with another value.
    Replace(Index, Value),
    /// Remove one member of an object.
    Remove(Index),
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(Value::from(0)),
        Just(Value::from(-1)),
        Just(Value::from(1.5)),
        Just(Value::from(100_000)),
        Just(Value::from(true)),
        Just(Value::from("")),
        Just(Value::from("   ")),
        Just(Value::from("first")),
        Just(Value::from("[[nowhere]]")),
        Just(Value::from("[[open")),
        Just(Value::from("../x.svg")),
        // Valid values of the newer fields (claim dates, source languages),
        // so a mutation can also land on one.
        Just(Value::from("1938-02")),
        Just(Value::from("ru")),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(serde_json::Map::new())),
        "[a-zA-Zж😀 \\[\\]-]{0,12}".prop_map(Value::from),
    ]
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (any::<Index>(), replacement()).prop_map(|(at, value)| Change::Replace(at, value)),
        any::<Index>().prop_map(Change::Remove),
    ]
}

/// JSON pointers to every node, the root (`""`) first.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(members) => {
            for (key, item) in members {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn transform(value: &mut Value, change: &Change) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    match change {
        Change::Replace(at, new) => {
            let pointer = &all[at.index(all.len())];
            if let Some(slot) = value.pointer_mut(pointer) {
                *slot = new.clone();
            }
        }
        Change::Remove(at) => {
            let members: Vec<&String> = all
                .iter()
                .filter(|p| {
                    let parent = &p[..p.rfind('/').unwrap_or(0)];
                    !p.is_empty() && value.pointer(parent).is_some_and(Value::is_object)
                })
                .collect();
            if members.is_empty() {
                return;
            }
            let pointer = members[at.index(members.len())].clone();
            let (parent, key) = pointer.rsplit_once('/').expect("a member pointer has a parent");
            let key = key.replace("~1", "/").replace("~0", "~");
            if let Some(Value::Object(object)) = value.pointer_mut(parent) {
                object.remove(&key);
            }
        }
    }
}

/// The hand-written decoder and serde's derived `Deserialize` give `value`
/// one verdict, and read it the same way when both accept it.
fn one_verdict(value: &Value) -> Result<(), TestCaseError> {
    let by_serde = serde_json::from_value::<Exhibit>(value.clone());
    let mut found = Vec::new();
    let by_decoder = decode::exhibit(value, &mut found);
    match (by_serde, by_decoder) {
        (Ok(a), Some(b)) => prop_assert_eq!(a, b),
        (Err(_), None) => prop_assert!(!found.is_empty()),
        // The decoder is stricter on one point: a pass mark is a percentage.
        (Ok(a), None) => prop_assert!(a.quiz.pass_mark > 100, "decoder refused what serde read: {:?}", found),
        (Err(e), Some(_)) => prop_assert!(false, "decoder read what serde refused: {}", e),
    }
    Ok(())
}

fn fixture_value() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn text_edits_never_panic(edits in prop::collection::vec(edit(), 1..5)) {
        let text = edits.iter().fold(FIXTURE.to_string(), |text, e| apply(&text, e));
        check(&text)?;
    }

    #[test]
    fn structure_edits_never_panic(changes in prop::collection::vec(change(), 1..5)) {
        let mut value = fixture_value();
        for c in &changes {
            transform(&mut value, c);
        }
        let text = serde_json::to_string_pretty(&value).expect("a Value serialises");
        check(&text)?;
        // A structural edit of a valid file keeps it JSON: a problem, if
        // any, is about content, never a syntax error.
        if let Err(problems) = load("en.json", &text, &image_exists) {
            prop_assert!(problems.iter().all(|p| !p.message.contains("not valid JSON")));
        }
    }

    /// The hand-written decoder and serde's derived `Deserialize` (which the
    /// JSON Schema is generated from) must accept the same documents and read
    /// them the same way, so the schema curators' editors use tells the truth.
    #[test]
    fn the_decoder_agrees_with_the_schema_types(changes in prop::collection::vec(change(), 0..4)) {
        let mut value = fixture_value();
        for c in &changes {
            transform(&mut value, c);
        }
        one_verdict(&value)?;
    }

    #[test]
    fn structure_then_text_edits_never_panic(change in change(), edit in edit()) {
        let mut value = fixture_value();
        transform(&mut value, &change);
        let text = serde_json::to_string_pretty(&value).expect("a Value serialises");
        check(&apply(&text, &edit))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        check(&text)?;
    }
}

// ---------------------------------------------------------------- every field, one by one

/// Not left to chance: every member of the fixture removed, and every node
/// replaced by each kind of value, gets one verdict from the decoder and
/// serde. This reaches each field the fixture uses, the newer ones included
/// (citation locators, claim dates, source languages and translation flags).
#[test]
fn the_decoder_agrees_with_the_schema_types_on_every_single_change() {
    let fixture = fixture_value();
    let mut all = Vec::new();
    pointers(&fixture, String::new(), &mut all);
    for pointer in [
        "/stations/0/excerpts/0/citation/locator",
        "/stations/0/context/0/sources/0/locator",
        "/sources/0/language",
        "/sources/0/translation",
        "/stations/0/lenses/official/0/date",
    ] {
        assert!(all.iter().any(|p| p == pointer), "the fixture has {pointer}");
    }
    let replacements = [
        Value::Null,
        Value::from(0),
        Value::from(-1),
        Value::from(1.5),
        Value::from(true),
        Value::from(""),
        Value::from("x"),
        Value::from("ru"),
        Value::from("1938-02"),
        Value::Array(Vec::new()),
        Value::Object(serde_json::Map::new()),
    ];
    for pointer in &all {
        if let Some((parent, key)) = pointer.rsplit_once('/') {
            if let Some(Value::Object(_)) = fixture.pointer(parent) {
                let mut value = fixture.clone();
                let key = key.replace("~1", "/").replace("~0", "~");
                if let Some(Value::Object(object)) = value.pointer_mut(parent) {
                    object.remove(&key);
                }
                one_verdict(&value).unwrap_or_else(|e| panic!("removing {pointer}: {e}"));
            }
        }
        for new in &replacements {
            let mut value = fixture.clone();
            *value.pointer_mut(pointer).expect("a pointer from the fixture") = new.clone();
            one_verdict(&value).unwrap_or_else(|e| panic!("{pointer} = {new}: {e}"));
        }
    }
}

// ---------------------------------------------------------------- extremes

#[test]
fn the_unchanged_fixture_loads() {
    assert!(load("en.json", FIXTURE, &image_exists).is_ok());
    let pretty = serde_json::to_string_pretty(&fixture_value()).unwrap();
    assert!(load("en.json", &pretty, &image_exists).is_ok());
}

#[test]
fn an_empty_document() {
    for text in ["", " ", "\n\n", "\u{feff}"] {
        check(text).unwrap();
        assert!(load("en.json", text, &image_exists).is_err());
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for text in [
        "[".repeat(10_000),
        "{\"a\":".repeat(10_000),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    ] {
        check(&text).unwrap();
        let problems = load("en.json", &text, &image_exists).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("not valid JSON"), "{}", problems[0]);
    }
}

#[test]
fn deep_but_legal_nesting_inside_a_field() {
    // Just under serde_json's recursion limit, in a station and in a question,
    // so the checker's own walks over the tree go deep too.
    let deep = format!("{}\"\"{}", "[".repeat(120), "]".repeat(120));
    for (old, new) in [
        (r#""summary": "The first room.","#, format!(r#""summary": {deep},"#)),
        (r#""prompt": "Which?","#, format!(r#""prompt": {deep},"#)),
    ] {
        assert_eq!(FIXTURE.matches(old).count(), 1);
        let text = FIXTURE.replacen(old, &new, 1);
        check(&text).unwrap();
        assert!(load("en.json", &text, &image_exists).is_err());
    }
}

#[test]
fn a_huge_string_value() {
    let huge = "ж😀 [[x".repeat(200_000);
    let old = r#""intro": "A small exhibit the checker's tests break on purpose.","#;
    assert_eq!(FIXTURE.matches(old).count(), 1);
    let text = FIXTURE.replacen(old, &format!(r#""intro": "{huge}","#), 1);
    // Valid: the intro is not checked for marks.
    check(&text).unwrap();

    // In a checked field the unclosed mark is found and the line stays right.
    let old = r#""text": "More context.""#;
    let text = FIXTURE.replacen(old, &format!(r#""text": "{huge}""#), 1);
    check(&text).unwrap();
    let problems = load("en.json", &text, &image_exists).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (49, 11));
    assert!(problems[0].message.contains("at character 3 is never closed"));

    // A huge unterminated string is a syntax error at the end of the file.
    let text = format!("{{\"title\": \"{huge}");
    check(&text).unwrap();
}

#[test]
fn a_syntax_error_after_wide_characters_is_within_its_line() {
    let text = format!("{{\"title\": \"{}\" \"x\": 1}}", "😀".repeat(50));
    check(&text).unwrap();
    let problems = load("en.json", &text, &image_exists).unwrap_err();
    assert_eq!((problems[0].line, problems[0].column), (1, 64));
}
