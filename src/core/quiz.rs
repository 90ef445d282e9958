//! The quiz engine: an attempt (the order questions and choices are shown
//! in, the answers given, where the visitor is), scoring with partial credit,
//! a seeded shuffle, and the compact stored form that must fit in SCORM 1.2's
//! `suspend_data` (4,096 characters) beside everything else.

use serde::Serialize;
use serde_json::Value;

use super::address::Route;
use super::content::{Choice, Evidence, LensId, Question, Quiz};
use super::hash::stable_hash;
use super::lens::{StationView, DEFAULT_LENS};

/// Bumped when the stored form changes; older attempts are discarded.
pub const ATTEMPT_VERSION: u32 = 1;

/// What a visitor answered to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Response {
    /// A single choice, or the hotspot chosen in "spot the change".
    #[serde(rename = "c")]
    Choice(String),
    /// Every choice ticked.
    #[serde(rename = "m")]
    Choices(Vec<String>),
    #[serde(rename = "t")]
    TrueFalse(bool),
    /// Item ids in the order the visitor put them.
    #[serde(rename = "o")]
    Order(Vec<String>),
    #[serde(rename = "v")]
    Voice(LensId),
}

/// One go at the quiz.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attempt {
    /// Seeds every shuffle of this attempt.
    #[serde(rename = "s")]
    pub seed: u64,
    /// Indices into the content's questions, in the order they are asked.
    #[serde(rename = "q")]
    pub order: Vec<usize>,
    /// Answers by position in `order`.
    #[serde(rename = "a")]
    pub responses: Vec<Option<Response>>,
    /// The position of the question on screen.
    #[serde(rename = "p")]
    pub position: usize,
}

/// The score of one answered question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// From 0 to 1: partial credit for multiple choice and ordering.
    pub credit: f64,
    /// All right.
    pub correct: bool,
}

/// The result of an attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Sum of credits.
    pub points: f64,
    /// One point per question.
    pub max: usize,
    pub answered: usize,
    /// Percent of the maximum, rounded to a whole number.
    pub percent: u8,
    pub passed: bool,
}

/// Why a stored attempt was not resumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptNotice {
    /// Stored by another version of the exhibit, or for a quiz that has
    /// changed since: it is discarded and a new attempt starts.
    Outdated,
    /// The stored text could not be read.
    Corrupt,
}

/// Written with serde; read back by hand in [`read_stored`].
#[derive(Serialize)]
struct StoredAttempt {
    v: u32,
    /// Number of questions when stored: a changed quiz invalidates it.
    n: usize,
    #[serde(flatten)]
    attempt: Attempt,
}

impl Attempt {
    /// A new attempt with questions in a shuffled order.
    pub fn new(quiz: &Quiz, seed: u64) -> Attempt {
        let mut order: Vec<usize> = (0..quiz.questions.len()).collect();
        shuffle(&mut order, seed);
        Attempt {
            seed,
            responses: vec![None; order.len()],
            order,
            position: 0,
        }
    }

