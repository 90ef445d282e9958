//! What an LMS is told about a quiz attempt, in SCORM 1.2 and SCORM 2004
//! (4th edition) terms: data-model elements and their values, worked out from
//! the quiz, the attempt and the time spent. The LMS bridge (`browser::lms`)
//! only sends what this returns, so every rule of the mapping is tested here.

use super::content::{Exhibit, LensId, Question, Quiz};
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
    /// The version a package launches with, from the page's query string
    /// (`?scorm=12` or `?scorm=2004`, written into each manifest's launch
    /// address). Without it the page is not a SCO, whatever its parent
    /// windows hold: a plain embed never talks to an LMS.
    pub fn from_launch(query: &str) -> Option<Version> {
        let (_, value) = super::query::pairs(query).find(|(key, _)| *key == "scorm")?;
        match value {
            "12" => Some(Version::Scorm12),
            "2004" => Some(Version::Scorm2004),
            _ => None,
        }
    }

    /// The name of the API object the LMS puts on one of its windows.
    pub fn api_name(self) -> &'static str {
        match self {
            Version::Scorm12 => "API",
            Version::Scorm2004 => "API_1484_11",
        }
    }

    /// The count of interaction records the LMS holds.
    pub fn interaction_count_element(self) -> &'static str {
        "cmi.interactions._count"
    }

    /// The element holding the best score on record.
    pub fn score_raw_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.score.raw",
            Version::Scorm2004 => "cmi.score.raw",
        }
    }

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

    /// Where the session says how it ended; always `suspend` (see [`report`]).
    pub fn exit_element(self) -> &'static str {
        match self {
            Version::Scorm12 => "cmi.core.exit",
            Version::Scorm2004 => "cmi.exit",
        }
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

/// The most `cmi.suspend_data` holds: `CMIString4096` in 1.2, and the
/// smallest permitted maximum (SPM) of 64,000 characters in 2004.
pub const SUSPEND_DATA_12: usize = 4096;
pub const SUSPEND_DATA_2004: usize = 64_000;

impl Version {
    pub fn suspend_data_limit(self) -> usize {
        match self {
            Version::Scorm12 => SUSPEND_DATA_12,
            Version::Scorm2004 => SUSPEND_DATA_2004,
        }
    }
}

/// What the gradebook already holds for the learner, read at launch. A
/// result once reported is never lowered: a retry can raise the best score
/// or turn "failed" into "passed", but never the other way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    /// A finished attempt is on record (1.2: passed, failed or completed;
    /// 2004: completed).
    pub finished: bool,
    pub passed: bool,
    /// The best score reported, in percent.
    pub best: Option<u8>,
}

impl Standing {
    /// From the LMS's values: the status element (`lesson_status` or
    /// `completion_status`), 2004's `success_status` (empty in 1.2) and `score.raw`.
    pub fn read(version: Version, status: &str, success: &str, raw: &str) -> Standing {
        let (finished, passed) = match version {
            Version::Scorm12 => (matches!(status, "passed" | "failed" | "completed"), status == "passed"),
            Version::Scorm2004 => (status == "completed", success == "passed"),
        };
        Standing {
            finished,
            passed,
            best: whole_percent(raw),
        }
    }

    /// The standing after a finished attempt scoring `percent`.
    pub fn with(self, percent: u8, passed: bool) -> Standing {
        Standing {
            finished: true,
            passed: self.passed || passed,
            best: Some(self.best.map_or(percent, |best| best.max(percent))),
        }
    }
}

/// A score as the LMS holds it ("83", "44.6", "100.0") in whole percent,
/// rounded, within 0 to 100. Read by hand: parsing a float would bring the
/// float parser into the wasm for this one value.
fn whole_percent(raw: &str) -> Option<u8> {
    let raw = raw.trim();
    if let Some(negative) = raw.strip_prefix('-') {
        let number = !negative.is_empty() && negative.chars().all(|c| c.is_ascii_digit() || c == '.');
        return number.then_some(0);
    }
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if !fraction.chars().all(|c| c.is_ascii_digit()) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let up = fraction.bytes().next().is_some_and(|d| d >= b'5');
    Some(whole.saturating_add(u32::from(up)).min(100) as u8)
}

