//! One quiz question as a form: the visitor chooses, then checks the answer.
//! Native radios and checkboxes wherever they fit, so keyboards and screen
//! readers get the behaviour they know. Each kind of question is a component
//! of its own, all drawn from one `KindProps`; the ordering question's is
//! in `ordering.rs`.

use std::rc::Rc;

use yew::prelude::*;

use super::app::{use_exhibit, use_messages};
use super::lens_switch::lens_label;
use super::ordering::OrderingList;
use super::picture::{picture, state_picture};
use crate::core::comparison::marker_style;
use crate::core::content::{Choice, LensId, Question};
use crate::core::messages::Messages;
use crate::core::quiz::Response;

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub question: Rc<Question>,
    /// The shuffled order of the question's choices or items.
    pub choice_order: Rc<Vec<usize>>,
    /// The answer already given, if any: the form is then read-only.
    pub answered: Option<Response>,
    pub on_answer: Callback<Response>,
}

#[function_component(QuestionForm)]
pub fn question_form(props: &QuestionFormProps) -> Html {
    let messages = use_messages();
    let draft = use_state(|| props.answered.clone());
    let shown = props.answered.clone().or_else(|| (*draft).clone());
    let locked = props.answered.is_some();
    let set = {
        let draft = draft.clone();
        Callback::from(move |response: Response| draft.set(Some(response)))
    };
    let kind = KindProps {
        question: props.question.clone(),
        order: props.choice_order.clone(),
        shown: shown.clone(),
        locked,
        set,
    };
    let body = match &*props.question {
        Question::SingleChoice { .. } => html! { <SingleChoice ..kind /> },
        Question::TrueFalse { .. } => html! { <TrueFalse ..kind /> },
        Question::WhichVoice { .. } => html! { <WhichVoice ..kind /> },
        Question::MultipleChoice { .. } => html! { <MultipleChoice ..kind /> },
        Question::Ordering { .. } => html! { <OrderingList ..kind /> },
        Question::SpotTheChange { .. } => html! { <SpotTheChange ..kind /> },
    };
    // An ordering starts in a (shuffled) order of its own, so it can be
    // checked untouched; the others need a choice first.
    let untouched = match &*props.question {
        Question::Ordering { items, .. } => Some(Response::Order(
            ordered(items, &props.choice_order).into_iter().map(|c| c.id).collect(),
        )),
        _ => None,
    };
    let ready = shown.is_some() || untouched.is_some();
    let onsubmit = {
        let on_answer = props.on_answer.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(response) = (*draft).clone().or_else(|| untouched.clone()) {
                on_answer.emit(response);
            }
        })
    };
    html! {
        <form class="question" {onsubmit}>
            { body }
            if !locked {
                <p><button type="submit" class="button" disabled={!ready}>{ messages.check_answer }</button></p>
            }
        </form>
    }
}

/// What every kind of question is drawn from: the question, the attempt's
/// shuffled order of its choices or items, what is chosen so far (or the
/// answer given, when `locked`), and how a choice is made.
#[derive(Properties, PartialEq, Clone)]
pub(super) struct KindProps {
    pub question: Rc<Question>,
    /// The shuffled order of the question's choices or items.
    pub order: Rc<Vec<usize>>,
    pub shown: Option<Response>,
    pub locked: bool,
    pub set: Callback<Response>,
}

/// The choices in the attempt's shuffled order.
pub(super) fn ordered(choices: &[Choice], order: &[usize]) -> Vec<Choice> {
    order.iter().filter_map(|&i| choices.get(i).cloned()).collect()
}

/// One right choice among radios.
#[function_component(SingleChoice)]
fn single_choice(props: &KindProps) -> Html {
    let messages = use_messages();
    let Question::SingleChoice { choices, answer, .. } = &*props.question else {
        return html! {};
    };
    let selected = match &props.shown {
        Some(Response::Choice(id)) => Some(id.clone()),
        _ => None,
    };
    radios(
        messages,
        ordered(choices, &props.order)
            .into_iter()
            .map(|c| (c.id, c.text))
            .collect(),
        selected,
        props.locked.then(|| answer.clone()),
        props.set.reform(Response::Choice),
        props.locked,
    )
}

/// True or false, as two radios.
#[function_component(TrueFalse)]
fn true_false(props: &KindProps) -> Html {
    let messages = use_messages();
    let Question::TrueFalse { answer, .. } = &*props.question else {
        return html! {};
    };
    let selected = match &props.shown {
        Some(Response::TrueFalse(b)) => Some(b.to_string()),
        _ => None,
    };
    radios(
        messages,
        vec![
            ("true".into(), messages.true_word.into()),
            ("false".into(), messages.false_word.into()),
        ],
        selected,
        props.locked.then(|| answer.to_string()),
        props.set.reform(|id: String| Response::TrueFalse(id == "true")),
        props.locked,
    )
}

/// A claim, and the three accounts as radios: whose voice is it?
#[function_component(WhichVoice)]
fn which_voice(props: &KindProps) -> Html {
    let messages = use_messages();
    let Question::WhichVoice { claim, answer, .. } = &*props.question else {
        return html! {};
    };
    let selected = match &props.shown {
        Some(Response::Voice(lens)) => Some(lens.slug().to_string()),
        _ => None,
    };
    html! {
        <>
            <blockquote class="quiz-claim"><p>{ claim }</p></blockquote>
            { radios(
                messages,
                LensId::ALL.into_iter().map(|l| (l.slug().to_string(), lens_label(messages, l).to_string())).collect(),
                selected,
                props.locked.then(|| answer.slug().to_string()),
                props.set.reform(|id: String| Response::Voice(LensId::from_slug(&id).unwrap_or(LensId::Speech))),
                props.locked,
            ) }
        </>
    }
}

