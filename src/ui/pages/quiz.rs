//! The quiz: start or resume an attempt, answer each question, read the
//! feedback that sends you back to the evidence, and see the results.
//! Scoring and the attempt itself live in `core::quiz`; this page renders
//! them and keeps the attempt through the `AttemptRecord` edge.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::{Question, Quiz};
use crate::core::messages::{fill, Messages};
use crate::core::quiz::{evidence_address, mark, Attempt, AttemptNotice, Response};
use crate::ui::app::{use_exhibit, use_messages, use_record, ExhibitHandle};
use crate::ui::question::QuestionForm;
use crate::ui::router::Link;
use crate::ui::text::RichText;

/// What the quiz page shows, and what its last change asks the record to
/// keep: the reducer decides, the page's dispatch keeps (`QuizPage`).
#[derive(Clone, PartialEq)]
struct QuizState {
    /// The exhibit whose quiz the attempt is of.
    exhibit: ExhibitHandle,
    attempt: Option<Attempt>,
    /// Why a stored attempt was not resumed.
    notice: Option<AttemptNotice>,
    keep: Keep,
}

/// What the record does after a change.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    /// Saves the attempt (if there is one).
    Save,
    /// Forgets the saved attempt: the visitor started over.
    Clear,
}

enum QuizAction {
    Start(u64),
    Answer(usize, Response),
    GoTo(usize),
    StartOver,
}

impl QuizState {
    /// The attempt the record holds, resumed, or why it could not be.
    fn resumed(exhibit: ExhibitHandle, saved: Option<String>) -> QuizState {
        let (attempt, notice) = match saved.filter(|s| !s.is_empty()) {
            None => (None, None),
            Some(text) => match Attempt::decode(&text, &exhibit.0.quiz) {
                Ok(attempt) => (Some(attempt), None),
                Err(notice) => (None, Some(notice)),
            },
        };
        QuizState {
            exhibit,
            attempt,
            notice,
            keep: Keep::Save,
        }
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.keep = Keep::Save;
        match action {
            QuizAction::Start(seed) => {
                next.attempt = Some(Attempt::new(&self.exhibit.0.quiz, seed));
                next.notice = None;
            }
            QuizAction::Answer(position, response) => {
                if let Some(attempt) = &mut next.attempt {
                    attempt.answer(position, response);
                }
            }
            QuizAction::GoTo(position) => {
                if let Some(attempt) = &mut next.attempt {
                    attempt.go_to(position);
                }
            }
            QuizAction::StartOver => {
                next.attempt = None;
                next.keep = Keep::Clear;
            }
        }
        Rc::new(next)
    }
}

/// A new seed for each attempt, so a retry asks in a new order.
fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let record = use_record();
    let quiz = &exhibit.quiz;
    let state = {
        let record = record.clone();
        let handle = ExhibitHandle(exhibit.clone());
        use_reducer(move || {
            let saved = record.resume(&handle.0.quiz);
            QuizState::resumed(handle, saved)
        })
    };
    // The reducer decides; the record keeps what it decided, outside it,
    // straight after each change, in the same event: not in a render effect,
    // which may come after the page has gone (the LMS ends its session at
    // `pagehide`, and a learner may close the window on the last answer).
    let dispatch = {
        let state = state.clone();
        let record = record.clone();
        Callback::from(move |action: QuizAction| {
            state.dispatch(action);
            // The handle reads the state the dispatch has just made.
            match (state.keep, &state.attempt) {
                (Keep::Save, Some(attempt)) => record.save(&state.exhibit.0, attempt),
                (Keep::Clear, _) => record.clear(),
                (Keep::Save, None) => {}
            }
        })
    };
    let heading_ref = use_node_ref();
    {
        // A new question or the results: move focus to the new heading, so
        // keyboard and screen reader users start reading there.
        let heading_ref = heading_ref.clone();
        let position = state.attempt.as_ref().map(|a| a.position);
        use_effect_with(position, move |position| {
            if position.is_some() {
                if let Some(heading) = heading_ref.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    let body = match &state.attempt {
        None => intro(messages, quiz, state.notice.as_ref(), &dispatch),
        Some(attempt) if attempt.position >= attempt.order.len() => {
            results(messages, quiz, attempt, &dispatch, &heading_ref)
        }
        Some(attempt) => question_page(messages, quiz, attempt, &dispatch, &heading_ref),
    };
    // The quiz asks what is known today; read as of a past moment, the
    // evidence its feedback sends the visitor back to may be blacked out.
    let moment = crate::ui::moment::use_moment();
    html! {
        <main id="main" class="page quiz" tabindex="-1">
            if moment != crate::core::moment::Moment::Today { <p class="notice">{ messages.quiz_as_of }</p> }
            { body }
        </main>
    }
}

fn intro(
    messages: &'static Messages,
    quiz: &Quiz,
    notice: Option<&AttemptNotice>,
    dispatch: &Callback<QuizAction>,
) -> Html {
    let start = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(QuizAction::Start(fresh_seed())))
    };
    html! {
        <>
            <h1>{ &quiz.title }</h1>
            if let Some(notice) = notice {
                <p class="notice" role="status">{ match notice {
                    AttemptNotice::Outdated => messages.quiz_outdated,
                    AttemptNotice::Corrupt => messages.quiz_corrupt,
                } }</p>
            }
            <p class="intro">{ fill(messages.quiz_intro, &[&quiz.questions.len().to_string(), &quiz.pass_mark.to_string()]) }</p>
            <p><button type="button" class="button" onclick={start}>{ messages.start_quiz }</button></p>
        </>
    }
}

fn question_page(
    messages: &'static Messages,
    quiz: &Quiz,
    attempt: &Attempt,
    dispatch: &Callback<QuizAction>,
    heading_ref: &NodeRef,
) -> Html {
    let position = attempt.position;
    let Some(question) = attempt.question(quiz, position) else {
        return html! {};
    };
    let total = attempt.order.len();
    let response = attempt.response(position).cloned();
    let on_answer = {
        let dispatch = dispatch.clone();
        Callback::from(move |response: Response| dispatch.emit(QuizAction::Answer(position, response)))
    };
    let next = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(QuizAction::GoTo(position + 1)))
    };
    let previous = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(QuizAction::GoTo(position.saturating_sub(1))))
    };
    let start_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(QuizAction::StartOver))
    };
    let choice_order = Rc::new(attempt.choice_order(position, choice_count(question)));
    html! {
        <>
            <p class="quiz-progress">{ fill(messages.question_number, &[&(position + 1).to_string(), &total.to_string()]) }</p>
            <h1 tabindex="-1" ref={heading_ref.clone()} class="question-prompt">{ question.prompt() }</h1>
            <QuestionForm key={question.id().to_string()} question={Rc::new(question.clone())} {choice_order}
                answered={response.clone()} {on_answer} />
            if let Some(response) = &response {
                { feedback(messages, question, response) }
            }
            <div class="quiz-nav">
                if position > 0 {
                    <button type="button" class="button secondary" onclick={previous}>{ messages.previous_question }</button>
                }
                if response.is_some() {
                    <button type="button" class="button" onclick={next}>
                        { if position + 1 == total { messages.see_results } else { messages.next_question } }
                    </button>
                }
                <button type="button" class="link-button start-over" onclick={start_over}>{ messages.start_over }</button>
            </div>
        </>
    }
}