/// What to send after a change to the attempt, split so the LMS gets what
/// matters first: `core` (status, score, exit, suspend data, session time)
/// is the learner's result; `interactions` are optional extras an LMS may
/// refuse. `standing` is what the gradebook holds once `core` is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub core: Vec<Setting>,
    /// Answers left out of `suspend_data` to keep it within the limit.
    pub trimmed: usize,
    pub standing: Standing,
}

/// The core elements for `attempt`, given the learner's `standing`, in the
/// order they must be set.
///
/// The score is reported only once every question is answered (a 2004 LMS
/// with a passing score derives `success_status` from `score.scaled` as soon
/// as it is set, and would mark a half-finished attempt as failed), and only
/// when it beats the best on record. The status is set only while no
/// finished attempt is on record, or to raise it.
pub fn report(version: Version, attempt: &Attempt, quiz: &Quiz, standing: Standing, elapsed_seconds: f64) -> Report {
    let score = attempt.score(quiz);
    let complete = attempt.is_complete();
    let after = if complete {
        standing.with(score.percent, score.passed)
    } else {
        standing
    };
    let better = complete && standing.best.is_none_or(|best| score.percent > best);
    let mut out = Vec::new();
    let score_elements = |prefix: &str, out: &mut Vec<Setting>| {
        out.push(setting(format!("{prefix}.raw"), score.percent.to_string()));
        out.push(setting(format!("{prefix}.min"), "0"));
        out.push(setting(format!("{prefix}.max"), "100"));
    };
    let verdict = if after.passed { "passed" } else { "failed" };
    match version {
        Version::Scorm12 => {
            if better {
                score_elements("cmi.core.score", &mut out);
            }
            if complete {
                out.push(setting("cmi.core.lesson_status", verdict));
            } else if !standing.finished {
                out.push(setting("cmi.core.lesson_status", "incomplete"));
            }
        }
        Version::Scorm2004 => {
            if better {
                out.push(setting("cmi.score.scaled", hundredths(u64::from(score.percent))));
                score_elements("cmi.score", &mut out);
            }
            if complete {
                out.push(setting("cmi.completion_status", "completed"));
                out.push(setting("cmi.success_status", verdict));
            } else if !standing.finished {
                out.push(setting("cmi.completion_status", "incomplete"));
                if !standing.passed {
                    out.push(setting("cmi.success_status", "unknown"));
                }
            }
            if complete || !standing.finished {
                out.push(setting("cmi.progress_measure", progress_measure(attempt)));
            }
        }
    }
    // Suspended even when finished. An exit of `normal` (2004) or an empty
    // one (1.2) ends the learner attempt: a relaunch starts a new one that
    // holds nothing, and an LMS that reports the current attempt would show
    // the learner's "passed" as "incomplete". Suspended, a relaunch finds the
    // finished attempt with its status, score and results.
    out.push(setting(version.exit_element(), "suspend"));
    let (data, trimmed) = suspend_data(version, attempt);
    out.push(setting(version.suspend_data_element(), data));
    out.push(version.session_time(elapsed_seconds));
    Report {
        core: out,
        trimmed,
        standing: after,
    }
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

/// What to set when the visitor starts the quiz over: no stored attempt.
/// The gradebook keeps its status and best score (SCORM has no way to unset
/// a score, and a teacher must never see "passed" taken back); only the
/// attempt in `suspend_data` is replaced.
pub fn on_restart(version: Version, standing: Standing) -> Vec<Setting> {
    let mut out = vec![setting(version.suspend_data_element(), "")];
    if version == Version::Scorm2004 && !standing.finished {
        out.push(setting("cmi.progress_measure", "0"));
    }
    out.push(setting(version.exit_element(), "suspend"));
    out
}

/// The attempt as `suspend_data` within the version's limit: whole when it
/// fits; otherwise with its latest answers left out until it does (the
/// learner answers those again on resume). Returns the text and how many
/// answers were left out. Characters are counted, as SCORM counts them.
pub fn suspend_data(version: Version, attempt: &Attempt) -> (String, usize) {
    let limit = version.suspend_data_limit();
    let mut kept = attempt.clone();
    let mut dropped = 0;
    loop {
        let text = kept.encode();
        if text.chars().count() <= limit {
            return (text, dropped);
        }
        let Some(last) = kept.responses.iter().rposition(Option::is_some) else {
            // Not even an attempt with no answers fits: keep nothing.
            return (String::new(), dropped);
        };
        kept.responses[last] = None;
        kept.position = kept.position.min(last);
        dropped += 1;
    }
}

/// The length of the longest `suspend_data` any attempt at this exhibit's
/// quiz can need: every question answered with its longest response, the
/// largest seed, the finished position.
pub fn longest_suspend_data(exhibit: &Exhibit) -> usize {
    let quiz = &exhibit.quiz;
    let longest = |ids: &mut dyn Iterator<Item = String>| ids.max_by_key(|id| id.chars().count()).unwrap_or_default();
    let count = quiz.questions.len();
    let responses = quiz
        .questions
        .iter()
        .map(|question| {
            Some(match question {
                Question::SingleChoice { choices, .. } => {
                    Response::Choice(longest(&mut choices.iter().map(|c| c.id.clone())))
                }
                Question::MultipleChoice { choices, .. } => {
                    Response::Choices(choices.iter().map(|c| c.id.clone()).collect())
                }
                Question::TrueFalse { .. } => Response::TrueFalse(false),
                Question::Ordering { items, .. } => Response::Order(items.iter().map(|c| c.id.clone()).collect()),
                Question::WhichVoice { .. } => Response::Voice(
                    LensId::ALL
                        .into_iter()
                        .max_by_key(|lens| lens.slug().len())
                        .unwrap_or(LensId::Historians),
                ),
                Question::SpotTheChange { .. } => {
                    Response::Choice(longest(&mut choice_ids(exhibit, question).into_iter()))
                }
            })
        })
        .collect();
    let attempt = Attempt {
        // The largest seed the quiz page makes (2^53 - 1).
        seed: 9_007_199_254_740_991,
        order: (0..count).collect(),
        responses,
        position: count,
    };
    attempt.encode().chars().count()
}

/// The checker's verdict on the quiz's size: a problem when the longest
/// attempt would not fit SCORM 1.2's `suspend_data`.
pub fn suspend_data_overflow(exhibit: &Exhibit) -> Option<String> {
    let size = longest_suspend_data(exhibit);
    (size > SUSPEND_DATA_12).then(|| {
        format!(
            "the longest quiz attempt needs {size} characters of SCORM suspend_data, more than the {SUSPEND_DATA_12} SCORM 1.2 allows; use fewer questions, fewer choices or shorter choice ids"
        )
    })
}

/// Which stored attempt to resume when the browser and the LMS each hold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    Lms,
    Local,
}