    pub fn question<'q>(&self, quiz: &'q Quiz, position: usize) -> Option<&'q Question> {
        quiz.questions.get(*self.order.get(position)?)
    }

    pub fn response(&self, position: usize) -> Option<&Response> {
        self.responses.get(position)?.as_ref()
    }

    /// Records an answer. Answers are final once given: feedback has been shown.
    pub fn answer(&mut self, position: usize, response: Response) {
        if let Some(slot) = self.responses.get_mut(position) {
            if slot.is_none() {
                *slot = Some(response);
            }
        }
    }

    pub fn go_to(&mut self, position: usize) {
        self.position = position.min(self.order.len());
    }

    /// True when every question has an answer.
    pub fn is_complete(&self) -> bool {
        self.responses.iter().all(Option::is_some)
    }

    /// The order in which a question's choices (or ordering items) are
    /// shown: shuffled, and the same every time for this attempt.
    pub fn choice_order(&self, position: usize, count: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..count).collect();
        let question = self.order.get(position).copied().unwrap_or(0) as u64;
        shuffle(
            &mut order,
            self.seed ^ (question + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        );
        order
    }

    pub fn score(&self, quiz: &Quiz) -> Score {
        let marks: Vec<Mark> = (0..self.order.len())
            .filter_map(|p| Some(mark(self.question(quiz, p)?, self.response(p)?)))
            .collect();
        let points: f64 = marks.iter().map(|m| m.credit).sum();
        let max = self.order.len();
        let percent = if max == 0 {
            0
        } else {
            (points / max as f64 * 100.0).round().clamp(0.0, 100.0) as u8
        };
        Score {
            points,
            max,
            answered: marks.len(),
            percent,
            passed: percent >= quiz.pass_mark,
        }
    }

    /// The compact stored form.
    pub fn encode(&self) -> String {
        let stored = StoredAttempt {
            v: ATTEMPT_VERSION,
            n: self.order.len(),
            attempt: self.clone(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads a stored attempt for `quiz`. Anything that does not fit the quiz
    /// as it is now is refused with a notice rather than trusted.
    pub fn decode(text: &str, quiz: &Quiz) -> Result<Attempt, AttemptNotice> {
        let value = serde_json::from_str::<Value>(text).map_err(|_| AttemptNotice::Corrupt)?;
        match value.get("v").and_then(Value::as_u64) {
            Some(v) if v == u64::from(ATTEMPT_VERSION) => {}
            Some(_) => return Err(AttemptNotice::Outdated),
            None => return Err(AttemptNotice::Corrupt),
        }
        let stored = read_stored(&value).ok_or(AttemptNotice::Corrupt)?;
        let attempt = stored.attempt;
        let count = quiz.questions.len();
        let mut seen = vec![false; count];
        let order_ok = attempt.order.len() == count
            && attempt
                .order
                .iter()
                .all(|&i| i < count && !std::mem::replace(&mut seen[i], true));
        if stored.n != count || !order_ok || attempt.responses.len() != count {
            return Err(AttemptNotice::Outdated);
        }
        let fits = attempt.responses.iter().enumerate().all(|(p, r)| match r {
            None => true,
            Some(r) => attempt.question(quiz, p).is_some_and(|q| response_fits(q, r)),
        });
        if !fits || attempt.position > count {
            return Err(AttemptNotice::Outdated);
        }
        Ok(attempt)
    }
}

/// Reads the stored form. By hand rather than with serde's derive: for a
/// flattened struct and a tagged enum, the derive brings a generic buffering
/// deserializer into the wasm for this one small record. Fields it does not
/// know are ignored, as the derive did.
fn read_stored(value: &Value) -> Option<StoredAttempt> {
    let count = |value: &Value| value.as_u64().and_then(|n| usize::try_from(n).ok());
    let field = |name: &str| value.get(name);
    Some(StoredAttempt {
        v: u32::try_from(field("v")?.as_u64()?).ok()?,
        n: count(field("n")?)?,
        attempt: Attempt {
            seed: field("s")?.as_u64()?,
            order: field("q")?.as_array()?.iter().map(count).collect::<Option<_>>()?,
            responses: field("a")?
                .as_array()?
                .iter()
                .map(read_response)
                .collect::<Option<_>>()?,
            position: count(field("p")?)?,
        },
    })
}

/// One stored answer: `null` (not answered) or `{"<tag>": value}`.
fn read_response(value: &Value) -> Option<Option<Response>> {
    if value.is_null() {
        return Some(None);
    }
    let object = value.as_object()?;
    let (tag, inner) = object.iter().next().filter(|_| object.len() == 1)?;
    let texts = |value: &Value| -> Option<Vec<String>> {
        value
            .as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    Some(Some(match tag.as_str() {
        "c" => Response::Choice(inner.as_str()?.to_string()),
        "m" => Response::Choices(texts(inner)?),
        "t" => Response::TrueFalse(inner.as_bool()?),
        "o" => Response::Order(texts(inner)?),
        "v" => Response::Voice(LensId::from_slug(inner.as_str()?)?),
        _ => return None,
    }))
}

/// Whether a stored response is of the kind its question asks for and names
/// only choices the question has.
fn response_fits(question: &Question, response: &Response) -> bool {
    let has = |choices: &[super::content::Choice], id: &str| choices.iter().any(|c| c.id == id);
    match (question, response) {
        (Question::SingleChoice { choices, .. }, Response::Choice(id)) => has(choices, id),
        (Question::MultipleChoice { choices, .. }, Response::Choices(ids)) => ids.iter().all(|id| has(choices, id)),
        (Question::TrueFalse { .. }, Response::TrueFalse(_)) => true,
        (Question::Ordering { items, .. }, Response::Order(ids)) => {
            ids.len() == items.len() && items.iter().all(|item| ids.contains(&item.id))
        }
        (Question::WhichVoice { .. }, Response::Voice(_)) => true,
        (Question::SpotTheChange { .. }, Response::Choice(_)) => true,
        _ => false,
    }
}

/// Scores one answer.
pub fn mark(question: &Question, response: &Response) -> Mark {
    let whole = |right: bool| Mark {
        credit: if right { 1.0 } else { 0.0 },
        correct: right,
    };
    match (question, response) {
        (Question::SingleChoice { answer, .. }, Response::Choice(id))
        | (Question::SpotTheChange { answer, .. }, Response::Choice(id)) => whole(answer == id),
        (Question::TrueFalse { answer, .. }, Response::TrueFalse(given)) => whole(answer == given),
        (Question::WhichVoice { answer, .. }, Response::Voice(given)) => whole(answer == given),
        (Question::MultipleChoice { answers, .. }, Response::Choices(ticked)) => {
            // Each right tick earns a share, each wrong tick takes one back,
            // so ticking everything is not a strategy.
            let right = ticked.iter().filter(|id| answers.contains(id)).count() as f64;
            let wrong = ticked.iter().filter(|id| !answers.contains(id)).count() as f64;
            let credit = ((right - wrong) / answers.len().max(1) as f64).clamp(0.0, 1.0);
            Mark {
                credit,
                correct: wrong == 0.0 && right as usize == answers.len(),
            }
        }
        (Question::Ordering { items, .. }, Response::Order(given)) => {
            // Credit for each item in its right place.
            let placed = items.iter().zip(given).filter(|(item, id)| &item.id == *id).count();
            Mark {
                credit: placed as f64 / items.len().max(1) as f64,
                correct: placed == items.len(),
            }
        }
        _ => whole(false),
    }
}

/// Where a question's evidence is shown: its station in the lens that holds
/// it (else the default), and the comparison or its step the address opens,
/// with `from=quiz`, so the station offers the way back to the quiz.
pub fn evidence_address(evidence: &Evidence) -> (Route, String) {
    let route = Route::station(
        &evidence.station,
        StationView::Lens(evidence.lens.unwrap_or(DEFAULT_LENS)),
    );
    // Ids and slugs only, so nothing to percent-encode.
    let query = match (&evidence.comparison, &evidence.step) {
        (Some(comparison), Some(step)) => format!("comparison={comparison}&from=quiz&mode=steps&step={step}"),
        (Some(comparison), None) => format!("comparison={comparison}&from=quiz"),
        (None, _) => "from=quiz".to_string(),
    };
    (route, query)
}

/// The order a printed worksheet lists an ordering question's items in,
/// as positions in `items` (which the content gives in time order): the
/// same on every print and build, and no item in its own place, so the
/// printed list gives none of the answer away.
pub fn worksheet_order(question_id: &str, items: &[Choice]) -> Vec<usize> {
    let mut seed = stable_hash(question_id);
    loop {
        let mut order: Vec<usize> = (0..items.len()).collect();
        shuffle(&mut order, seed);
        if items.len() < 2 || order.iter().enumerate().all(|(place, item)| place != *item) {
            return order;
        }
        seed = seed.wrapping_add(1);
    }
}

/// A Fisher–Yates shuffle driven by splitmix64: tiny, deterministic for a
/// seed, and good enough to vary the order between attempts.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Exhibit;
    use crate::core::fixtures::{minimal as fixture, shipped};

    fn question<'a>(exhibit: &'a Exhibit, id: &str) -> &'a Question {
        exhibit.quiz.questions.iter().find(|q| q.id() == id).unwrap()
    }

    fn c(id: &str) -> Response {
        Response::Choice(id.into())
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_worksheet_mixes_every_ordering_question_the_same_way_each_time() {
        let exhibit = shipped();
        for question in &exhibit.quiz.questions {
            if let Question::Ordering { id, items, .. } = question {
                let order = worksheet_order(id, items);
                let mut sorted = order.clone();
                sorted.sort();
                assert_eq!(sorted, (0..items.len()).collect::<Vec<_>>(), "{id}: every item once");
                assert!(
                    order.iter().enumerate().all(|(place, item)| place != *item),
                    "{id}: no item in its own place"
                );
                assert_eq!(order, worksheet_order(id, items), "{id}: the same on every print");
            }
        }
    }

    #[test]
    fn evidence_opens_its_station_lens_and_comparison_with_the_way_back() {
        let evidence = |lens, comparison: Option<&str>, step: Option<&str>| Evidence {
            station: "x".into(),
            lens,
            comparison: comparison.map(Into::into),
            step: step.map(Into::into),
        };
        assert_eq!(
            evidence_address(&evidence(None, None, None)).0.to_path(),
            "/station/x/speech/"
        );
        assert_eq!(evidence_address(&evidence(None, None, None)).1, "from=quiz");
        let (route, query) = evidence_address(&evidence(Some(LensId::Official), Some("c"), Some("s")));
        assert_eq!(route.to_path(), "/station/x/official/");
        assert_eq!(query, "comparison=c&from=quiz&mode=steps&step=s");
    }

    #[test]
    fn every_kind_of_question_is_scored() {
        let e = fixture();
        assert!(mark(question(&e, "q-single"), &c("a")).correct);
        assert_eq!(mark(question(&e, "q-single"), &c("b")).credit, 0.0);
        assert!(mark(question(&e, "q-true-false"), &Response::TrueFalse(true)).correct);
        assert!(!mark(question(&e, "q-true-false"), &Response::TrueFalse(false)).correct);
        assert!(mark(question(&e, "q-voice"), &Response::Voice(LensId::Official)).correct);
        assert!(!mark(question(&e, "q-voice"), &Response::Voice(LensId::Speech)).correct);
        assert!(mark(question(&e, "q-spot"), &c("gone")).correct);
        assert!(!mark(question(&e, "q-spot"), &c("left")).correct);
        assert!(mark(question(&e, "q-multiple"), &Response::Choices(ids(&["a", "b"]))).correct);
        assert!(mark(question(&e, "q-ordering"), &Response::Order(ids(&["one", "two"]))).correct);
    }

    #[test]
    fn multiple_choice_earns_partial_credit_and_loses_it_for_wrong_ticks() {
        let e = fixture();
        let q = question(&e, "q-multiple"); // right: a, b; wrong: c
        let half = mark(q, &Response::Choices(ids(&["a"])));
        assert_eq!((half.credit, half.correct), (0.5, false));
        assert_eq!(mark(q, &Response::Choices(ids(&["a", "c"]))).credit, 0.0);
        assert_eq!(mark(q, &Response::Choices(ids(&["a", "b", "c"]))).credit, 0.5);
        assert_eq!(mark(q, &Response::Choices(ids(&["c"]))).credit, 0.0);
        assert_eq!(mark(q, &Response::Choices(vec![])).credit, 0.0);
    }

    #[test]
    fn ordering_earns_credit_per_item_in_place() {
        let e = shipped();
        let q = e
            .quiz
            .questions
            .iter()
            .find(|q| matches!(q, Question::Ordering { items, .. } if items.len() >= 3))
            .expect("an ordering question with three or more items");
        let Question::Ordering { items, .. } = q else {
            unreachable!()
        };
        let right: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
        assert!(mark(q, &Response::Order(right.clone())).correct);
        let mut swapped = right.clone();
        swapped.swap(0, 1);
        let m = mark(q, &Response::Order(swapped));
        assert!(!m.correct);
        assert!((m.credit - (items.len() - 2) as f64 / items.len() as f64).abs() < 1e-9);
        let reversed: Vec<String> = right.iter().rev().cloned().collect();
        assert!(mark(q, &Response::Order(reversed)).credit < 1.0);
    }

    #[test]
    fn an_answer_of_the_wrong_kind_scores_nothing() {
        let e = fixture();
        assert_eq!(mark(question(&e, "q-single"), &Response::TrueFalse(true)).credit, 0.0);
    }

    #[test]
    fn the_score_sums_credit_and_applies_the_pass_mark() {
        let e = fixture(); // six questions, pass mark 70
        let mut attempt = Attempt::new(&e.quiz, 7);
        for p in 0..attempt.order.len() {
            let response = match attempt.question(&e.quiz, p).unwrap() {
                Question::SingleChoice { .. } => c("a"),
                Question::MultipleChoice { .. } => Response::Choices(ids(&["a"])), // half
                Question::TrueFalse { .. } => Response::TrueFalse(true),
                Question::Ordering { .. } => Response::Order(ids(&["two", "one"])), // none
                Question::WhichVoice { .. } => Response::Voice(LensId::Official),
                Question::SpotTheChange { .. } => c("gone"),
            };
            attempt.answer(p, response);
        }
        let score = attempt.score(&e.quiz);
        assert_eq!(score.points, 4.5);
        assert_eq!((score.max, score.answered, score.percent), (6, 6, 75));
        assert!(score.passed);
        assert!(attempt.is_complete());
    }

    #[test]
    fn answers_are_final_once_given() {
        let e = fixture();
        let mut attempt = Attempt::new(&e.quiz, 1);
        attempt.answer(0, Response::TrueFalse(true));
        attempt.answer(0, Response::TrueFalse(false));
        assert_eq!(attempt.response(0), Some(&Response::TrueFalse(true)));
    }

    #[test]
    fn shuffles_are_fixed_by_the_seed_and_vary_between_seeds() {
        let e = shipped();
        let a = Attempt::new(&e.quiz, 42);
        assert_eq!(a, Attempt::new(&e.quiz, 42));
        assert_eq!(a.choice_order(0, 4), a.choice_order(0, 4));
        let orders: std::collections::HashSet<Vec<usize>> =
            (0..20).map(|seed| Attempt::new(&e.quiz, seed).order).collect();
        assert!(orders.len() > 15, "seeds should give different orders");
        let mut sorted = a.order.clone();
        sorted.sort();
        assert_eq!(sorted, (0..e.quiz.questions.len()).collect::<Vec<_>>());
        let mut choices = a.choice_order(3, 5);
        choices.sort();
        assert_eq!(choices, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn an_attempt_survives_a_round_trip() {
        let e = fixture();
        let mut attempt = Attempt::new(&e.quiz, 99);
        attempt.answer(
            0,
            match attempt.question(&e.quiz, 0).unwrap() {
                Question::TrueFalse { .. } => Response::TrueFalse(false),
                Question::WhichVoice { .. } => Response::Voice(LensId::Speech),
                Question::MultipleChoice { .. } => Response::Choices(ids(&["b"])),
                Question::Ordering { .. } => Response::Order(ids(&["two", "one"])),
                Question::SpotTheChange { .. } => c("left"),
                Question::SingleChoice { .. } => c("b"),
            },
        );
        attempt.go_to(1);
        assert_eq!(Attempt::decode(&attempt.encode(), &e.quiz), Ok(attempt));
    }

    #[test]
    fn an_answer_of_every_kind_survives_a_round_trip() {
        let e = fixture();
        let mut attempt = Attempt::new(&e.quiz, 7);
        for position in 0..e.quiz.questions.len() {
            let response = match attempt.question(&e.quiz, position).unwrap() {
                Question::TrueFalse { .. } => Response::TrueFalse(true),
                Question::WhichVoice { .. } => Response::Voice(LensId::Historians),
                Question::MultipleChoice { .. } => Response::Choices(ids(&["a", "b"])),
                Question::Ordering { .. } => Response::Order(ids(&["two", "one"])),
                Question::SpotTheChange { .. } => c("left"),
                Question::SingleChoice { .. } => c("a"),
            };
            attempt.answer(position, response);
        }
        attempt.go_to(e.quiz.questions.len());
        assert_eq!(Attempt::decode(&attempt.encode(), &e.quiz), Ok(attempt));
    }

    #[test]
    fn the_stored_attempt_fits_scorm_suspend_data() {
        // The longest attempt: every question answered with every choice.
        let e = shipped();
        let mut attempt = Attempt::new(&e.quiz, u64::MAX);
        for p in 0..attempt.order.len() {
            let response = match attempt.question(&e.quiz, p).unwrap() {
                Question::SingleChoice { choices, .. } => Response::Choice(choices[0].id.clone()),
                Question::MultipleChoice { choices, .. } => {
                    Response::Choices(choices.iter().map(|c| c.id.clone()).collect())
                }
                Question::TrueFalse { .. } => Response::TrueFalse(false),
                Question::Ordering { items, .. } => Response::Order(items.iter().map(|c| c.id.clone()).collect()),
                Question::WhichVoice { .. } => Response::Voice(LensId::Historians),
                Question::SpotTheChange { answer, .. } => Response::Choice(answer.clone()),
            };
            attempt.answer(p, response);
        }
        let stored = attempt.encode();
        assert!(stored.len() < 3_500, "{} bytes: {stored}", stored.len());
    }

    #[test]
    fn an_old_version_is_discarded_with_a_notice() {
        let e = fixture();
        let stored = Attempt::new(&e.quiz, 3).encode().replacen("\"v\":1", "\"v\":0", 1);
        assert_eq!(Attempt::decode(&stored, &e.quiz), Err(AttemptNotice::Outdated));
    }

    #[test]
    fn an_attempt_for_a_changed_quiz_is_discarded() {
        let e = fixture();
        let mut shorter = e.quiz.clone();
        shorter.questions.pop();
        let stored = Attempt::new(&shorter, 3).encode();
        assert_eq!(Attempt::decode(&stored, &e.quiz), Err(AttemptNotice::Outdated));
        // An answer naming a choice the question no longer has.
        let mut attempt = Attempt::new(&e.quiz, 3);
        let p = (0..6)
            .find(|&p| matches!(attempt.question(&e.quiz, p), Some(Question::SingleChoice { .. })))
            .unwrap();
        attempt.answer(p, c("gone-choice"));
        assert_eq!(
            Attempt::decode(&attempt.encode(), &e.quiz),
            Err(AttemptNotice::Outdated)
        );
    }

    #[test]
    fn corrupt_stored_attempts_are_refused() {
        let e = fixture();
        for text in [
            "",
            "{",
            "[]",
            "null",
            r#"{"v":1}"#,
            r#"{"v":1,"n":6,"s":1,"q":[0,0,1,2,3,4],"a":[null,null,null,null,null,null],"p":0}"#,
            r#"{"v":1,"n":6,"s":1,"q":[0,1,2,3,4,9],"a":[null,null,null,null,null,null],"p":0}"#,
            r#"{"v":1,"n":6,"s":1,"q":[0,1,2,3,4,5],"a":[null],"p":0}"#,
            r#"{"v":"1"}"#,
            // Answers of no known kind, or not one kind each.
            r#"{"v":1,"n":6,"s":1,"q":[0,1,2,3,4,5],"a":[{"x":"a"},null,null,null,null,null],"p":0}"#,
            r#"{"v":1,"n":6,"s":1,"q":[0,1,2,3,4,5],"a":[{"c":"a","t":true},null,null,null,null,null],"p":0}"#,
            r#"{"v":1,"n":6,"s":1,"q":[0,1,2,3,4,5],"a":[{"t":"yes"},null,null,null,null,null],"p":0}"#,
            r#"{"v":1,"n":6,"s":-1,"q":[0,1,2,3,4,5],"a":[null,null,null,null,null,null],"p":0}"#,
        ] {
            assert!(Attempt::decode(text, &e.quiz).is_err(), "{text}");
        }
    }
}