/// Every right choice among checkboxes.
#[function_component(MultipleChoice)]
fn multiple_choice(props: &KindProps) -> Html {
    let messages = use_messages();
    let Question::MultipleChoice { choices, answers, .. } = &*props.question else {
        return html! {};
    };
    let ticked: Vec<String> = match &props.shown {
        Some(Response::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    let locked = props.locked;
    html! {
        <ul class="choices">
            { for ordered(choices, &props.order).into_iter().map(|choice| {
                let on = ticked.contains(&choice.id);
                let right = locked && answers.contains(&choice.id);
                let set = props.set.clone();
                let ticked = ticked.clone();
                let id = choice.id.clone();
                let onchange = Callback::from(move |_| {
                    let mut next = ticked.clone();
                    if let Some(at) = next.iter().position(|t| *t == id) {
                        next.remove(at);
                    } else {
                        next.push(id.clone());
                    }
                    set.emit(Response::Choices(next));
                });
                html! {
                    <li key={choice.id.clone()} class={classes!("choice", right.then_some("right-answer"))}>
                        <label>
                            <input type="checkbox" checked={on} disabled={locked} {onchange} />
                            <span>{ &choice.text }</span>
                            if right { <span class="answer-mark">{ messages.a_right_answer }</span> }
                        </label>
                    </li>
                }
            }) }
        </ul>
    }
}

/// A group of native radio buttons. `right` marks the right answer once the
/// question is answered.
fn radios(
    messages: &'static Messages,
    options: Vec<(String, String)>,
    selected: Option<String>,
    right: Option<String>,
    on_choose: Callback<String>,
    locked: bool,
) -> Html {
    html! {
        <div class="choices" role="radiogroup" aria-label={messages.answers_label}>
            { for options.into_iter().map(|(id, text)| {
                let checked = selected.as_deref() == Some(id.as_str());
                let is_right = right.as_deref() == Some(id.as_str());
                let on_choose = on_choose.clone();
                let value = id.clone();
                html! {
                    <div key={id.clone()} class={classes!("choice", is_right.then_some("right-answer"))}>
                        <label>
                            <input type="radio" name="answer" value={id.clone()} {checked} disabled={locked}
                                onchange={Callback::from(move |_| on_choose.emit(value.clone()))} />
                            <span>{ text }</span>
                            if is_right { <span class="answer-mark">{ messages.the_right_answer }</span> }
                        </label>
                    </div>
                }
            }) }
        </div>
    }
}

/// The altered image with its marked places as numbered buttons, and the
/// same places as a list, so the question works without seeing the image.
#[function_component(SpotTheChange)]
fn spot_the_change(props: &KindProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let Question::SpotTheChange {
        comparison,
        state,
        answer,
        ..
    } = &*props.question
    else {
        return html! {};
    };
    let Some(comparison) = exhibit.comparisons.iter().find(|c| &c.id == comparison) else {
        return html! {};
    };
    let Some(state) = comparison.states.iter().find(|s| &s.id == state) else {
        return html! {};
    };
    let selected = match &props.shown {
        Some(Response::Choice(id)) => Some(id.as_str()),
        _ => None,
    };
    let right = props.locked.then_some(answer.as_str());
    let places: Vec<_> = comparison.hotspots.iter().filter(|h| h.state == state.id).collect();
    let button = |i: usize, id: &str, label: String, class: &'static str, style: Option<String>| {
        let chosen = selected == Some(id);
        let on_choose = props.set.clone();
        let value = id.to_string();
        html! {
            // The markers on the image repeat the list for pointer users; the
            // list is the one keyboards and screen readers use.
            <button type="button" class={classes!(class, (right == Some(id)).then_some("right-answer"))} {style}
                tabindex={(class == "hotspot").then_some("-1")}
                aria-pressed={chosen.to_string()} disabled={props.locked}
                onclick={Callback::from(move |_| on_choose.emit(Response::Choice(value.clone())))}>
                if class == "hotspot" {
                    <span class="hotspot-disc">{ i + 1 }</span>
                } else {
                    { format!("{}. {label}", i + 1) }
                }
            </button>
        }
    };
    html! {
        <div class="spot-the-change">
            { picture(html! {
                <div class="stage" style={format!("aspect-ratio:{}/{}", state.width, state.height)}>
                    { state_picture(state, false, false, None, None, crate::core::images::SIZES_SPOT) }
                    { for places.iter().enumerate().map(|(i, h)| {
                        let style = marker_style(h.x, h.y, state.width, state.height);
                        html! { <span aria-hidden="true">{ button(i, &h.id, h.label.clone(), "hotspot", Some(style)) }</span> }
                    }) }
                </div>
            }, &[state], None) }
            <p class="spot-hint">{ messages.spot_hint }</p>
            <ul class="spot-list">
                { for places.iter().enumerate().map(|(i, h)| html! {
                    <li key={h.id.clone()}>{ button(i, &h.id, h.label.clone(), "spot-choice", None) }</li>
                }) }
            </ul>
        </div>
    }
}