/// The further-along copy: the one with more answered questions. A tie, or
/// a browser copy that does not fit the quiz, goes to the LMS, which is the
/// copy every computer shares. (A learner who moved to another computer and
/// went on there must not be sent back by this browser's older copy.)
pub fn further_along(quiz: &Quiz, lms: &str, local: &str) -> Resume {
    let answered = |text: &str| {
        Attempt::decode(text, quiz)
            .ok()
            .map(|a| a.responses.iter().filter(|r| r.is_some()).count())
    };
    match (answered(lms), answered(local)) {
        (Some(l), Some(b)) if b > l => Resume::Local,
        (None, Some(_)) => Resume::Local,
        _ => Resume::Lms,
    }
}

/// The interaction records already sent in this session (or in the
/// session an attempt was resumed from), so each answer is recorded once,
/// and a new attempt's records are appended after every record the LMS
/// holds: numbered from `cmi.interactions._count`, never over an earlier one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journal {
    next: usize,
    /// (attempt seed, position) of each answer recorded.
    recorded: Vec<(u64, usize)>,
}

impl Journal {
    /// `count`: the LMS's `cmi.interactions._count` at launch.
    pub fn new(count: usize) -> Journal {
        Journal {
            next: count,
            recorded: Vec::new(),
        }
    }

