//! One quiz question as a form: the visitor chooses, then checks the answer.
//! Native radios and checkboxes wherever they fit, so keyboards and screen
//! readers get the behaviour they know; ordering and "spot the change" have
//! their own components.

use std::rc::Rc;

use yew::prelude::*;

use super::app::{use_exhibit, use_messages};
use super::comparison::{picture, state_picture};
use super::lens_switch::lens_label;
use super::ordering::OrderingList;
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
    let check = {
        let on_answer = props.on_answer.clone();
        let draft = draft.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(response) = (*draft).clone() {
                on_answer.emit(response);
            }
        })
    };
    let ordered = |choices: &[Choice]| -> Vec<Choice> {
        props
            .choice_order
            .iter()
            .filter_map(|&i| choices.get(i).cloned())
            .collect()
    };
    let body = match &*props.question {
        Question::SingleChoice { choices, answer, .. } => {
            let selected = match &shown {
                Some(Response::Choice(id)) => Some(id.clone()),
                _ => None,
            };
            radios(
                messages,
                ordered(choices)
                    .into_iter()
                    .map(|c| (c.id.clone(), c.text.clone()))
                    .collect(),
                selected,
                locked.then(|| answer.clone()),
                set.reform(Response::Choice),
                locked,
            )
        }
        Question::TrueFalse { answer, .. } => {
            let selected = match &shown {
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
                locked.then(|| answer.to_string()),
                set.reform(|id: String| Response::TrueFalse(id == "true")),
                locked,
            )
        }
        Question::WhichVoice { claim, answer, .. } => {
            let selected = match &shown {
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
                        locked.then(|| answer.slug().to_string()),
                        set.reform(|id: String| Response::Voice(LensId::from_slug(&id).unwrap_or(LensId::Speech))),
                        locked,
                    ) }
                </>
            }
        }
        Question::MultipleChoice { choices, answers, .. } => {
            let ticked: Vec<String> = match &shown {
                Some(Response::Choices(ids)) => ids.clone(),
                _ => Vec::new(),
            };
            html! {
                <ul class="choices">
                    { for ordered(choices).into_iter().map(|choice| {
                        let on = ticked.contains(&choice.id);
                        let right = locked && answers.contains(&choice.id);
                        let set = set.clone();
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
        Question::Ordering { items, .. } => {
            let order: Vec<Choice> = match &shown {
                Some(Response::Order(ids)) => ids
                    .iter()
                    .filter_map(|id| items.iter().find(|i| &i.id == id).cloned())
                    .collect(),
                _ => ordered(items),
            };
            let on_change = set.reform(|ids: Vec<String>| Response::Order(ids));
            html! { <OrderingList items={Rc::new(order)} {locked} {on_change} /> }
        }
        Question::SpotTheChange {
            comparison,
            state,
            answer,
            ..
        } => {
            let selected = match &shown {
                Some(Response::Choice(id)) => Some(id.clone()),
                _ => None,
            };
            html! { <SpotTheChange comparison={AttrValue::from(comparison.clone())} state={AttrValue::from(state.clone())}
            selected={selected.map(AttrValue::from)} right={locked.then(|| AttrValue::from(answer.clone()))}
            on_choose={set.reform(Response::Choice)} {locked} /> }
        }
    };
    // An ordering starts in a (shuffled) order of its own, so it can be
    // checked untouched; the others need a choice first.
    let ready = shown.is_some() || matches!(&*props.question, Question::Ordering { .. });
    let submit_ordering = {
        let on_answer = props.on_answer.clone();
        let items = match &*props.question {
            Question::Ordering { items, .. } => ordered(items).into_iter().map(|c| c.id).collect(),
            _ => Vec::new(),
        };
        let draft = draft.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let response = (*draft).clone().unwrap_or_else(|| Response::Order(items.clone()));
            on_answer.emit(response);
        })
    };
    let onsubmit = if matches!(&*props.question, Question::Ordering { .. }) {
        submit_ordering
    } else {
        check
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

#[derive(Properties, PartialEq)]
struct SpotTheChangeProps {
    comparison: AttrValue,
    state: AttrValue,
    selected: Option<AttrValue>,
    right: Option<AttrValue>,
    on_choose: Callback<String>,
    locked: bool,
}

/// The altered image with its marked places as numbered buttons, and the
/// same places as a list, so the question works without seeing the image.
#[function_component(SpotTheChange)]
fn spot_the_change(props: &SpotTheChangeProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let Some(comparison) = exhibit.comparisons.iter().find(|c| c.id == props.comparison.as_str()) else {
        return html! {};
    };
    let Some(state) = comparison.states.iter().find(|s| s.id == props.state.as_str()) else {
        return html! {};
    };
    let places: Vec<_> = comparison.hotspots.iter().filter(|h| h.state == state.id).collect();
    let button = |i: usize, id: &str, label: String, class: &'static str, style: Option<String>| {
        let chosen = props.selected.as_deref() == Some(id);
        let on_choose = props.on_choose.clone();
        let value = id.to_string();
        html! {
            // The markers on the image repeat the list for pointer users; the
            // list is the one keyboards and screen readers use.
            <button type="button" class={classes!(class, (props.right.as_deref() == Some(id)).then_some("right-answer"))} {style}
                tabindex={(class == "hotspot").then_some("-1")}
                aria-pressed={chosen.to_string()} disabled={props.locked}
                onclick={Callback::from(move |_| on_choose.emit(value.clone()))}>
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