fn choice_count(question: &Question) -> usize {
    match question {
        Question::SingleChoice { choices, .. } | Question::MultipleChoice { choices, .. } => choices.len(),
        Question::Ordering { items, .. } => items.len(),
        _ => 0,
    }
}

/// Right or wrong, why, and where the evidence is.
fn feedback(messages: &'static Messages, question: &Question, response: &Response) -> Html {
    let mark = mark(question, response);
    let verdict = if mark.correct {
        messages.right.to_string()
    } else if mark.credit > 0.0 {
        fill(
            messages.partly_right,
            &[&((mark.credit * 100.0).round() as u32).to_string()],
        )
    } else {
        messages.not_quite.to_string()
    };
    html! {
        <div class={classes!("feedback", if mark.correct { "right" } else { "wrong" })} role="status">
            <p class="verdict"><strong>{ verdict }</strong></p>
            <p><RichText text={question.explanation().to_string()} /></p>
            <EvidenceLink question={Rc::new(question.clone())} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EvidenceLinkProps {
    question: Rc<Question>,
}

/// A link to the station (and lens or comparison step) that holds the answer.
/// The attempt stays where it is, so coming back returns to this question.
#[function_component(EvidenceLink)]
fn evidence_link(props: &EvidenceLinkProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let evidence = props.question.evidence();
    let Some(station) = exhibit.station(&evidence.station) else {
        return html! {};
    };
    let (route, query) = evidence_address(evidence);
    html! {
        <p class="evidence-link">
            <Link to={route} query={query}>{ fill(messages.see_evidence, &[&station.title]) }</Link>
        </p>
    }
}

fn results(
    messages: &'static Messages,
    quiz: &Quiz,
    attempt: &Attempt,
    dispatch: &Callback<QuizAction>,
    heading_ref: &NodeRef,
) -> Html {
    let score = attempt.score(quiz);
    let retry = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(QuizAction::Start(fresh_seed())))
    };
    let missed: Vec<(usize, &Question)> = (0..attempt.order.len())
        .filter_map(|p| {
            let question = attempt.question(quiz, p)?;
            let right = attempt.response(p).is_some_and(|r| mark(question, r).correct);
            (!right).then_some((p, question))
        })
        .collect();
    html! {
        <>
            <h1 tabindex="-1" ref={heading_ref.clone()}>{ messages.results }</h1>
            <p class="score">
                <strong>{ format!("{}%", score.percent) }</strong>
                { fill(messages.marks, &[&format_points(score.points), &score.max.to_string()]) }
                { if score.passed {
                    fill(messages.passed, &[&quiz.pass_mark.to_string()])
                } else {
                    fill(messages.not_yet, &[&quiz.pass_mark.to_string()])
                } }
            </p>
            if missed.is_empty() {
                <p>{ messages.all_right }</p>
            } else {
                <h2>{ messages.to_review }</h2>
                <ul class="missed">
                    { for missed.into_iter().map(|(p, question)| {
                        let dispatch = dispatch.clone();
                        html! {
                            <li key={question.id().to_string()}>
                                <button type="button" class="link-button" onclick={Callback::from(move |_| dispatch.emit(QuizAction::GoTo(p)))}>
                                    { fill(messages.review_question, &[&(p + 1).to_string(), question.prompt()]) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p><button type="button" class="button" onclick={retry}>{ messages.try_again }</button></p>
        </>
    }
}

/// Points with at most one decimal, without float formatting machinery.
fn format_points(points: f64) -> String {
    let tenths = (points * 10.0).round() as i64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}