    /// Notes the answers of an attempt resumed from an earlier session: the
    /// LMS was told of them then.
    pub fn resumed(&mut self, attempt: &Attempt) {
        for p in 0..attempt.order.len() {
            if attempt.response(p).is_some() && !self.recorded.contains(&(attempt.seed, p)) {
                self.recorded.push((attempt.seed, p));
            }
        }
    }

    /// The records for answers not yet recorded, each at the next free
    /// index, in the order they must be set (an interaction's id and type
    /// before its response).
    pub fn record(&mut self, version: Version, exhibit: &Exhibit, attempt: &Attempt) -> Vec<Setting> {
        let mut out = Vec::new();
        for p in 0..attempt.order.len() {
            let (Some(question), Some(response)) = (attempt.question(&exhibit.quiz, p), attempt.response(p)) else {
                continue;
            };
            if self.recorded.contains(&(attempt.seed, p)) {
                continue;
            }
            out.extend(interaction(version, exhibit, self.next, question, response));
            self.recorded.push((attempt.seed, p));
            self.next += 1;
        }
        out
    }
}

/// One interaction record, number `n`.
pub fn interaction(
    version: Version,
    exhibit: &Exhibit,
    n: usize,
    question: &Question,
    response: &Response,
) -> Vec<Setting> {
    let at = |name: &str| format!("cmi.interactions.{n}.{name}");
    let given = response_ids(version, exhibit, question, response).join(version.delimiter());
    let mut out = vec![
        setting(at("id"), question.id()),
        setting(at("type"), interaction_type(question)),
        setting(at("weighting"), "1"),
    ];
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
        correct_ids(version, exhibit, question).join(version.delimiter()),
    ));
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

/// The ids a choice-like question offers, in content order: its choices or
/// items, the three lenses, or the hotspots on the image shown.
fn choice_ids(exhibit: &Exhibit, question: &Question) -> Vec<String> {
    match question {
        Question::SingleChoice { choices, .. } | Question::MultipleChoice { choices, .. } => {
            choices.iter().map(|c| c.id.clone()).collect()
        }
        Question::Ordering { items, .. } => items.iter().map(|c| c.id.clone()).collect(),
        Question::WhichVoice { .. } => LensId::ALL.iter().map(|lens| lens.slug().to_string()).collect(),
        Question::SpotTheChange { comparison, state, .. } => exhibit
            .comparisons
            .iter()
            .filter(|c| &c.id == comparison)
            .flat_map(|c| c.hotspots.iter().filter(|h| &h.state == state))
            .map(|h| h.id.clone())
            .collect(),
        Question::TrueFalse { .. } => Vec::new(),
    }
}

/// SCORM 1.2 writes a choice or sequencing response as single characters
/// (0-9, a-z): each choice is its letter, a to z, then 0 to 9, in content
/// order. 2004 takes the ids themselves.
fn as_sent(version: Version, exhibit: &Exhibit, question: &Question, ids: Vec<String>) -> Vec<String> {
    if version == Version::Scorm2004 || matches!(question, Question::TrueFalse { .. }) {
        return ids;
    }
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let offered = choice_ids(exhibit, question);
    ids.iter()
        .filter_map(|id| {
            let i = offered.iter().position(|o| o == id)?;
            LETTERS.get(i).map(|&c| char::from(c).to_string())
        })
        .collect()
}

fn response_ids(version: Version, exhibit: &Exhibit, question: &Question, response: &Response) -> Vec<String> {
    let ids = match response {
        Response::Choice(id) => vec![id.clone()],
        Response::Choices(ids) | Response::Order(ids) => ids.clone(),
        Response::TrueFalse(value) => vec![version.boolean(*value).to_string()],
        Response::Voice(lens) => vec![lens.slug().to_string()],
    };
    as_sent(version, exhibit, question, ids)
}

