//! What an LMS is told about a quiz attempt, in SCORM 1.2 and SCORM 2004
//! (4th edition) terms: data-model elements and their values, worked out from
//! the quiz, the attempt and the time spent. The LMS bridge (`browser::lms`)
//! only sends what this returns, so every rule of the mapping is tested here.

use super::content::{Question, Quiz};
use super::quiz::{mark, Attempt, Response};

/// The two run-time APIs an LMS may offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// `window.API`: `LMSInitialize`, `cmi.core.*`.
    Scorm12,
    /// `window.API_1484_11`: `Initialize`, `cmi.*` (2004, 4th edition).
    Scorm2004,
}

/// A data-model element and the value to set, e.g. `("cmi.suspend_data", "{…}")`.
pub type Setting = (String, String);

impl Version {
    /// The element that tells whether the learner has finished.
    pub fn status_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.lesson_status",
            Version::Scorm2004 => "cmi.completion_status",
        }
    }

    pub fn suspend_data_element(self) -> &'static str {
        "cmi.suspend_data"
    }

    /// The LMS's id for the learner.
    pub fn learner_id_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.student_id",
            Version::Scorm2004 => "cmi.learner_id",
        }
    }

    /// The time spent in this session, in the version's own format.
    pub fn session_time(self, seconds: f64) -> Setting {
        match self {
            Version::Scorm12 => setting("cmi.core.session_time", timespan_12(seconds)),
            Version::Scorm2004 => setting("cmi.session_time", duration_2004(seconds)),
        }
    }

    /// "wrong" in 1.2, "incorrect" in 2004: the vocabularies differ.
    fn wrong(self) -> &'static str {
        match self {
            Version::Scorm12 => "wrong",
            Version::Scorm2004 => "incorrect",
        }
    }

    /// How a list of identifiers is written in a response or a pattern.
    fn delimiter(self) -> &'static str {
        match self {
            Version::Scorm12 => ",",
            Version::Scorm2004 => "[,]",
        }
    }

    fn boolean(self, value: bool) -> &'static str {
        match (self, value) {
            (Version::Scorm12, true) => "t",
            (Version::Scorm12, false) => "f",
            (Version::Scorm2004, true) => "true",
            (Version::Scorm2004, false) => "false",
        }
    }
}

fn setting(element: impl Into<String>, value: impl Into<String>) -> Setting {
    (element.into(), value.into())
}

/// Everything the LMS should know after a change to the attempt, in the order
/// it must be set (an interaction's id and type before its response).
///
/// The score is reported only once every question is answered: a 2004 LMS
/// with a passing score derives `success_status` from `score.scaled` as soon
/// as it is set, and would mark a half-finished attempt as failed.
pub fn report(version: Version, quiz: &Quiz, attempt: &Attempt, elapsed_seconds: f64) -> Vec<Setting> {
    let score = attempt.score(quiz);
    let complete = attempt.is_complete();
    let verdict = if score.passed { "passed" } else { "failed" };
    let mut out = Vec::new();
    let score_elements = |prefix: &str, out: &mut Vec<Setting>| {
        out.push(setting(format!("{prefix}.raw"), score.percent.to_string()));
        out.push(setting(format!("{prefix}.min"), "0"));
        out.push(setting(format!("{prefix}.max"), "100"));
    };
    match version {
        Version::Scorm12 => {
            if complete {
                score_elements("cmi.core.score", &mut out);
            }
            out.push(setting(
                "cmi.core.lesson_status",
                if complete { verdict } else { "incomplete" },
            ));
            // A finished attempt ends with the session, so the next launch
            // starts afresh; an unfinished one is kept for the next launch.
            out.push(setting("cmi.core.exit", if complete { "" } else { "suspend" }));
        }
        Version::Scorm2004 => {
            if complete {
                out.push(setting("cmi.score.scaled", hundredths(u64::from(score.percent))));
                score_elements("cmi.score", &mut out);
            }
            out.push(setting(
                "cmi.completion_status",
                if complete { "completed" } else { "incomplete" },
            ));
            out.push(setting(
                "cmi.success_status",
                if complete { verdict } else { "unknown" },
            ));
            out.push(setting("cmi.progress_measure", progress_measure(attempt)));
            out.push(setting("cmi.exit", if complete { "normal" } else { "suspend" }));
        }
    }
    out.push(setting(version.suspend_data_element(), attempt.encode()));
    out.extend(interactions(version, quiz, attempt));
    out.push(version.session_time(elapsed_seconds));
    out
}

