#![cfg(not(target_arch = "wasm32"))]
//! The content checker, broken content by broken content: each test makes one
//! precise edit to the valid fixture and asserts the exact field path, line,
//! column and wording of what the checker reports.

use std::cell::RefCell;
use std::path::Path;

use secret_speech::build::images::probe;
use secret_speech::core::check::{load, Problem};
use secret_speech::core::content::Exhibit;
use secret_speech::core::images::ImageFile;

const FIXTURE: &str = include_str!("fixtures/exhibit/minimal.json");

/// Answers like `exhibit-check` does for the fixture: image paths are relative
/// to the parent of the content file's folder, here `tests/fixtures/`.
fn image_exists(image: &str) -> ImageFile {
    probe(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), image)
}

/// The fixture with each `(old, new)` edit applied. Every `old` must occur
/// exactly once, so a test cannot silently pass on a changed fixture.
fn edited(edits: &[(&str, &str)]) -> String {
    let mut text = FIXTURE.to_string();
    for (old, new) in edits {
        let count = text.matches(old).count();
        assert_eq!(count, 1, "expected exactly one {old:?} in the fixture, found {count}");
        text = text.replacen(old, new, 1);
    }
    text
}

/// Loads `text` as `en.json`, which must fail, and returns the problems.
fn problems_in(text: &str) -> Vec<Problem> {
    match load("en.json", text, &image_exists) {
        Ok(_) => panic!("the broken content loaded without problems"),
        Err(problems) => {
            assert!(!problems.is_empty(), "an error must name at least one problem");
            problems
        }
    }
}

fn problems(edits: &[(&str, &str)]) -> Vec<Problem> {
    problems_in(&edited(edits))
}

/// The one problem the edits cause.
fn only(edits: &[(&str, &str)]) -> Problem {
    let mut found = problems(edits);
    assert_eq!(found.len(), 1, "expected one problem, got:\n{}", listing(&found));
    found.remove(0)
}

fn listing(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

/// Asserts path, line, column, a phrase of the message and the printed form.
#[track_caller]
fn assert_problem(problem: &Problem, path: &str, line: usize, column: usize, phrase: &str) {
    assert_eq!(problem.file, "en.json", "{problem}");
    assert_eq!(problem.path, path, "{problem}");
    assert_eq!((problem.line, problem.column), (line, column), "{problem}");
    assert!(problem.message.contains(phrase), "message lacks {phrase:?}: {problem}");
    let shown = if path.is_empty() { "(document)" } else { path };
    let prefix = format!("en.json:{line}:{column}: {shown}: ");
    assert!(
        problem.to_string().starts_with(&prefix),
        "{problem} does not start with {prefix:?}"
    );
    assert_eq!(problem.to_string(), format!("{prefix}{}", problem.message));
}

/// The problem at `path` among several.
#[track_caller]
fn at<'p>(problems: &'p [Problem], path: &str) -> &'p Problem {
    let mut matching = problems.iter().filter(|p| p.path == path);
    let found = matching
        .next()
        .unwrap_or_else(|| panic!("no problem at {path}; got:\n{}", listing(problems)));
    assert!(
        matching.next().is_none(),
        "several problems at {path}:\n{}",
        listing(problems)
    );
    found
}

fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

// ---------------------------------------------------------------- the valid file

#[test]
fn the_valid_fixture_loads_without_problems() {
    let exhibit = load("en.json", FIXTURE, &image_exists).unwrap_or_else(|p| panic!("{}", listing(&p)));
    assert_eq!(exhibit.id, "fixture");
    assert_eq!(exhibit.stations.len(), 2);
    assert_eq!(exhibit.comparisons[0].states.len(), 2);
    assert_eq!(exhibit.quiz.questions.len(), 6);
    assert_eq!(exhibit.sources.len(), 2);
}

#[test]
fn the_image_check_sees_the_real_fixture_folder() {
    assert_eq!(image_exists("images/before.svg"), ImageFile::Drawing);
    assert_eq!(image_exists("images/after.svg"), ImageFile::Drawing);
    assert_eq!(image_exists("images/gone.svg"), ImageFile::Missing);
    assert_eq!(image_exists("images"), ImageFile::Missing);
}

// ---------------------------------------------------------------- malformed JSON

#[test]
fn a_missing_comma_is_a_syntax_error_where_the_parser_stopped() {
    let problem = only(&[(
        "\"language\": \"en\",\n  \"title\"",
        "\"language\": \"en\"\n  \"title\"",
    )]);
    // The parser notices on the next line, at the next key.
    assert_problem(&problem, "", 4, 3, "not valid JSON (expected `,` or `}`)");
    assert!(problem.message.contains("missing comma"));
    assert!(
        !problem.message.contains(" at line "),
        "the position is printed only once: {problem}"
    );
}