fn correct_ids(version: Version, exhibit: &Exhibit, question: &Question) -> Vec<String> {
    let ids = match question {
        Question::SingleChoice { answer, .. } | Question::SpotTheChange { answer, .. } => vec![answer.clone()],
        Question::MultipleChoice { answers, .. } => answers.clone(),
        Question::TrueFalse { answer, .. } => vec![version.boolean(*answer).to_string()],
        Question::Ordering { items, .. } => items.iter().map(|item| item.id.clone()).collect(),
        Question::WhichVoice { answer, .. } => vec![answer.slug().to_string()],
    };
    as_sent(version, exhibit, question, ids)
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

    /// The core report for a learner with nothing on record yet.
    fn core(version: Version, e: &Exhibit, a: &Attempt, seconds: f64) -> Vec<Setting> {
        report(version, a, &e.quiz, Standing::default(), seconds).core
    }

    /// The interaction records of an attempt, for an LMS that holds none yet.
    fn records(version: Version, e: &Exhibit, a: &Attempt) -> Vec<Setting> {
        Journal::new(0).record(version, e, a)
    }

    fn as_map(settings: &[Setting]) -> HashMap<&str, &str> {
        settings.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }

    #[test]
    fn the_version_comes_from_the_launch_address_only() {
        assert_eq!(Version::from_launch("?scorm=12"), Some(Version::Scorm12));
        assert_eq!(Version::from_launch("?lang=ru&scorm=2004"), Some(Version::Scorm2004));
        assert_eq!(Version::from_launch("?embed=1"), None);
        assert_eq!(Version::from_launch(""), None);
        assert_eq!(Version::from_launch("?scorm=13"), None);
        assert_eq!(Version::from_launch("?notscorm=12"), None);
        assert_eq!(Version::Scorm12.api_name(), "API");
        assert_eq!(Version::Scorm2004.api_name(), "API_1484_11");
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
        let r12 = core(Version::Scorm12, &e, &a, 30.0);
        let m = as_map(&r12);
        assert_eq!(m["cmi.core.lesson_status"], "incomplete");
        assert_eq!(m["cmi.core.exit"], "suspend");
        assert_eq!(m["cmi.suspend_data"], a.encode());
        assert_eq!(m["cmi.core.session_time"], "0000:00:30.00");
        assert!(!m.keys().any(|k| k.starts_with("cmi.core.score")), "{r12:?}");

        let r04 = core(Version::Scorm2004, &e, &a, 30.0);
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
        let m12 = core(Version::Scorm12, &e, &a, 3661.0);
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
        assert_eq!(m["cmi.core.exit"], "suspend");
        assert_eq!(m["cmi.core.session_time"], "0001:01:01.00");

        let m04 = core(Version::Scorm2004, &e, &a, 3661.0);
        let m = as_map(&m04);
        assert_eq!(m["cmi.completion_status"], "completed");
        assert_eq!(m["cmi.success_status"], "passed");
        assert_eq!(m["cmi.score.scaled"], "0.83");
        assert_eq!(
            (m["cmi.score.raw"], m["cmi.score.min"], m["cmi.score.max"]),
            ("83", "0", "100")
        );
        assert_eq!(m["cmi.progress_measure"], "1");
        assert_eq!(m["cmi.exit"], "suspend");
        assert_eq!(m["cmi.session_time"], "PT1H1M1S");
    }

    #[test]
    fn a_finished_attempt_below_the_pass_mark_fails() {
        let e = fixture();
        let a = attempt(&e, 6, &["q-single", "q-voice", "q-spot"]); // 3 of 6: 50%
        let m12 = core(Version::Scorm12, &e, &a, 10.0);
        let m = as_map(&m12);
        assert_eq!(m["cmi.core.lesson_status"], "failed");
        assert_eq!(m["cmi.core.score.raw"], "50");
        let m04 = core(Version::Scorm2004, &e, &a, 10.0);
        let m = as_map(&m04);
        assert_eq!(
            (m["cmi.completion_status"], m["cmi.success_status"]),
            ("completed", "failed")
        );
        assert_eq!(m["cmi.score.scaled"], "0.5");
        // Every question right scales to exactly 1.
        let all = attempt(&e, 6, &[]);
        let r = core(Version::Scorm2004, &e, &all, 1.0);
        assert_eq!(as_map(&r)["cmi.score.scaled"], "1");
    }

    #[test]
    fn each_answer_is_an_interaction_with_its_result() {
        let e = fixture();
        let a = attempt(&e, 6, &["q-single", "q-true-false"]);
        for version in [Version::Scorm12, Version::Scorm2004] {
            let settings = records(version, &e, &a);
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
            // 1.2 takes single characters for choices and sequences: each
            // choice is its letter in content order; 2004 keeps the ids.
            let id = |id12: &'static str, id04: &'static str| if version == Version::Scorm12 { id12 } else { id04 };
            assert_eq!(get("q-single", "type"), "choice");
            assert_eq!(get("q-single", response), "b");
            assert_eq!(get("q-single", "result"), wrong);
            assert_eq!(get("q-single", "correct_responses.0.pattern"), "a");
            assert_eq!(get("q-multiple", "type"), "choice");
            assert_eq!(get("q-multiple", response), format!("a{d}b"));
            assert_eq!(get("q-multiple", "correct_responses.0.pattern"), format!("a{d}b"));
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
            assert_eq!(
                get("q-ordering", response),
                format!("{}{d}{}", id("a", "one"), id("b", "two"))
            );
            assert_eq!(
                get("q-ordering", "correct_responses.0.pattern"),
                format!("{}{d}{}", id("a", "one"), id("b", "two"))
            );
            assert_eq!(get("q-voice", "type"), "choice");
            assert_eq!(get("q-voice", response), id("a", "official"));
            assert_eq!(get("q-spot", "type"), "choice");
            assert_eq!(get("q-spot", response), id("a", "gone"));
            assert_eq!(get("q-spot", "correct_responses.0.pattern"), id("a", "gone"));
            if version == Version::Scorm12 {
                for (element, value) in &settings {
                    if element.ends_with("student_response") || element.ends_with("pattern") {
                        assert!(value.split(',').all(|v| v.len() == 1), "{element} = {value}");
                    }
                }
            }
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
        let settings = records(Version::Scorm2004, &e, &a);
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
        let settings = records(Version::Scorm2004, &e, &none);
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
    fn starting_over_replaces_only_the_attempt() {
        for version in [Version::Scorm12, Version::Scorm2004] {
            for standing in [Standing::default(), Standing::default().with(83, true)] {
                let m = on_restart(version, standing);
                assert_eq!(as_map(&m)["cmi.suspend_data"], "");
                assert!(
                    m.iter().all(|(k, _)| !k.contains("status") && !k.contains("score")),
                    "{version:?}: {m:?}"
                );
            }
        }
        // 2004's progress goes back to 0 only while nothing is finished.
        assert!(as_map(&on_restart(Version::Scorm2004, Standing::default())).contains_key("cmi.progress_measure"));
        let done = Standing::default().with(50, false);
        assert!(!as_map(&on_restart(Version::Scorm2004, done)).contains_key("cmi.progress_measure"));
    }

    #[test]
    fn the_standing_is_read_from_the_lms() {
        let s = Standing::read(Version::Scorm12, "passed", "", "83");
        assert_eq!(
            s,
            Standing {
                finished: true,
                passed: true,
                best: Some(83)
            }
        );
        let s = Standing::read(Version::Scorm12, "failed", "", "44.6");
        assert_eq!(
            s,
            Standing {
                finished: true,
                passed: false,
                best: Some(45)
            }
        );
        assert_eq!(
            Standing::read(Version::Scorm12, "incomplete", "", ""),
            Standing::default()
        );
        for (raw, best) in [
            ("83", Some(83)),
            ("44.5", Some(45)),
            ("44.49", Some(44)),
            ("100.0", Some(100)),
            ("250", Some(100)),
            (" 7 ", Some(7)),
            (".6", Some(1)),
            ("-3", Some(0)),
            ("", None),
            ("n/a", None),
            ("1e2", None),
            (".", None),
        ] {
            assert_eq!(
                Standing::read(Version::Scorm12, "passed", "", raw).best,
                best,
                "{raw:?}"
            );
        }
        let s = Standing::read(Version::Scorm2004, "completed", "passed", "90");
        assert_eq!(
            s,
            Standing {
                finished: true,
                passed: true,
                best: Some(90)
            }
        );
        let s = Standing::read(Version::Scorm2004, "incomplete", "unknown", "");
        assert_eq!(s, Standing::default());
        // A better attempt raises; a worse one lowers nothing.
        let passed = Standing::default().with(83, true);
        assert_eq!(passed.with(44, false), passed);
        assert_eq!(Standing::default().with(44, false).with(83, true), passed);
    }

    #[test]
    fn a_retry_after_a_pass_never_lowers_the_status_or_the_score() {
        let e = fixture();
        let passed = Standing::default().with(83, true);
        for version in [Version::Scorm12, Version::Scorm2004] {
            // A new attempt under way: no status, no score, progress untouched; the attempt is kept.
            let retry = attempt(&e, 2, &[]);
            let r = report(version, &retry, &e.quiz, passed, 5.0);
            assert!(
                r.core
                    .iter()
                    .all(|(k, _)| !k.contains("status") && !k.contains("score") && !k.contains("progress")),
                "{version:?}: {:?}",
                r.core
            );
            assert_eq!(as_map(&r.core)["cmi.suspend_data"], retry.encode());
            assert!(as_map(&r.core).contains_key(version.session_time(0.0).0.as_str()));
            assert_eq!(r.standing, passed);
            // It finishes worse (50%): still passed, and the best score (83) stays.
            let worse = attempt(&e, 6, &["q-single", "q-voice", "q-spot"]);
            let r = report(version, &worse, &e.quiz, passed, 5.0);
            let m = as_map(&r.core);
            assert!(m.keys().all(|k| !k.contains("score")), "{version:?}: {:?}", r.core);
            match version {
                Version::Scorm12 => assert_eq!(m["cmi.core.lesson_status"], "passed"),
                Version::Scorm2004 => {
                    assert_eq!(
                        (m["cmi.completion_status"], m["cmi.success_status"]),
                        ("completed", "passed")
                    )
                }
            }
            assert_eq!(r.standing, passed);
            // It finishes better (100%): the new best is reported.
            let better = attempt(&e, 6, &[]);
            let r = report(version, &better, &e.quiz, passed, 5.0);
            let raw = if version == Version::Scorm12 {
                "cmi.core.score.raw"
            } else {
                "cmi.score.raw"
            };
            assert_eq!(as_map(&r.core)[raw], "100");
            assert_eq!(r.standing.best, Some(100));
        }
        // A failed learner who passes on a retry is raised to passed.
        let failed = Standing::default().with(44, false);
        let r = report(Version::Scorm12, &attempt(&e, 6, &["q-single"]), &e.quiz, failed, 1.0);
        assert_eq!(as_map(&r.core)["cmi.core.lesson_status"], "passed");
        assert_eq!(as_map(&r.core)["cmi.core.score.raw"], "83");
        // 1.2: a failed attempt on record stays failed while a retry is under way.
        let r = report(Version::Scorm12, &attempt(&e, 1, &[]), &e.quiz, failed, 1.0);
        assert!(!as_map(&r.core).contains_key("cmi.core.lesson_status"));
    }

    #[test]
    fn a_retry_appends_its_interactions_after_those_the_lms_holds() {
        let e = fixture();
        let mut first = attempt(&e, 6, &[]);
        first.seed = 77;
        // The LMS holds 6 records from an earlier session.
        let mut journal = Journal::new(6);
        let mut second = Attempt::new(&e.quiz, 9);
        second.answer(0, answer(second.question(&e.quiz, 0).unwrap(), true));
        let records = journal.record(Version::Scorm12, &e, &second);
        assert!(
            records.iter().all(|(k, _)| k.starts_with("cmi.interactions.6.")),
            "{records:?}"
        );
        // Nothing is recorded twice; the next answer takes the next number.
        assert!(journal.record(Version::Scorm12, &e, &second).is_empty());
        second.answer(1, answer(second.question(&e.quiz, 1).unwrap(), false));
        let records = journal.record(Version::Scorm12, &e, &second);
        assert!(
            records.iter().all(|(k, _)| k.starts_with("cmi.interactions.7.")),
            "{records:?}"
        );
        // A resumed attempt's answers were recorded in its earlier session.
        let mut journal = Journal::new(3);
        let resumed = attempt(&e, 3, &[]);
        journal.resumed(&resumed);
        let mut more = resumed.clone();
        more.answer(3, answer(more.question(&e.quiz, 3).unwrap(), true));
        let records = journal.record(Version::Scorm2004, &e, &more);
        assert_eq!(records.iter().filter(|(k, _)| k.ends_with(".id")).count(), 1);
        assert!(
            records.iter().all(|(k, _)| k.starts_with("cmi.interactions.3.")),
            "{records:?}"
        );
        // A different attempt with the same positions is a new set of records.
        let records = journal.record(Version::Scorm2004, &e, &first);
        assert_eq!(records.iter().filter(|(k, _)| k.ends_with(".id")).count(), 6);
    }

    #[test]
    fn suspend_data_never_exceeds_the_limit() {
        let e = fixture();
        let a = attempt(&e, 6, &[]);
        // Within the limit: the whole attempt.
        assert_eq!(suspend_data(Version::Scorm12, &a), (a.encode(), 0));
        // An attempt too long for 1.2 (long ids) keeps its earliest answers.
        let mut long = a.clone();
        let p = (0..6)
            .find(|&p| matches!(long.question(&e.quiz, p), Some(Question::MultipleChoice { .. })))
            .unwrap();
        long.responses[p] = Some(Response::Choices(vec!["x".repeat(5000)]));
        let (text, dropped) = suspend_data(Version::Scorm12, &long);
        assert!(text.chars().count() <= SUSPEND_DATA_12);
        assert!(dropped >= 1);
        let kept = Attempt::decode(&text, &e.quiz).unwrap();
        assert!(kept.responses[p].is_none());
        assert!(kept.position <= p);
        // 2004 holds it whole.
        assert_eq!(suspend_data(Version::Scorm2004, &long).1, 0);
        // And the report never sends more.
        let r = report(Version::Scorm12, &long, &e.quiz, Standing::default(), 1.0);
        assert!(as_map(&r.core)["cmi.suspend_data"].chars().count() <= SUSPEND_DATA_12);
        assert!(r.trimmed >= 1);
    }

    #[test]
    fn the_longest_attempt_is_measured_and_too_long_quizzes_are_refused() {
        let e = shipped();
        let size = longest_suspend_data(&e);
        assert!(size > 200 && size <= SUSPEND_DATA_12, "{size}");
        assert_eq!(suspend_data_overflow(&e), None);
        // The measure is the encoded length of a real attempt of that shape.
        let mut big = fixture();
        for question in &mut big.quiz.questions {
            if let Question::MultipleChoice { choices, .. } = question {
                for (i, choice) in choices.iter_mut().enumerate() {
                    choice.id = format!("{i}{}", "c".repeat(1500));
                }
            }
        }
        let size = longest_suspend_data(&big);
        assert!(size > 4500, "{size}");
        let why = suspend_data_overflow(&big).unwrap();
        assert!(why.contains(&size.to_string()) && why.contains("4096"), "{why}");
    }

    #[test]
    fn the_further_along_copy_is_resumed() {
        let e = fixture();
        let two = attempt(&e, 2, &[]).encode();
        let four = attempt(&e, 4, &[]).encode();
        // Moved to another computer and went on there: the LMS's copy.
        assert_eq!(further_along(&e.quiz, &four, &two), Resume::Lms);
        // The LMS refused the later answers: this browser's copy.
        assert_eq!(further_along(&e.quiz, &two, &four), Resume::Local);
        // A tie, or a broken browser copy, goes to the LMS; a broken LMS copy to the browser.
        assert_eq!(further_along(&e.quiz, &two, &two), Resume::Lms);
        assert_eq!(further_along(&e.quiz, &two, "{oops"), Resume::Lms);
        assert_eq!(further_along(&e.quiz, "", &two), Resume::Local);
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
        let mut settings = core(Version::Scorm12, &e, &a, 1.0);
        settings.extend(records(Version::Scorm12, &e, &a));
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