/// What to set when a session starts, given the status the LMS holds: a
/// first launch becomes "incomplete" (the learner has begun); a status
/// reported before (passed, failed, completed) is left as it is.
pub fn on_launch(version: Version, status: &str) -> Vec<Setting> {
    let untouched = match version {
        Version::Scorm12 => matches!(status, "" | "not attempted"),
        Version::Scorm2004 => matches!(status, "" | "not attempted" | "unknown"),
    };
    if untouched {
        vec![setting(version.status_element(), "incomplete")]
    } else {
        Vec::new()
    }
}

/// What to set when the visitor starts the quiz over: no stored attempt, and
/// not finished. (SCORM has no way to unset a score; the next result replaces it.)
pub fn on_restart(version: Version) -> Vec<Setting> {
    let mut out = vec![setting(version.suspend_data_element(), "")];
    match version {
        Version::Scorm12 => {
            out.push(setting("cmi.core.lesson_status", "incomplete"));
            out.push(setting("cmi.core.exit", "suspend"));
        }
        Version::Scorm2004 => {
            out.push(setting("cmi.completion_status", "incomplete"));
            out.push(setting("cmi.success_status", "unknown"));
            out.push(setting("cmi.progress_measure", "0"));
            out.push(setting("cmi.exit", "suspend"));
        }
    }
    out
}

/// One interaction record per answered question, numbered in the order they
/// were answered (answers are final once given, so a record never changes).
pub fn interactions(version: Version, quiz: &Quiz, attempt: &Attempt) -> Vec<Setting> {
    let answered = (0..attempt.order.len()).filter_map(|p| Some((attempt.question(quiz, p)?, attempt.response(p)?)));
    let mut out = Vec::new();
    for (n, (question, response)) in answered.enumerate() {
        let at = |name: &str| format!("cmi.interactions.{n}.{name}");
        let given = response_ids(version, response).join(version.delimiter());
        out.push(setting(at("id"), question.id()));
        out.push(setting(at("type"), interaction_type(question)));
        out.push(setting(at("weighting"), "1"));
        // An empty list is no identifier at all; SCORM 2004 refuses it, so a
        // response with nothing ticked is recorded by its result alone.
        if !given.is_empty() {
            let name = match version {
                Version::Scorm12 => "student_response",
                Version::Scorm2004 => "learner_response",
            };
            out.push(setting(at(name), given));
        }
        let result = if mark(question, response).correct {
            "correct"
        } else {
            version.wrong()
        };
        out.push(setting(at("result"), result));
        out.push(setting(
            at("correct_responses.0.pattern"),
            correct_ids(version, question).join(version.delimiter()),
        ));
    }
    out
}

/// SCORM's interaction types: "which voice" and "spot the change" are choices
/// among named options (lenses, hotspots), so `choice` fits them exactly.
fn interaction_type(question: &Question) -> &'static str {
    match question {
        Question::SingleChoice { .. }
        | Question::MultipleChoice { .. }
        | Question::WhichVoice { .. }
        | Question::SpotTheChange { .. } => "choice",
        Question::TrueFalse { .. } => "true-false",
        Question::Ordering { .. } => "sequencing",
    }
}

fn response_ids(version: Version, response: &Response) -> Vec<String> {
    match response {
        Response::Choice(id) => vec![id.clone()],
        Response::Choices(ids) | Response::Order(ids) => ids.clone(),
        Response::TrueFalse(value) => vec![version.boolean(*value).to_string()],
        Response::Voice(lens) => vec![lens.slug().to_string()],
    }
}