#[test]
fn a_trailing_comma_is_a_syntax_error_at_the_closing_bracket() {
    let problem = only(&[(r#""licence": ["CC0"],"#, r#""licence": ["CC0",],"#)]);
    assert_problem(&problem, "", 7, 21, "trailing comma");
}

#[test]
fn an_unclosed_brace_is_reported_at_the_end_of_the_file() {
    let text = edited(&[("  ]\n}\n", "  ]\n")]);
    // The text ends with a newline, so the end of the file is the start of line 164.
    assert_eq!(text.lines().count(), 163);
    let problems = problems_in(&text);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_problem(&problems[0], "", 164, 1, "EOF while parsing an object");
}

#[test]
fn a_syntax_error_column_counts_characters_not_bytes() {
    // "Жжж" is three characters but six bytes; editors show characters.
    let problem = only(&[(r#""title": "Fixture exhibit","#, r#""title": "Жжж" "x": 1,"#)]);
    assert_problem(&problem, "", 4, 18, "expected `,` or `}`");
}

#[test]
fn an_empty_file_is_reported_at_its_start() {
    let problems = problems_in("");
    assert_eq!(problems.len(), 1);
    assert_problem(&problems[0], "", 1, 1, "EOF while parsing a value");
}

#[test]
fn the_top_level_must_be_an_object() {
    let problems = problems_in("\n\n  [1, 2]\n");
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_problem(&problems[0], "", 3, 3, "expected an object `{ ... }` for the exhibit");

    let problems = problems_in("\"a string\"");
    assert_problem(&problems[0], "", 1, 1, "expected an object `{ ... }` for the exhibit");
}

// ---------------------------------------------------------------- types and fields

#[test]
fn a_string_where_a_number_belongs() {
    let problem = only(&[(r#""pass_mark": 70,"#, r#""pass_mark": "70","#)]);
    assert_problem(
        &problem,
        "quiz.pass_mark",
        103,
        5,
        r#"expected a whole number, found the text "70""#,
    );
    assert!(problem.message.ends_with("change the value to a whole number"));
}

#[test]
fn a_number_where_a_string_belongs() {
    let problem = only(&[(r#""title": "Fixture exhibit","#, r#""title": 5,"#)]);
    assert_problem(&problem, "title", 4, 3, "expected text in quotes, found the number 5");

    let problem = only(&[(r#""summary": "The second room.","#, r#""summary": 2,"#)]);
    assert_problem(
        &problem,
        "stations[1].summary",
        44,
        7,
        "expected text in quotes, found the number 2",
    );

    let problem = only(&[(r#""x": 100,"#, r#""x": "100","#)]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[1].x",
        93,
        43,
        r#"expected a number, found the text "100""#,
    );
}

#[test]
fn an_object_where_an_array_belongs() {
    let problem = only(&[(r#""credits": ["Written for the tests"],"#, r#""credits": {},"#)]);
    assert_problem(&problem, "credits", 6, 3, "expected a list `[ ... ]`, found an object");
}

#[test]
fn a_negative_image_size_is_the_wrong_kind_of_number() {
    let problem = only(&[(
        "\"width\": 800,\n          \"height\": 500,\n          \"alt\": \"Four",
        "\"width\": -5,\n          \"height\": 500,\n          \"alt\": \"Four",
    )]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].width",
        71,
        11,
        "-5 is not a whole number from 0 to 4294967295",
    );
}

#[test]
fn an_unknown_field_at_the_top_level() {
    let problem = only(&[(
        r#""licence": ["CC0"],"#,
        "\"licence\": [\"CC0\"],\n  \"colour\": \"red\",",
    )]);
    assert_problem(
        &problem,
        "colour",
        8,
        3,
        "unknown field `colour`; check the spelling or remove it (expected one of `$schema`, `id`",
    );
    assert!(problem.message.contains("check the spelling or remove it"));
}

#[test]
fn an_unknown_field_in_a_station() {
    let problem = only(&[(
        r#""summary": "The first room.","#,
        r#""summary": "The first room.", "colour": 1,"#,
    )]);
    assert_problem(&problem, "stations[0].colour", 12, 37, "unknown field `colour`");
    assert!(
        problem.message.contains("`excerpts`"),
        "lists the station's fields: {problem}"
    );
}

#[test]
fn an_unknown_field_in_a_nested_citation() {
    // Misspelling the locator leaves the citation without one: both are said.
    let found = problems(&[(r#""locator": "p. 1""#, r#""page": "p. 1""#)]);
    assert_eq!(
        paths(&found),
        [
            "stations[0].excerpts[0].citation",
            "stations[0].excerpts[0].citation.page"
        ],
        "{}",
        listing(&found)
    );
    assert_problem(
        &found[1],
        "stations[0].excerpts[0].citation.page",
        17,
        45,
        "unknown field `page`; check the spelling or remove it (expected one of `source`, `locator`)",
    );
    assert_problem(
        &found[0],
        "stations[0].excerpts[0].citation",
        17,
        11,
        "cites a source without a `locator`",
    );
}

#[test]
fn an_unknown_field_in_a_quiz_question_points_at_the_field() {
    // Questions are an internally tagged enum: serde's own path stops at the
    // question, and the checker finds the field inside it.
    let problem = only(&[(
        r#""prompt": "Which ones?","#,
        r#""prompt": "Which ones?", "hint": "x","#,
    )]);
    assert_problem(&problem, "quiz.questions[1].hint", 117, 34, "unknown field `hint`");
    assert!(
        problem.message.contains("`answers`"),
        "lists the question's fields: {problem}"
    );
}

#[test]
fn a_question_field_named_like_an_evidence_field_is_found_in_the_question() {
    // `lens` belongs inside `evidence`; written beside it, the error is the
    // question's, not the (valid) `evidence.lens` on the same line.
    let problem = only(&[(
        r#""evidence": { "station": "first", "lens": "speech" }"#,
        r#""evidence": { "station": "first", "lens": "speech" }, "lens": "speech""#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[0].lens",
        112,
        63,
        "unknown field `lens`; check the spelling or remove it (expected one of `type`, `id`",
    );
}

#[test]
fn an_evidence_field_named_like_a_question_field_is_found_in_the_evidence() {
    let problem = only(&[(
        r#""evidence": { "station": "first", "lens": "speech" }"#,
        r#""evidence": { "station": "first", "lens": "speech", "prompt": "x" }"#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[0].evidence.prompt",
        112,
        61,
        "unknown field `prompt`; check the spelling or remove it (expected one of `station`",
    );
}

#[test]
fn wrong_types_inside_a_question_point_at_the_field() {
    let problem = only(&[(r#""prompt": "Which?","#, r#""prompt": 7,"#)]);
    assert_problem(
        &problem,
        "quiz.questions[0].prompt",
        108,
        9,
        "expected text in quotes, found the number 7",
    );

    let problem = only(&[(r#""prompt": "Which?","#, r#""prompt": null,"#)]);
    assert_problem(
        &problem,
        "quiz.questions[0].prompt",
        108,
        9,
        "expected text in quotes, found null",
    );

    let problem = only(&[(r#""answer": true,"#, r#""answer": "yes","#)]);
    assert_problem(
        &problem,
        "quiz.questions[2].answer",
        127,
        9,
        r#"expected true or false, found the text "yes""#,
    );

    let problem = only(&[(
        r#""evidence": { "station": "first", "lens": "speech" }"#,
        r#""evidence": { "station": 5, "lens": "speech" }"#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[0].evidence.station",
        112,
        23,
        "found the number 5",
    );
}

#[test]
fn a_wrong_type_is_told_apart_from_an_equal_valid_value() {
    // `"answer": "a"` is valid and comes first; the culprit is `choices`.
    let problem = only(&[(
        r#""choices": [{ "id": "a", "text": "A" }, { "id": "b", "text": "B" }],"#,
        r#""choices": "a","#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[0].choices",
        109,
        9,
        r#"expected a list `[ ... ]`, found the text "a""#,
    );
}

#[test]
fn equal_wrong_values_in_one_question_are_each_reported() {
    // Found by the fuzzer: two zeros where text belongs. Both fields are
    // named, each at its own line.
    let problems = problems(&[
        (r#""prompt": "Which?","#, r#""prompt": 0,"#),
        (r#""explanation": "Because A.","#, r#""explanation": 0,"#),
    ]);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems[0],
        "quiz.questions[0].prompt",
        108,
        9,
        "expected text in quotes, found the number 0",
    );
    assert_problem(
        &problems[1],
        "quiz.questions[0].explanation",
        111,
        9,
        "expected text in quotes, found the number 0",
    );
}

#[test]
fn an_unknown_question_type() {
    let problem = only(&[(r#""type": "ordering","#, r#""type": "sorting","#)]);
    assert_problem(
        &problem,
        "quiz.questions[3].type",
        132,
        9,
        "unknown question type `sorting`; use one of",
    );
    assert!(problem.message.contains("`spot_the_change`"));
    assert!(problem.message.contains("use one of `single_choice`"));
}

#[test]
fn an_unknown_lens_in_a_which_voice_answer() {
    let problem = only(&[(r#""answer": "official","#, r#""answer": "officials","#)]);
    assert_problem(
        &problem,
        "quiz.questions[4].answer",
        144,
        9,
        "unknown value `officials`; use one of `official`, `speech`, `historians`",
    );

    let problem = only(&[(r#""lens": "official" }"#, r#""lens": "stalin" }"#)]);
    assert_problem(
        &problem,
        "quiz.questions[4].evidence.lens",
        146,
        43,
        "unknown value `stalin`",
    );
}

#[test]
fn a_missing_required_field_points_at_its_object() {
    let problem = only(&[("\n      \"summary\": \"The second room.\",", "")]);
    assert_problem(&problem, "stations[1]", 41, 5, "missing field `summary`; add it");

    let problem = only(&[("\n        \"type\": \"ordering\",", "")]);
    assert_problem(&problem, "quiz.questions[3]", 131, 7, "missing field `type`");

    let problem = only(&[(r#""pass_mark": 70,"#, "")]);
    assert_problem(&problem, "quiz", 101, 3, "missing field `pass_mark`");
}

// ---------------------------------------------------------------- references

#[test]
fn a_dangling_source_in_a_claim() {
    let problem = only(&[(
        r#""sources": [{ "source": "speech", "locator": "p. 2" }], "answers""#,
        r#""sources": [{ "source": "nope", "locator": "p. 2" }], "answers""#,
    )]);
    assert_problem(
        &problem,
        "stations[0].lenses.speech[0].sources[0].source",
        33,
        80,
        "no source has id `nope`; add it to `sources` or fix the id",
    );
}

#[test]
fn a_dangling_source_in_a_paragraph() {
    let problem = only(&[(
        r#"{ "text": "More context.", "sources": [{ "source": "book", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
        r#"{ "text": "More context.", "sources": [{ "source": "nope", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].context[0].sources[0].source",
        49,
        50,
        "no source has id `nope`",
    );
}

#[test]
fn a_dangling_source_in_an_excerpt_citation() {
    let problem = only(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }"#,
        r#""citation": { "source": "nope", "locator": "p. 3" }"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].excerpts[0].citation.source",
        46,
        72,
        "no source has id `nope`",
    );
}

#[test]
fn a_dangling_station_in_the_timeline() {
    let problem = only(&[(r#""station": "first", "sources""#, r#""station": "third", "sources""#)]);
    assert_problem(
        &problem,
        "timeline[0].station",
        99,
        140,
        "no station has id `third`; use the id of an entry in `stations`",
    );
}

#[test]
fn a_dangling_station_in_quiz_evidence() {
    let problem = only(&[(
        "\"evidence\": { \"station\": \"second\" }\n      },\n      {\n        \"type\": \"ordering\"",
        "\"evidence\": { \"station\": \"third\" }\n      },\n      {\n        \"type\": \"ordering\"",
    )]);
    assert_problem(
        &problem,
        "quiz.questions[2].evidence.station",
        129,
        23,
        "no station has id `third`",
    );
}

#[test]
fn a_dangling_comparison_in_a_station() {
    let problem = only(&[(r#""comparisons": ["pair"],"#, r#""comparisons": ["pairs"],"#)]);
    assert_problem(
        &problem,
        "stations[0].comparisons[0]",
        27,
        23,
        "no comparison has id `pairs`; use the id of an entry in `comparisons`",
    );
}

#[test]
fn a_claim_answering_a_claim_that_does_not_exist() {
    let problem = only(&[(r#""answers": "first-official""#, r#""answers": "first-officia""#)]);
    assert_problem(
        &problem,
        "stations[0].lenses.speech[0].answers",
        33,
        122,
        "no claim `first-officia` in another lens of station `first`",
    );
}

#[test]
fn a_claim_answering_a_claim_of_its_own_lens() {
    let problem = only(&[(
        r#"{ "id": "first-official", "text": "The official line.", "date": "1938", "sources": [{ "source": "speech", "locator": "p. 2" }], "known": { "soviet": "at-the-time", "west": "at-the-time" } }"#,
        r#"{ "id": "first-official", "text": "The official line.", "date": "1938", "sources": [{ "source": "speech", "locator": "p. 2" }], "known": { "soviet": "at-the-time", "west": "at-the-time" } }, { "id": "first-official-2", "text": "More.", "date": "1938", "sources": [{ "source": "speech", "locator": "p. 2" }], "answers": "first-official", "known": { "soviet": "at-the-time", "west": "at-the-time" } }"#,
    )]);
    assert_problem(
        &problem,
        "stations[0].lenses.official[1].answers",
        30,
        319,
        "no claim `first-official` in another lens of station `first`",
    );
}

#[test]
fn a_claim_answering_a_claim_of_another_station() {
    let problem = only(&[(r#""answers": "first-speech""#, r#""answers": "second-speech""#)]);
    assert_problem(
        &problem,
        "stations[0].lenses.historians[0].answers",
        36,
        121,
        "no claim `second-speech`",
    );
}

// ---------------------------------------------------------------- unique ids

#[test]
fn a_duplicate_station_id() {
    let found = problems(&[(r#""id": "second","#, r#""id": "first","#)]);
    assert_eq!(
        paths(&found),
        [
            "stations[1].id",
            "quiz.questions[2].evidence.station",
            "quiz.questions[3].evidence.station"
        ],
        "{}",
        listing(&found)
    );
    assert_problem(
        &found[0],
        "stations[1].id",
        42,
        7,
        "id `first` is already used in the exhibit at line 10 (stations[0].id); give this one another id",
    );
}

#[test]
fn a_duplicate_claim_id_across_stations() {
    let problem = only(&[(r#""id": "second-speech""#, r#""id": "first-speech""#)]);
    assert_problem(
        &problem,
        "stations[1].lenses.speech[0].id",
        53,
        22,
        "id `first-speech` is already used in the exhibit at line 33 (stations[0].lenses.speech[0].id)",
    );
}

#[test]
fn a_glossary_term_id_shares_the_namespace_of_stations() {
    let found = problems(&[(r#""id": "cult-of-personality""#, r#""id": "second""#)]);
    assert_problem(
        at(&found, "stations[1].id"),
        "stations[1].id",
        42,
        7,
        "id `second` is already used in the exhibit at line 25 (stations[0].glossary[0].id)",
    );
}

#[test]
fn a_duplicate_source_id() {
    let found = problems(&[(r#"{ "id": "book","#, r#"{ "id": "speech","#)]);
    assert_problem(
        at(&found, "sources[1].id"),
        "sources[1].id",
        162,
        7,
        "id `speech` is already used in sources at line 161 (sources[0].id)",
    );
    // Every former reference to `book` now dangles, and each is named.
    assert_eq!(
        found
            .iter()
            .filter(|p| p.message.contains("no source has id `book`"))
            .count(),
        8
    );
}

#[test]
fn a_duplicate_choice_id_within_a_question() {
    let found = problems(&[(
        r#"{ "id": "b", "text": "B" }, { "id": "c""#,
        r#"{ "id": "a", "text": "B" }, { "id": "c""#,
    )]);
    assert_eq!(
        paths(&found),
        ["quiz.questions[1].choices[1].id", "quiz.questions[1].answers[1]"]
    );
    assert_problem(
        &found[0],
        "quiz.questions[1].choices[1].id",
        118,
        51,
        "id `a` is already used in this question at line 118 (quiz.questions[1].choices[0].id)",
    );
}

#[test]
fn a_duplicate_question_id() {
    let problem = only(&[(r#""id": "q-spot","#, r#""id": "q-single","#)]);
    assert_problem(
        &problem,
        "quiz.questions[5].id",
        150,
        9,
        "already used in the quiz at line 107",
    );
}

#[test]
fn ids_must_be_link_safe() {
    let problem = only(&[(r#""id": "second-official""#, r#""id": "Second Official""#)]);
    assert_problem(
        &problem,
        "stations[1].lenses.official[0].id",
        52,
        24,
        "`Second Official` cannot be used in a link; use lowercase letters, digits and hyphens",
    );

    let found = problems(&[(r#""id": "second","#, r#""id": "Second","#)]);
    assert_problem(
        at(&found, "stations[1].id"),
        "stations[1].id",
        42,
        7,
        "`Second` cannot be used in a link",
    );

    let problem = only(&[(r#""id": "q-single","#, r#""id": "q single","#)]);
    assert_problem(
        &problem,
        "quiz.questions[0].id",
        107,
        9,
        "`q single` cannot be used in a link",
    );
}

// ---------------------------------------------------------------- images

#[test]
fn a_missing_image_file() {
    let problem = only(&[(r#""image": "images/after.svg","#, r#""image": "images/gone.svg","#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[1].image",
        82,
        11,
        "image file `assets/images/gone.svg` does not exist",
    );
}

#[test]
fn unsafe_image_paths_are_refused_without_touching_the_disk() {
    for image in [
        "../x.svg",
        "images/../../etc/passwd",
        "https://evil.example/x.svg",
        "//evil.example/x.svg",
        "/abs.svg",
        r"images\\after.svg",
    ] {
        let text = edited(&[(r#""image": "images/after.svg","#, &format!(r#""image": "{image}","#))]);
        let asked = RefCell::new(Vec::new());
        let exists = |path: &str| {
            asked.borrow_mut().push(path.to_string());
            image_exists(path)
        };
        let found = load("en.json", &text, &exists).expect_err(image);
        assert_eq!(found.len(), 1, "{}", listing(&found));
        assert_problem(
            &found[0],
            "comparisons[0].states[1].image",
            82,
            11,
            "must be a path inside assets/, like `images/name.svg`",
        );
        assert_eq!(
            *asked.borrow(),
            ["images/before.svg"],
            "{image} must not reach the file system"
        );
    }
}

#[test]
fn a_zero_image_size() {
    let problem = only(&[(
        "\"width\": 800,\n          \"height\": 500,\n          \"alt\": \"Four",
        "\"width\": 0,\n          \"height\": 500,\n          \"alt\": \"Four",
    )]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].width",
        71,
        11,
        "must be more than 0",
    );
}

#[test]
fn a_comparison_with_only_one_state() {
    let found = problems(&[(
        "        },\n        {\n          \"id\": \"after\",\n          \"label\": \"After\",\n          \"date\": \"1940\",\n          \"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 500,\n          \"alt\": \"Three figures\",\n          \"description\": \"Three figures stand on a bank.\",\n          \"caption\": \"The retouched version.\",\n          \"credit\": \"Drawn for the tests\", \"known\": { \"soviet\": \"speech-given\", \"west\": \"speech-given\" }\n        }\n",
        "        }\n",
    )]);
    assert_problem(
        &found[0],
        "comparisons[0].states",
        65,
        7,
        "needs at least two image states to compare",
    );
    // The hotspots and the question that used the removed state say so too.
    assert_eq!(
        paths(&found),
        [
            "comparisons[0].states",
            "comparisons[0].hotspots[0].state",
            "comparisons[0].hotspots[1].state",
            "quiz.questions[5].state",
        ]
    );
    assert!(found[1]
        .message
        .contains("no state `after` in comparison `pair`; use one of: before"));
}

// ---------------------------------------------------------------- scans

/// A folder standing for `assets/`: the fixture's two drawings and
/// `images/scan.jpg`, a real JPEG of `width` × `height` pixels, made
/// `bytes` long when given (the rest of the file is zeros: the checker
/// reads only the header).
fn assets_with_scan(name: &str, width: u32, height: u32, bytes: Option<u64>) -> std::path::PathBuf {
    let assets = std::env::temp_dir().join(format!("secret-speech-scan-{}-{name}", std::process::id()));
    let images = assets.join("images");
    std::fs::create_dir_all(&images).unwrap();
    for drawing in ["before.svg", "after.svg"] {
        std::fs::write(images.join(drawing), "<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap();
    }
    let scan = images.join("scan.jpg");
    image::RgbImage::from_pixel(width, height, image::Rgb([120, 110, 90]))
        .save(&scan)
        .unwrap();
    if let Some(bytes) = bytes {
        std::fs::OpenOptions::new()
            .write(true)
            .open(&scan)
            .unwrap()
            .set_len(bytes)
            .unwrap();
    }
    assets
}

/// The fixture's second state as the scan, declared `width` × `height`,
/// with `licence` when given.
fn with_scan(width: u32, height: u32, licence: Option<&str>) -> String {
    let licence = licence.map_or(String::new(), |l| format!(",\n          \"licence\": \"{l}\""));
    edited(&[
        (
            "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 500,",
            &format!("\"image\": \"images/scan.jpg\",\n          \"width\": {width},\n          \"height\": {height},"),
        ),
        (
            "\"caption\": \"The retouched version.\",\n          \"credit\": \"Drawn for the tests\"",
            &format!("\"caption\": \"The retouched version.\",\n          \"credit\": \"Archive photograph\"{licence}"),
        ),
    ])
}

/// A PNG `width` × `height` in its header, with no pixels: the checker
/// reads no further than the header.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut body = kind.to_vec();
        body.extend(data);
        let mut crc = !0u32;
        for byte in &body {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend(body);
        out.extend((!crc).to_be_bytes());
        out
    };
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(b"IDAT", &[]));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn load_with(assets: &Path, text: &str) -> Result<Exhibit, Vec<Problem>> {
    let found = load("en.json", text, &|image: &str| probe(assets, image));
    let _ = std::fs::remove_dir_all(assets);
    found
}

/// The one problem `text` has with the files in `assets`: `only`, for scans.
fn only_with(assets: &Path, text: &str) -> Problem {
    let mut found = load_with(assets, text).expect_err("the broken content loaded without problems");
    assert_eq!(found.len(), 1, "expected one problem, got:\n{}", listing(&found));
    found.remove(0)
}

#[test]
fn a_sound_scan_loads() {
    // 1600 × 1000 keeps the drawings' shape (8:5), so the slider lays one over the other.
    let assets = assets_with_scan("sound", 1600, 1000, None);
    let text = with_scan(1600, 1000, Some("Licensed to the museum for exhibition"));
    let exhibit = load_with(&assets, &text).unwrap_or_else(|p| panic!("{}", listing(&p)));
    let state = &exhibit.comparisons[0].states[1];
    assert_eq!(state.licence.as_deref(), Some("Licensed to the museum for exhibition"));
}

#[test]
fn a_scan_whose_size_differs_from_the_content() {
    let assets = assets_with_scan("size", 3200, 2000, None);
    let problem = only_with(&assets, &with_scan(1600, 1000, Some("Licensed")));
    assert_problem(
        &problem,
        "comparisons[0].states[1].width",
        83,
        11,
        "the file (`assets/images/scan.jpg`) is 3200×2000 pixels, but the state says 1600×1000; write its size",
    );
}

#[test]
fn a_scan_too_small_for_the_largest_copy() {
    let assets = assets_with_scan("small", 800, 500, None);
    let problem = only_with(&assets, &with_scan(800, 500, Some("Licensed")));
    assert_problem(
        &problem,
        "comparisons[0].states[1].image",
        82,
        11,
        "the scan shows 800 pixels across; a large screen shows it up to 1600 pixels wide",
    );
}

#[test]
fn a_scan_over_the_size_limit() {
    let assets = assets_with_scan("large", 1600, 1000, Some(41_000_000));
    let problem = only_with(&assets, &with_scan(1600, 1000, Some("Licensed")));
    assert_problem(
        &problem,
        "comparisons[0].states[1].image",
        82,
        11,
        "the file is 41 MB; the build takes scans up to 40 MB",
    );
}

#[test]
fn a_scan_outside_the_images_folder_or_of_too_many_pixels() {
    let assets = assets_with_scan("folder", 1600, 1000, None);
    std::fs::create_dir_all(assets.join("scans")).unwrap();
    std::fs::copy(assets.join("images/scan.jpg"), assets.join("scans/scan.jpg")).unwrap();
    let text = with_scan(1600, 1000, Some("Licensed")).replacen("images/scan.jpg", "scans/scan.jpg", 1);
    let problem = only_with(&assets, &text);
    assert_problem(
        &problem,
        "comparisons[0].states[1].image",
        82,
        11,
        "a scan lives in assets/images/",
    );
    assert!(problem.message.ends_with("move it to `images/scan.jpg`"), "{}", problem);
    // 10,400 × 10,400 is 108 megapixels: a PNG whose header says so (the
    // checker reads no further, and the test need not encode one).
    let assets = assets_with_scan("pixels", 1600, 1000, None);
    std::fs::write(assets.join("images/scan.png"), png_header(10_400, 10_400)).unwrap();
    let text = with_scan(10_400, 10_400, Some("Licensed")).replacen("images/scan.jpg", "images/scan.png", 1);
    let found = load_with(&assets, &text).unwrap_err();
    let problem = at(&found, "comparisons[0].states[1].image");
    assert!(
        problem
            .message
            .contains("the scan is 109 megapixels; the build takes up to 100"),
        "{problem}"
    );
}

#[test]
fn a_scan_without_a_licence() {
    let assets = assets_with_scan("licence", 1600, 1000, None);
    let problem = only_with(&assets, &with_scan(1600, 1000, None));
    assert_problem(
        &problem,
        "comparisons[0].states[1]",
        78,
        9,
        "a photograph or scan needs `licence`",
    );
}

#[test]
fn a_file_that_is_not_an_image() {
    let assets = assets_with_scan("unreadable", 1600, 1000, None);
    std::fs::write(assets.join("images/scan.jpg"), "not a JPEG at all").unwrap();
    let problem = only_with(&assets, &with_scan(1600, 1000, Some("Licensed")));
    assert_problem(
        &problem,
        "comparisons[0].states[1].image",
        82,
        11,
        "`assets/images/scan.jpg` is not an image the exhibit can show",
    );
}

/// `with_scan`, cut to `crop` (`"x": …` members).
fn with_cropped_scan(width: u32, height: u32, crop: &str) -> String {
    with_scan(width, height, Some("Licensed")).replacen(
        "\"licence\": \"Licensed\"",
        &format!("\"licence\": \"Licensed\",\n          \"crop\": {{ {crop} }}"),
        1,
    )
}

#[test]
fn a_scan_of_another_shape_is_cut_to_a_crop() {
    // A 4:3 scan, cut to the drawings' 8:5.
    let assets = assets_with_scan("crop", 3200, 2400, None);
    let text = with_cropped_scan(3200, 2000, r#""x": 0, "y": 200, "width": 3200, "height": 2000"#);
    let exhibit = load_with(&assets, &text).unwrap_or_else(|p| panic!("{}", listing(&p)));
    let crop = exhibit.comparisons[0].states[1].crop.expect("the crop is read");
    assert_eq!((crop.x, crop.y, crop.width, crop.height), (0, 200, 3200, 2000));
}

#[test]
fn a_crop_that_runs_off_the_scan_or_does_not_match_the_state() {
    let assets = assets_with_scan("crop-off", 3200, 2400, None);
    let text = with_cropped_scan(3200, 2000, r#""x": 100, "y": 200, "width": 3200, "height": 2000"#);
    let problem = only_with(&assets, &text);
    assert_problem(
        &problem,
        "comparisons[0].states[1].crop",
        90,
        11,
        "must be a part of the scan, which is 3200×2400 pixels",
    );
    let assets = assets_with_scan("crop-size", 3200, 2400, None);
    let text = with_cropped_scan(1600, 1000, r#""x": 0, "y": 200, "width": 3200, "height": 2000"#);
    let problem = only_with(&assets, &text);
    assert_problem(
        &problem,
        "comparisons[0].states[1].width",
        83,
        11,
        "the crop (`assets/images/scan.jpg`) is 3200×2000 pixels, but the state says 1600×1000",
    );
}

#[test]
fn only_a_scan_is_cut_to_a_crop() {
    let problem = only(&[(
        "\"credit\": \"Drawn for the tests\", \"known\": { \"soviet\": \"speech-given\", \"west\": \"speech-given\" }\n        }\n      ],",
        "\"credit\": \"Drawn for the tests\", \"known\": { \"soviet\": \"speech-given\", \"west\": \"speech-given\" },\n          \"crop\": { \"x\": 0, \"y\": 0, \"width\": 800, \"height\": 500 }\n        }\n      ],",
    )]);
    assert_problem(
        &problem,
        "comparisons[0].states[1].crop",
        89,
        11,
        "only a scan (JPEG, PNG or WebP) is cut to a crop",
    );
}

#[test]
fn states_laid_over_each_other_have_one_shape() {
    let problem = only(&[(
        "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 500,",
        "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 600,",
    )]);
    assert_problem(
        &problem,
        "comparisons[0].states[1].width",
        83,
        11,
        "is 800×600, another shape than the first state's 800×500; the slider lays one over the other",
    );
    // Within 1 % is the same shape (a scan cropped by hand is rarely exact).
    let text = edited(&[(
        "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 500,",
        "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 504,",
    )]);
    assert!(load("en.json", &text, &image_exists).is_ok());
}

#[test]
fn pictures_shown_only_side_by_side_may_differ_in_shape() {
    let text = edited(&[
        (
            "\"image\": \"images/after.svg\",\n          \"width\": 800,\n          \"height\": 500,",
            "\"image\": \"images/after.svg\",\n          \"width\": 500,\n          \"height\": 700,",
        ),
        ("\"states\": [", "\"modes\": [\"side-by-side\"],\n      \"states\": ["),
    ]);
    let found = load("en.json", &text, &image_exists);
    // The hotspots placed for the wider picture fall outside the narrow one; no shape problem.
    let found = found.err().unwrap_or_default();
    assert!(
        found.iter().all(|p| !p.message.contains("another shape")),
        "{}",
        listing(&found)
    );
}

// ---------------------------------------------------------------- hotspots

#[test]
fn a_hotspot_outside_its_image() {
    let problem = only(&[(r#""state": "after", "x": 700,"#, r#""state": "after", "x": 900,"#)]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[0].x",
        92,
        43,
        "900 lies outside the image `after` (800×500); use a value from 0 to 800",
    );

    let problem = only(&[(r#""y": 250, "label": "Left man""#, r#""y": -1, "label": "Left man""#)]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[1].y",
        93,
        53,
        "-1 lies outside the image `after`",
    );

    let problem = only(&[(r#""y": 250, "label": "Left man""#, r#""y": 500.5, "label": "Left man""#)]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[1].y",
        93,
        53,
        "use a value from 0 to 500",
    );
}

#[test]
fn a_hotspot_on_a_state_that_does_not_exist() {
    let found = problems(&[(
        r#"{ "id": "gone", "state": "after""#,
        r#"{ "id": "gone", "state": "during""#,
    )]);
    assert_problem(
        &found[0],
        "comparisons[0].hotspots[0].state",
        92,
        25,
        "no state `during` in comparison `pair`; use one of: before, after",
    );
    // The question that asks about that hotspot is now broken as well.
    assert_eq!(
        paths(&found),
        [
            "comparisons[0].hotspots[0].state",
            "quiz.questions[5].state",
            "quiz.questions[5].answer"
        ]
    );
}

// ---------------------------------------------------------------- quiz

#[test]
fn a_single_choice_answer_not_among_the_choices() {
    let problem = only(&[(r#""answer": "a","#, r#""answer": "z","#)]);
    assert_problem(
        &problem,
        "quiz.questions[0].answer",
        110,
        9,
        "`z` is not one of this question's choices; use one of: a, b",
    );
}

#[test]
fn multiple_choice_answers_empty_unknown_or_repeated() {
    let problem = only(&[(r#""answers": ["a", "b"],"#, r#""answers": [],"#)]);
    assert_problem(
        &problem,
        "quiz.questions[1].answers",
        119,
        9,
        "lists no right choice; name at least one",
    );

    let problem = only(&[(r#""answers": ["a", "b"],"#, r#""answers": ["a", "q"],"#)]);
    assert_problem(
        &problem,
        "quiz.questions[1].answers[1]",
        119,
        26,
        "`q` is not one of this question's choices",
    );

    let problem = only(&[(r#""answers": ["a", "b"],"#, r#""answers": ["a", "b", "a"],"#)]);
    assert_problem(&problem, "quiz.questions[1].answers[2]", 119, 31, "`a` is listed twice");
}

#[test]
fn a_question_with_too_few_choices() {
    let problem = only(&[(
        r#""items": [{ "id": "one", "text": "One" }, { "id": "two", "text": "Two" }],"#,
        r#""items": [{ "id": "one", "text": "One" }],"#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[3].items",
        135,
        9,
        "has 1 entries; give at least 2",
    );
}

#[test]
fn a_spot_the_change_answer_not_on_the_named_state() {
    let problem = only(&[(r#""answer": "gone","#, r#""answer": "nope","#)]);
    assert_problem(
        &problem,
        "quiz.questions[5].answer",
        154,
        9,
        "`nope` is not a hotspot on state `after` of `pair`",
    );

    let found = problems(&[(
        "\"state\": \"after\",\n        \"answer\": \"gone\"",
        "\"state\": \"before\",\n        \"answer\": \"gone\"",
    )]);
    assert_eq!(paths(&found), ["quiz.questions[5].state", "quiz.questions[5].answer"]);
    assert_problem(
        &found[1],
        "quiz.questions[5].answer",
        154,
        9,
        "`gone` is not a hotspot on state `before`",
    );
}

#[test]
fn a_spot_the_change_state_with_fewer_than_two_hotspots() {
    let problem = only(&[(
        r#"{ "id": "left", "state": "after""#,
        r#"{ "id": "left", "state": "before""#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[5].state",
        153,
        9,
        "state `after` of `pair` has 1 hotspot(s); the visitor needs at least two places to choose from",
    );
}

#[test]
fn a_spot_the_change_question_on_an_unknown_comparison() {
    let problem = only(&[(
        r#""comparison": "pair",
        "state""#,
        r#""comparison": "pairs",
        "state""#,
    )]);
    assert_problem(
        &problem,
        "quiz.questions[5].comparison",
        152,
        9,
        "no comparison has id `pairs`",
    );
}

#[test]
fn an_evidence_step_without_a_comparison() {
    let problem = only(&[(r#""comparison": "pair", "step": "before""#, r#""step": "before""#)]);
    assert_problem(
        &problem,
        "quiz.questions[5].evidence.step",
        156,
        43,
        "a step needs a `comparison` beside it; add one",
    );
}

#[test]
fn an_evidence_step_that_is_not_a_state_of_the_comparison() {
    let problem = only(&[(r#""step": "before""#, r#""step": "during""#)]);
    assert_problem(
        &problem,
        "quiz.questions[5].evidence.step",
        156,
        65,
        "no state `during` in comparison `pair`; name one of its states",
    );
}

#[test]
fn a_pass_mark_that_is_not_a_percentage() {
    let problem = only(&[(r#""pass_mark": 70,"#, r#""pass_mark": 150,"#)]);
    assert_problem(
        &problem,
        "quiz.pass_mark",
        103,
        5,
        "150 is not a whole number from 0 to 100",
    );

    // Beyond a byte it is a type error, still at the same place.
    let problem = only(&[(r#""pass_mark": 70,"#, r#""pass_mark": 300,"#)]);
    assert_problem(
        &problem,
        "quiz.pass_mark",
        103,
        5,
        "300 is not a whole number from 0 to 100",
    );
}

// ---------------------------------------------------------------- text

#[test]
fn an_empty_title() {
    let problem = only(&[(r#""title": "Fixture exhibit","#, r#""title": "","#)]);
    assert_problem(
        &problem,
        "title",
        4,
        3,
        "is empty; write the text, or remove the field if it is optional",
    );
}

#[test]
fn whitespace_only_text() {
    let problem = only(&[(r#""text": "Quoted words.","#, r#""text": "  \t \n ","#)]);
    assert_problem(&problem, "stations[0].excerpts[0].text", 15, 11, "is empty");
}

#[test]
fn an_empty_optional_string_is_still_empty() {
    let problem = only(&[(r#""locator": "p. 1""#, r#""locator": " ""#)]);
    assert_problem(
        &problem,
        "stations[0].excerpts[0].citation.locator",
        17,
        45,
        "remove the field if it is optional",
    );
}

#[test]
fn a_claim_with_an_empty_source_list() {
    let problem = only(&[(
        r#"{ "id": "second-official", "text": "Official.", "date": "1938-11", "sources": [{ "source": "speech", "locator": "p. 2" }], "known": { "soviet": "at-the-time", "west": "at-the-time" } }"#,
        r#"{ "id": "second-official", "text": "Official.", "date": "1938-11", "sources": [], "known": { "soviet": "at-the-time", "west": "at-the-time" } }"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].lenses.official[0].sources",
        52,
        89,
        "cites no source; add at least one `{ \"source\": id, \"locator\": page or section }`",
    );
}

#[test]
fn an_unclosed_glossary_mark() {
    let problem = only(&[(
        "About the [[cult|cult-of-personality]].",
        "About the [[cult|cult-of-personality.",
    )]);
    assert_problem(
        &problem,
        "stations[0].context[0].text",
        22,
        11,
        "glossary mark opened with `[[` at character 10 is never closed; end it with `]]`",
    );
}

#[test]
fn an_empty_glossary_mark() {
    let problem = only(&[("About the [[cult|cult-of-personality]].", "About the [[ ]].")]);
    assert_problem(
        &problem,
        "stations[0].context[0].text",
        22,
        11,
        "glossary mark at character 10 is empty",
    );
}

#[test]
fn a_glossary_mark_naming_an_unknown_term() {
    let problem = only(&[(
        "About the [[cult|cult-of-personality]].",
        "About the [[cult|cult-of-persona]].",
    )]);
    assert_problem(
        &problem,
        "stations[0].context[0].text",
        22,
        11,
        "glossary mark `[[cult-of-persona]]` names no term; add `cult-of-persona` to a station's `glossary`",
    );

    // Marks are checked in every prose field, not only in context.
    let problem = only(&[("A man stood here.", "A [[nkvd]] man stood here.")]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[0].explanation",
        92,
        81,
        "`[[nkvd]]` names no term",
    );
}

#[test]
fn timeline_dates_must_be_sortable() {
    let problem = only(&[(r#""1956-02-25""#, r#""1956-13-01""#)]);
    assert_problem(
        &problem,
        "timeline[0].date",
        99,
        29,
        "`1956-13-01` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
    );

    let problem = only(&[(r#""1956-02-25""#, r#""Feb 1956""#)]);
    assert_problem(&problem, "timeline[0].date", 99, 29, "`Feb 1956` is not a date");

    let problem = only(&[(r#""1956-02-25""#, r#""1956-2-25""#)]);
    assert_problem(&problem, "timeline[0].date", 99, 29, "`1956-2-25` is not a date");

    for good in ["1956", "1956-02", "1956-02-25"] {
        let text = edited(&[(r#""1956-02-25""#, &format!("{good:?}"))]);
        assert!(
            load("en.json", &text, &image_exists).is_ok(),
            "{good} is a sortable date"
        );
    }
}

#[test]
fn a_source_url_that_is_not_a_web_address() {
    let problem = only(&[(r#""url": "https://example.org/book""#, r#""url": "example.org/book""#)]);
    assert_problem(
        &problem,
        "sources[1].url",
        162,
        44,
        "`example.org/book` is not a web address; it must start with https://",
    );

    let problem = only(&[(
        r#""url": "https://example.org/book""#,
        r#""url": "javascript:alert(1)""#,
    )]);
    assert_problem(&problem, "sources[1].url", 162, 44, "is not a web address");
}

#[test]
fn a_lens_with_no_claims() {
    let problem = only(&[(
        r#""historians": [{ "id": "second-historians", "text": "Historians.", "sources": [{ "source": "book", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }]"#,
        r#""historians": []"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].lenses.historians",
        54,
        9,
        "has no claim; each lens needs at least one",
    );
}

#[test]
fn a_station_with_no_excerpt_or_context() {
    let found = problems(&[
        (
            r#"{ "text": "More words.", "speaker": "A speaker", "citation": { "source": "speech", "locator": "p. 3" }, "translation": true, "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
            "",
        ),
        (
            r#"{ "text": "More context.", "sources": [{ "source": "book", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
            "",
        ),
    ]);
    assert_eq!(paths(&found), ["stations[1].excerpts", "stations[1].context"]);
    assert_problem(&found[0], "stations[1].excerpts", 45, 7, "has no excerpt");
    assert_problem(&found[1], "stations[1].context", 48, 7, "has no paragraph");
}

// ---------------------------------------------------------------- many at once

#[test]
fn structural_problems_in_different_stations_are_all_reported() {
    let found = problems(&[
        (
            r#""summary": "The first room.","#,
            r#""summary": "The first room.", "colour": 1,"#,
        ),
        (r#""summary": "The second room.","#, r#""summary": 2,"#),
        (
            r#""prompt": "Which ones?","#,
            r#""prompt": "Which ones?", "hint": "x","#,
        ),
        (r#""title": "Fixture exhibit","#, r#""title": "","#),
        (r#""orientation": "horizontal","#, r#""orientation": "diagonal","#),
    ]);
    assert_eq!(
        paths(&found),
        [
            "title",
            "stations[0].colour",
            "stations[1].summary",
            "comparisons[0].orientation",
            "quiz.questions[1].hint",
        ],
        "{}",
        listing(&found)
    );
    assert_problem(&found[0], "title", 4, 3, "is empty");
    assert_problem(&found[1], "stations[0].colour", 12, 37, "unknown field `colour`");
    assert_problem(&found[2], "stations[1].summary", 44, 7, "expected text in quotes");
    assert_problem(
        &found[3],
        "comparisons[0].orientation",
        64,
        7,
        "unknown value `diagonal`; use one of `horizontal`, `vertical`",
    );
    assert_problem(&found[4], "quiz.questions[1].hint", 117, 34, "unknown field `hint`");
}

#[test]
fn reference_problems_everywhere_are_all_reported_sorted_by_line() {
    let found = problems(&[
        // Listed out of file order on purpose.
        (r#""answer": "a","#, r#""answer": "z","#),
        (
            r#""citation": { "source": "speech", "locator": "p. 3" }"#,
            r#""citation": { "source": "nope", "locator": "p. 3" }"#,
        ),
        (r#""comparisons": ["pair"],"#, r#""comparisons": ["pairs"],"#),
        (r#""state": "after", "x": 700,"#, r#""state": "after", "x": 900,"#),
        (r#""1956-02-25""#, r#""Feb 1956""#),
        (r#""url": "https://example.org/book""#, r#""url": "example.org/book""#),
    ]);
    assert_eq!(
        paths(&found),
        [
            "stations[0].comparisons[0]",
            "stations[1].excerpts[0].citation.source",
            "comparisons[0].hotspots[0].x",
            "timeline[0].date",
            "quiz.questions[0].answer",
            "sources[1].url",
        ],
        "{}",
        listing(&found)
    );
    let lines: Vec<usize> = found.iter().map(|p| p.line).collect();
    assert_eq!(lines, [27, 46, 92, 99, 110, 162]);
    assert!(found
        .windows(2)
        .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)));
}

#[test]
fn problems_on_one_line_are_sorted_by_column() {
    let found = problems(&[(
        r#"{ "id": "gone", "state": "after", "x": 700, "y": 250,"#,
        r#"{ "id": "gone", "state": "after", "x": 900, "y": 600,"#,
    )]);
    assert_eq!(
        paths(&found),
        ["comparisons[0].hotspots[0].x", "comparisons[0].hotspots[0].y"]
    );
    assert_eq!((found[0].line, found[0].column), (92, 43));
    assert_eq!((found[1].line, found[1].column), (92, 53));
}

#[test]
fn an_impossible_day_is_not_a_date() {
    let problem = only(&[(r#""date": "1956-02-25""#, r#""date": "1956-02-30""#)]);
    assert_problem(&problem, "timeline[0].date", 99, 29, "`1956-02-30` is not a date");
    let leap = load(
        "en.json",
        &edited(&[(r#""date": "1956-02-25""#, r#""date": "1956-02-29""#)]),
        &image_exists,
    );
    assert!(leap.is_ok(), "1956 was a leap year: {leap:?}");
}

#[test]
fn an_image_state_id_must_be_link_safe() {
    let problem = only(&[
        (r#""id": "after","#, r#""id": "After 1940","#),
        (r#""state": "after", "x": 700"#, r#""state": "After 1940", "x": 700"#),
        (r#""state": "after", "x": 100"#, r#""state": "After 1940", "x": 100"#),
        (r#""state": "after","#, r#""state": "After 1940","#),
    ]);
    assert_problem(
        &problem,
        "comparisons[0].states[1].id",
        79,
        11,
        "cannot be used in a link",
    );
}

#[test]
fn a_key_given_twice_is_reported() {
    let problem = only(&[(
        r#""title": "Fixture exhibit","#,
        r#""title": "Fixture exhibit", "title": "Again","#,
    )]);
    assert_problem(&problem, "title", 4, 31, "appears twice in the same object");
}

// ---------------------------------------------------------------- citations

#[test]
fn a_claim_citing_a_source_without_a_locator() {
    let problem = only(&[(
        r#""sources": [{ "source": "speech", "locator": "p. 2" }], "answers""#,
        r#""sources": [{ "source": "speech" }], "answers""#,
    )]);
    assert_problem(
        &problem,
        "stations[0].lenses.speech[0].sources[0]",
        33,
        78,
        "cites a source without a `locator`; add the page, section or document number where a reader finds the statement",
    );
}

#[test]
fn a_paragraph_citing_a_source_without_a_locator() {
    let problem = only(&[(
        r#"{ "text": "More context.", "sources": [{ "source": "book", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
        r#"{ "text": "More context.", "sources": [{ "source": "book" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].context[0].sources[0]",
        49,
        48,
        "cites a source without a `locator`",
    );
}

#[test]
fn an_excerpt_citing_a_source_without_a_locator() {
    let problem = only(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }"#,
        r#""citation": { "source": "speech" }"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].excerpts[0].citation",
        46,
        58,
        "cites a source without a `locator`",
    );
}

#[test]
fn a_station_with_an_empty_source_list() {
    // A station's own reading list stays a list of ids, with its own advice.
    let problem = only(&[(r#""sources": ["book"]"#, r#""sources": []"#)]);
    assert_problem(
        &problem,
        "stations[1].sources",
        56,
        7,
        "cites no source; name at least one id from `sources`",
    );
}

#[test]
fn a_hotspot_with_an_empty_source_list() {
    let problem = only(&[(
        r#""explanation": "Still here.", "sources": [{ "source": "book", "locator": "ch. 1" }]"#,
        r#""explanation": "Still here.", "sources": []"#,
    )]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[1].sources",
        93,
        114,
        "cites no source; add at least one `{ \"source\": id, \"locator\": page or section }`",
    );
}

// ---------------------------------------------------------------- translations

#[test]
fn an_excerpt_from_a_translation_shown_as_an_original() {
    let problem = only(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }, "translation": true, "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
        r#""citation": { "source": "speech", "locator": "p. 3" }, "known": { "soviet": "speech-given", "west": "speech-given" } }"#,
    )]);
    // The mark is missing, so the excerpt itself is pointed at.
    assert_problem(
        &problem,
        "stations[1].excerpts[0].translation",
        46,
        9,
        "is shown as an original, but source `speech` gives a translation; set `\"translation\": true`",
    );
}

#[test]
fn an_excerpt_from_an_original_marked_as_a_translation() {
    let problem = only(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }, "translation": true"#,
        r#""citation": { "source": "book", "locator": "p. 3" }, "translation": true"#,
    )]);
    assert_problem(
        &problem,
        "stations[1].excerpts[0].translation",
        46,
        111,
        "marks an original as a translation: source `book` gives the original in `en`; remove `\"translation\": true`",
    );
}

#[test]
fn an_excerpt_in_another_language_than_its_source_is_a_translation() {
    let problem = only(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }, "translation": true"#,
        r#""citation": { "source": "book", "locator": "p. 3" }, "lang": "ru""#,
    )]);
    assert_problem(
        &problem,
        "stations[1].excerpts[0].translation",
        46,
        9,
        "is shown as an original, but source `book` is in `en`, the words in `ru`; set `\"translation\": true`",
    );

    // Marked, the same excerpt is sound.
    let text = edited(&[(
        r#""citation": { "source": "speech", "locator": "p. 3" }, "translation": true"#,
        r#""citation": { "source": "book", "locator": "p. 3" }, "lang": "ru", "translation": true"#,
    )]);
    let loaded = load("en.json", &text, &image_exists);
    assert!(loaded.is_ok(), "{loaded:?}");
}

#[test]
fn a_source_without_a_language() {
    let problem = only(&[(
        r#""url": "https://example.org/book", "language": "en""#,
        r#""url": "https://example.org/book""#,
    )]);
    assert_problem(&problem, "sources[1]", 162, 5, "missing field `language`; add it");
}

// ---------------------------------------------------------------- claim dates

#[test]
fn an_official_claim_without_a_date() {
    let problem = only(&[(
        r#""text": "The official line.", "date": "1938", "#,
        r#""text": "The official line.", "#,
    )]);
    assert_problem(
        &problem,
        "stations[0].lenses.official[0]",
        30,
        11,
        "an official claim needs a `date` (YYYY, YYYY-MM or YYYY-MM-DD): when the state said it",
    );
}

#[test]
fn a_claim_with_an_impossible_date() {
    let problem = only(&[(r#""date": "1938-11""#, r#""date": "1938-02-30""#)]);
    assert_problem(
        &problem,
        "stations[1].lenses.official[0].date",
        52,
        70,
        "`1938-02-30` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
    );

    // A date is optional outside the official lens, but checked when given.
    let problem = only(&[(
        r#"{ "id": "second-speech", "text": "Speech.", "#,
        r#"{ "id": "second-speech", "text": "Speech.", "date": "June 1956", "#,
    )]);
    assert_problem(
        &problem,
        "stations[1].lenses.speech[0].date",
        53,
        64,
        "`June 1956` is not a date",
    );
}

// ---------------------------------------------------------------- image labels

#[test]
fn a_label_outside_its_image() {
    let problem = only(&[(r#""y": 420,"#, r#""y": 520,"#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].labels[1].y",
        76,
        157,
        "520 lies outside the image `before` (800×500); use a value from 0 to 500",
    );
    let problem = only(&[(r#""x": 500, "y": 40"#, r#""x": -10, "y": 40"#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].labels[0].x",
        76,
        80,
        "-10 lies outside the image `before`",
    );
}

#[test]
fn an_unknown_label_anchor_or_tone() {
    let problem = only(&[(r#""anchor": "middle""#, r#""anchor": "centre""#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].labels[1].anchor",
        76,
        167,
        "unknown value `centre`; use one of `start`, `middle`, `end`",
    );
    let problem = only(&[(r#""tone": "faded""#, r#""tone": "grey""#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].labels[1].tone",
        76,
        187,
        "unknown value `grey`; use one of `ink`, `paper`, `red`, `faded`",
    );
}

#[test]
fn a_label_size_must_be_a_whole_number_of_pixels() {
    let problem = only(&[(r#""size": 18"#, r#""size": 18.5"#)]);
    assert_problem(
        &problem,
        "comparisons[0].states[0].labels[0].size",
        76,
        99,
        "is not a whole number from 0 to 500",
    );
}

// ---------------------------------------------------------------- comparison modes and markers

#[test]
fn a_mode_listed_twice_or_unknown() {
    let problem = only(&[(
        r#""id": "pair","#,
        r#""id": "pair", "modes": ["side-by-side", "slider", "side-by-side"],"#,
    )]);
    assert_problem(
        &problem,
        "comparisons[0].modes[2]",
        61,
        57,
        "`side-by-side` is listed twice; list each mode once",
    );
    let problem = only(&[(r#""id": "pair","#, r#""id": "pair", "modes": ["carousel"],"#)]);
    assert_problem(
        &problem,
        "comparisons[0].modes[0]",
        61,
        31,
        "unknown value `carousel`; use one of `slider`, `side-by-side`, `steps`",
    );
}

#[test]
fn a_divider_start_is_a_percent() {
    let problem = only(&[(r#""id": "pair","#, r#""id": "pair", "divider": 120,"#)]);
    assert_problem(
        &problem,
        "comparisons[0].divider",
        61,
        21,
        "120 is not a whole number from 0 to 100",
    );
}

#[test]
fn a_hotspot_marker_outside_its_image() {
    let problem = only(&[(
        r#""x": 700, "y": 250, "label": "Water""#,
        r#""x": 700, "y": 250, "marker": { "x": 900, "y": 250 }, "label": "Water""#,
    )]);
    assert_problem(
        &problem,
        "comparisons[0].hotspots[0].marker.x",
        92,
        75,
        "900 lies outside the image `after` (800×500)",
    );
}

// ---- kiosk mode ----

/// The fixture with a `kiosk` object (its text, without braces) at the end.
fn with_kiosk(fields: &str) -> String {
    edited(&[(
        "    { \"id\": \"book\", \"citation\": \"A book.\", \"url\": \"https://example.org/book\", \"language\": \"en\" }\n  ]\n}",
        &format!("    {{ \"id\": \"book\", \"citation\": \"A book.\", \"url\": \"https://example.org/book\", \"language\": \"en\" }}\n  ],\n  \"kiosk\": {{ {fields} }}\n}}"),
    )])
}

#[test]
fn a_kiosk_left_out_waits_two_minutes_and_shows_no_code() {
    let exhibit = load("en.json", FIXTURE, &image_exists).expect("the fixture loads");
    assert_eq!(exhibit.kiosk.idle_seconds, 120);
    assert_eq!(exhibit.kiosk.public_url, None);
    let exhibit = load(
        "en.json",
        &with_kiosk(r#""public_url": "https://museum.example/ex/""#),
        &image_exists,
    )
    .expect("a kiosk with an address loads");
    assert_eq!(exhibit.kiosk.idle_seconds, 120);
    assert_eq!(exhibit.kiosk.public_url.as_deref(), Some("https://museum.example/ex/"));
}

#[test]
fn a_kiosk_idle_time_outside_half_a_minute_to_an_hour_is_named() {
    for seconds in ["10", "7200"] {
        let found = problems_in(&with_kiosk(&format!(r#""idle_seconds": {seconds}"#)));
        assert_eq!(found.len(), 1, "{}", listing(&found));
        assert_problem(&found[0], "kiosk.idle_seconds", 164, 14, "is outside 30 to 3600");
    }
    let found = problems_in(&with_kiosk(r#""idle_seconds": "two minutes""#));
    assert_problem(&found[0], "kiosk.idle_seconds", 164, 14, "expected a whole number");
}

#[test]
fn a_kiosk_public_address_must_be_a_web_folder() {
    for url in [
        "museum.example/ex/",
        "https://museum.example/ex",
        "https://museum.example/ex/?a=b/",
    ] {
        let found = problems_in(&with_kiosk(&format!(r#""public_url": "{url}""#)));
        assert_eq!(found.len(), 1, "{url}: {}", listing(&found));
        assert_problem(&found[0], "kiosk.public_url", 164, 14, "is not the address of a folder");
    }
}

// ------------------------------------------------------- from when it was known

/// The second station's paragraph, whose `known` the tests below change.
const PARAGRAPH: &str = r#"{ "text": "More context.", "sources": [{ "source": "book", "locator": "ch. 1" }], "known": { "soviet": "speech-given", "west": "speech-given" } }"#;

fn paragraph_known(known: &str) -> String {
    edited(&[(
        PARAGRAPH,
        &format!(
            r#"{{ "text": "More context.", "sources": [{{ "source": "book", "locator": "ch. 1" }}], "known": {known} }}"#
        ),
    )])
}

#[test]
fn a_known_date_names_a_dated_event_or_source() {
    let found = problems_in(&paragraph_known(r#"{ "soviet": "the-thaw", "west": "speech-given" }"#));
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_problem(
        &found[0],
        "stations[1].context[0].known.soviet",
        49,
        102,
        "`the-thaw` is neither a timeline event nor a source",
    );
    let found = problems_in(&paragraph_known(r#"{ "soviet": "speech-given", "west": "book" }"#));
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_problem(
        &found[0],
        "stations[1].context[0].known.west",
        49,
        128,
        "source `book` has no `published` date",
    );
    // A thing with no date of its own cannot be known "at the time".
    let found = problems_in(&paragraph_known(
        r#"{ "soviet": "at-the-time", "west": "speech-given" }"#,
    ));
    assert_problem(
        &found[0],
        "stations[1].context[0].known.soviet",
        49,
        102,
        "needs a date of the thing's own",
    );
    // A source with a publication date is a fine name.
    let text = paragraph_known(r#"{ "soviet": "book", "west": "book" }"#).replace(
        r#""url": "https://example.org/book", "language": "en" }"#,
        r#""url": "https://example.org/book", "language": "en", "published": "2003" }"#,
    );
    load("en.json", &text, &image_exists).unwrap_or_else(|p| panic!("{}", listing(&p)));
}

#[test]
fn heard_comes_before_published_and_withdrawn_after_shown() {
    for (field, phrase) in [
        ("heard", "is not before `soviet`"),
        ("withdrawn", "is not after `soviet`"),
    ] {
        let found = problems_in(&paragraph_known(&format!(
            r#"{{ "soviet": "speech-given", "west": "speech-given", "{field}": "speech-given" }}"#
        )));
        assert_eq!(found.len(), 1, "{}", listing(&found));
        assert_problem(
            &found[0],
            &format!("stations[1].context[0].known.{field}"),
            49,
            152,
            phrase,
        );
    }
}

#[test]
fn nothing_is_known_before_it_happened() {
    // The official claim of 1938 cannot be known from a source of 1930.
    let text = edited(&[
        (
            r#""date": "1938", "sources": [{ "source": "speech", "locator": "p. 2" }], "known": { "soviet": "at-the-time", "west": "at-the-time" } }"#,
            r#""date": "1938", "sources": [{ "source": "speech", "locator": "p. 2" }], "known": { "soviet": "book", "west": "at-the-time" } }"#,
        ),
        (
            r#""url": "https://example.org/book", "language": "en" }"#,
            r#""url": "https://example.org/book", "language": "en", "published": "1930" }"#,
        ),
    ]);
    let found = problems_in(&text);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_problem(
        &found[0],
        "stations[0].lenses.official[0].known.soviet",
        30,
        150,
        "is before the date of the thing itself (1938)",
    );
    // A publication date must be a date.
    let text = FIXTURE.replace(
        r#""url": "https://example.org/book", "language": "en" }"#,
        r#""url": "https://example.org/book", "language": "en", "published": "about 1930" }"#,
    );
    let found = problems_in(&text);
    assert_problem(&found[0], "sources[1].published", 162, 97, "is not a date");
}
