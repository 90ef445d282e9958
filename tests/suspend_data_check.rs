#![cfg(not(target_arch = "wasm32"))]
//! The checker refuses a quiz whose longest attempt would not fit SCORM
//! 1.2's `suspend_data` (4,096 characters), and says how long it would be.

use secret_speech::core::check::load;
use secret_speech::core::scorm::longest_suspend_data;

const FIXTURE: &str = include_str!("fixtures/exhibit/minimal.json");

#[test]
fn a_quiz_too_long_for_scorm_12_suspend_data_is_a_problem_with_its_size() {
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
    let problems = load("en.json", &text, &|_| true).expect_err("the long quiz must be refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!(problem.path, "quiz.questions");
    assert!(problem.message.contains("suspend_data"), "{problem}");
    assert!(problem.message.contains("4096"), "{problem}");
    // The size is the one computed for the longest attempt, over the limit.
    let exhibit = load("en.json", FIXTURE, &|_| true).expect("the fixture is sound");
    assert!(longest_suspend_data(&exhibit) < 4096);
    let size = problem
        .message
        .split_whitespace()
        .find_map(|w| w.parse::<usize>().ok())
        .expect("a size in the message");
    assert!(size > 4096 && size < 4700, "{problem}");
}