fn correct_ids(version: Version, question: &Question) -> Vec<String> {
    match question {
        Question::SingleChoice { answer, .. } | Question::SpotTheChange { answer, .. } => vec![answer.clone()],
        Question::MultipleChoice { answers, .. } => answers.clone(),
        Question::TrueFalse { answer, .. } => vec![version.boolean(*answer).to_string()],
        Question::Ordering { items, .. } => items.iter().map(|item| item.id.clone()).collect(),
        Question::WhichVoice { answer, .. } => vec![answer.slug().to_string()],
    }
}

/// Answered over total, rounded down so it reaches 1 only when every question is answered.
fn progress_measure(attempt: &Attempt) -> String {
    let total = attempt.order.len() as u64;
    if total == 0 {
        return "1".to_string();
    }
    let answered = attempt.responses.iter().filter(|r| r.is_some()).count() as u64;
    hundredths(answered * 100 / total)
}

/// A number of hundredths as a decimal with no trailing zeros: 83 → "0.83",
/// 50 → "0.5", 100 → "1".
fn hundredths(value: u64) -> String {
    let (whole, fraction) = (value / 100, value % 100);
    match fraction {
        0 => format!("{whole}"),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// Whole hundredths of a second; anything not a positive number counts as none.
fn centiseconds(seconds: f64) -> u64 {
    if seconds.is_finite() && seconds > 0.0 {
        (seconds * 100.0).round() as u64
    } else {
        0
    }
}

/// SCORM 1.2's `CMITimespan`, `HHHH:MM:SS.SS`. Four digits of hours is the
/// most the format holds, so a longer session is reported as 9999:59:59.99.
pub fn timespan_12(seconds: f64) -> String {
    let cs = centiseconds(seconds).min(9999 * 360_000 + 359_999);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        cs / 360_000,
        cs / 6_000 % 60,
        cs / 100 % 60,
        cs % 100
    )
}

/// SCORM 2004's `timeinterval (second, 10, 2)`: an ISO 8601 duration such
/// as `PT1H2M3.5S`, hours unbounded, at most two decimals of a second.
pub fn duration_2004(seconds: f64) -> String {
    let cs = centiseconds(seconds);
    let (hours, minutes, secs) = (cs / 360_000, cs / 6_000 % 60, cs % 6_000);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    if secs > 0 || cs == 0 {
        out.push_str(&format!("{}S", hundredths(secs)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::{Exhibit, LensId};
    use std::collections::HashMap;

    use crate::core::fixtures::{minimal as fixture, shipped};

    /// The fixture's answer to a question: right, or wrong where `right` is false.
    fn answer(question: &Question, right: bool) -> Response {
        let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        match (question, right) {
            (Question::SingleChoice { .. }, true) => Response::Choice("a".into()),
            (Question::SingleChoice { .. }, false) => Response::Choice("b".into()),
            (Question::MultipleChoice { .. }, true) => Response::Choices(ids(&["a", "b"])),
            (Question::MultipleChoice { .. }, false) => Response::Choices(ids(&["c"])),
            (Question::TrueFalse { .. }, right) => Response::TrueFalse(right),
            (Question::Ordering { .. }, true) => Response::Order(ids(&["one", "two"])),
            (Question::Ordering { .. }, false) => Response::Order(ids(&["two", "one"])),
            (Question::WhichVoice { .. }, true) => Response::Voice(LensId::Official),
            (Question::WhichVoice { .. }, false) => Response::Voice(LensId::Speech),
            (Question::SpotTheChange { .. }, true) => Response::Choice("gone".into()),
            (Question::SpotTheChange { .. }, false) => Response::Choice("left".into()),
        }
    }

    /// An attempt on the fixture with the first `count` positions answered;
    /// questions whose id is in `wrong` are answered wrongly.
    fn attempt(e: &Exhibit, count: usize, wrong: &[&str]) -> Attempt {
        let mut attempt = Attempt::new(&e.quiz, 5);
        for p in 0..count {
            let question = attempt.question(&e.quiz, p).unwrap();
            let response = answer(question, !wrong.contains(&question.id()));
            attempt.answer(p, response);
        }
        attempt
    }

    fn as_map(settings: &[Setting]) -> HashMap<&str, &str> {
        settings.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }

    #[test]
    fn session_time_in_scorm_12_is_hhhh_mm_ss() {
        assert_eq!(timespan_12(0.0), "0000:00:00.00");
        assert_eq!(timespan_12(59.5), "0000:00:59.50");
        assert_eq!(timespan_12(3661.0), "0001:01:01.00");
        assert_eq!(timespan_12(59.999), "0000:01:00.00");
        // Over 99 hours needs the third and fourth digit.
        assert_eq!(timespan_12(123.5 * 3600.0 + 7.25), "0123:30:07.25");
        assert_eq!(timespan_12(20_000.0 * 3600.0), "9999:59:59.99");
        assert_eq!(timespan_12(-3.0), "0000:00:00.00");
        assert_eq!(timespan_12(f64::NAN), "0000:00:00.00");
    }

    #[test]
    fn session_time_in_scorm_2004_is_an_iso_8601_duration() {
        assert_eq!(duration_2004(0.0), "PT0S");
        assert_eq!(duration_2004(59.5), "PT59.5S");
        assert_eq!(duration_2004(3661.0), "PT1H1M1S");
        assert_eq!(duration_2004(3723.5), "PT1H2M3.5S");
        assert_eq!(duration_2004(60.0), "PT1M");
        assert_eq!(duration_2004(0.257), "PT0.26S");
        assert_eq!(duration_2004(123.5 * 3600.0), "PT123H30M");
        assert_eq!(
            Version::Scorm12.session_time(59.5),
            setting("cmi.core.session_time", "0000:00:59.50")
        );
        assert_eq!(
            Version::Scorm2004.session_time(59.5),
            setting("cmi.session_time", "PT59.5S")
        );
    }

    #[test]
    fn an_unfinished_attempt_is_incomplete_with_no_score() {
        let e = fixture(); // six questions, pass mark 70
        let a = attempt(&e, 2, &[]);
        let r12 = report(Version::Scorm12, &e.quiz, &a, 30.0);
        let m = as_map(&r12);
        assert_eq!(m["cmi.core.lesson_status"], "incomplete");
        assert_eq!(m["cmi.core.exit"], "suspend");
        assert_eq!(m["cmi.suspend_data"], a.encode());
        assert_eq!(m["cmi.core.session_time"], "0000:00:30.00");
        assert!(!m.keys().any(|k| k.starts_with("cmi.core.score")), "{r12:?}");

        let r04 = report(Version::Scorm2004, &e.quiz, &a, 30.0);
        let m = as_map(&r04);
        assert_eq!(m["cmi.completion_status"], "incomplete");
        assert_eq!(m["cmi.success_status"], "unknown");
        assert_eq!(m["cmi.progress_measure"], "0.33");
        assert_eq!(m["cmi.exit"], "suspend");
        assert_eq!(m["cmi.suspend_data"], a.encode());
        assert_eq!(m["cmi.session_time"], "PT30S");
        assert!(!m.keys().any(|k| k.starts_with("cmi.score")), "{r04:?}");
    }

    #[test]
    fn a_finished_attempt_above_the_pass_mark_passes() {
        let e = fixture();
        let a = attempt(&e, 6, &["q-single"]); // 5 of 6: 83%
        let m12 = report(Version::Scorm12, &e.quiz, &a, 3661.0);
        let m = as_map(&m12);
        assert_eq!(m["cmi.core.lesson_status"], "passed");
        assert_eq!(
            (
                m["cmi.core.score.raw"],
                m["cmi.core.score.min"],
                m["cmi.core.score.max"]
            ),
            ("83", "0", "100")
        );
        assert_eq!(m["cmi.core.exit"], "");
        assert_eq!(m["cmi.core.session_time"], "0001:01:01.00");

        let m04 = report(Version::Scorm2004, &e.quiz, &a, 3661.0);
        let m = as_map(&m04);
        assert_eq!(m["cmi.completion_status"], "completed");
        assert_eq!(m["cmi.success_status"], "passed");
        assert_eq!(m["cmi.score.scaled"], "0.83");
        assert_eq!(
            (m["cmi.score.raw"], m["cmi.score.min"], m["cmi.score.max"]),
            ("83", "0", "100")
        );
        assert_eq!(m["cmi.progress_measure"], "1");
        assert_eq!(m["cmi.exit"], "normal");
        assert_eq!(m["cmi.session_time"], "PT1H1M1S");
    }

    #[test]
    fn a_finished_attempt_below_the_pass_mark_fails() {
        let e = fixture();
        let a = attempt(&e, 6, &["q-single", "q-voice", "q-spot"]); // 3 of 6: 50%
        let m12 = report(Version::Scorm12, &e.quiz, &a, 10.0);
        let m = as_map(&m12);
        assert_eq!(m["cmi.core.lesson_status"], "failed");
        assert_eq!(m["cmi.core.score.raw"], "50");
        let m04 = report(Version::Scorm2004, &e.quiz, &a, 10.0);
        let m = as_map(&m04);
        assert_eq!(
            (m["cmi.completion_status"], m["cmi.success_status"]),
            ("completed", "failed")
        );
        assert_eq!(m["cmi.score.scaled"], "0.5");
        // Every question right scales to exactly 1.
        let all = attempt(&e, 6, &[]);
        let r = report(Version::Scorm2004, &e.quiz, &all, 1.0);
        assert_eq!(as_map(&r)["cmi.score.scaled"], "1");
    }

    #[test]
    fn each_answer_is_an_interaction_with_its_result() {
        let e = fixture();
        let a = attempt(&e, 6, &["q-single", "q-true-false"]);
        for version in [Version::Scorm12, Version::Scorm2004] {
            let settings = interactions(version, &e.quiz, &a);
            let m = as_map(&settings);
            let n = |id: &str| {
                (0..6)
                    .find(|n| m[format!("cmi.interactions.{n}.id").as_str()] == id)
                    .unwrap()
            };
            let get = |id: &str, name: &str| m[format!("cmi.interactions.{}.{name}", n(id)).as_str()];
            let (response, wrong, d) = match version {
                Version::Scorm12 => ("student_response", "wrong", ","),
                Version::Scorm2004 => ("learner_response", "incorrect", "[,]"),
            };
            assert_eq!(get("q-single", "type"), "choice");
            assert_eq!(get("q-single", response), "b");
            assert_eq!(get("q-single", "result"), wrong);
            assert_eq!(get("q-single", "correct_responses.0.pattern"), "a");
            assert_eq!(get("q-multiple", "type"), "choice");
            assert_eq!(get("q-multiple", response), format!("a{d}b"));
            assert_eq!(get("q-multiple", "result"), "correct");
            assert_eq!(get("q-true-false", "type"), "true-false");
            let (t, f) = if version == Version::Scorm12 {
                ("t", "f")
            } else {
                ("true", "false")
            };
            assert_eq!(get("q-true-false", response), f);
            assert_eq!(get("q-true-false", "correct_responses.0.pattern"), t);
            assert_eq!(get("q-ordering", "type"), "sequencing");
            assert_eq!(get("q-ordering", response), format!("one{d}two"));
            assert_eq!(get("q-voice", "type"), "choice");
            assert_eq!(get("q-voice", response), "official");
            assert_eq!(get("q-spot", "type"), "choice");
            assert_eq!(get("q-spot", response), "gone");
            assert_eq!(get("q-spot", "weighting"), "1");
            // The id comes first and the type before the response, as an LMS requires.
            let names: Vec<&str> = settings.iter().map(|(k, _)| k.as_str()).collect();
            let at = |name: &str| names.iter().position(|k| *k == name).unwrap();
            assert!(at("cmi.interactions.0.id") < at("cmi.interactions.0.type"));
            assert!(at("cmi.interactions.0.type") < at(&format!("cmi.interactions.0.{response}")));
        }
    }

    #[test]
    fn interactions_are_numbered_in_answer_order_and_only_for_answers() {
        let e = fixture();
        let a = attempt(&e, 2, &[]);
        let settings = interactions(Version::Scorm2004, &e.quiz, &a);
        let ids: Vec<&str> = settings
            .iter()
            .filter(|(k, _)| k.ends_with(".id"))
            .map(|(_, v)| v.as_str())
            .collect();
        let expected: Vec<&str> = (0..2).map(|p| a.question(&e.quiz, p).unwrap().id()).collect();
        assert_eq!(ids, expected);
        assert!(settings
            .iter()
            .all(|(k, _)| k.starts_with("cmi.interactions.0.") || k.starts_with("cmi.interactions.1.")));
        // Nothing ticked: the record keeps its result but no empty response.
        let mut none = Attempt::new(&e.quiz, 5);
        let p = (0..6)
            .find(|&p| matches!(none.question(&e.quiz, p), Some(Question::MultipleChoice { .. })))
            .unwrap();
        none.go_to(p);
        none.answer(p, Response::Choices(vec![]));
        let settings = interactions(Version::Scorm2004, &e.quiz, &none);
        assert!(settings.iter().all(|(k, _)| !k.ends_with("learner_response")));
        assert_eq!(as_map(&settings)["cmi.interactions.0.result"], "incorrect");
    }

    #[test]
    fn a_first_launch_becomes_incomplete_and_a_finished_one_stays() {
        assert_eq!(
            on_launch(Version::Scorm12, "not attempted"),
            vec![setting("cmi.core.lesson_status", "incomplete")]
        );
        assert_eq!(on_launch(Version::Scorm12, "passed"), vec![]);
        assert_eq!(
            on_launch(Version::Scorm2004, "unknown"),
            vec![setting("cmi.completion_status", "incomplete")]
        );
        assert_eq!(on_launch(Version::Scorm2004, "completed"), vec![]);
    }

    #[test]
    fn starting_over_clears_the_attempt_and_the_status() {
        let m = on_restart(Version::Scorm12);
        assert_eq!(as_map(&m)["cmi.suspend_data"], "");
        assert_eq!(as_map(&m)["cmi.core.lesson_status"], "incomplete");
        let m = on_restart(Version::Scorm2004);
        let m = as_map(&m);
        assert_eq!(
            (m["cmi.completion_status"], m["cmi.success_status"]),
            ("incomplete", "unknown")
        );
        assert_eq!(m["cmi.suspend_data"], "");
    }

    #[test]
    fn the_shipped_quiz_fits_scorm_12_limits() {
        // SCORM 1.2 holds 255 characters per response and identifier, and
        // 4,096 of suspend_data: the longest attempt must fit.
        let e = shipped();
        let mut a = Attempt::new(&e.quiz, 11);
        for p in 0..a.order.len() {
            let response = match a.question(&e.quiz, p).unwrap() {
                Question::SingleChoice { choices, .. } => Response::Choice(choices[0].id.clone()),
                Question::MultipleChoice { choices, .. } => {
                    Response::Choices(choices.iter().map(|c| c.id.clone()).collect())
                }
                Question::TrueFalse { .. } => Response::TrueFalse(true),
                Question::Ordering { items, .. } => Response::Order(items.iter().rev().map(|c| c.id.clone()).collect()),
                Question::WhichVoice { .. } => Response::Voice(LensId::Historians),
                Question::SpotTheChange { answer, .. } => Response::Choice(answer.clone()),
            };
            a.answer(p, response);
        }
        let settings = report(Version::Scorm12, &e.quiz, &a, 1.0);
        for (element, value) in &settings {
            let limit = if element == "cmi.suspend_data" { 4096 } else { 255 };
            assert!(value.len() <= limit, "{element}: {} characters", value.len());
            if element.starts_with("cmi.interactions.") && element.ends_with(".id") {
                assert!(value.chars().all(|c| c.is_ascii_graphic()), "{element}: {value}");
            }
        }
        assert_eq!(
            settings.iter().filter(|(k, _)| k.ends_with(".id")).count(),
            e.quiz.questions.len()
        );
    }
}
