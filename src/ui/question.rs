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
    let form = Answering {
        messages,
        shown: shown.as_ref(),
        locked,
        set: &set,
        order: &props.choice_order,
    };
    let body = match &*props.question {
        Question::SingleChoice { choices, answer, .. } => form.single_choice(choices, answer),
        Question::TrueFalse { answer, .. } => form.true_false(*answer),
        Question::WhichVoice { claim, answer, .. } => form.which_voice(claim, *answer),
        Question::MultipleChoice { choices, answers, .. } => form.multiple_choice(choices, answers),
        Question::Ordering { items, .. } => form.ordering(items),
        Question::SpotTheChange {
            comparison,
            state,
            answer,
            ..
        } => form.spot_the_change(comparison, state, answer),
    };
    // An ordering starts in a (shuffled) order of its own, so it can be
    // checked untouched; the others need a choice first.
    let untouched = match &*props.question {
        Question::Ordering { items, .. } => {
            Some(Response::Order(form.ordered(items).into_iter().map(|c| c.id).collect()))
        }
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

/// A question being answered: what is chosen so far (or the answer given,
/// when `locked`), and how a choice is made. One method per kind of
/// question, each drawing its choices.
struct Answering<'a> {
    messages: &'static Messages,
    shown: Option<&'a Response>,
    locked: bool,
    set: &'a Callback<Response>,
    /// The shuffled order of the question's choices or items.
    order: &'a [usize],
}

impl Answering<'_> {
    /// The choices in the attempt's shuffled order.
    fn ordered(&self, choices: &[Choice]) -> Vec<Choice> {
        self.order.iter().filter_map(|&i| choices.get(i).cloned()).collect()
    }

    fn single_choice(&self, choices: &[Choice], answer: &str) -> Html {
        let selected = match self.shown {
            Some(Response::Choice(id)) => Some(id.clone()),
            _ => None,
        };
        radios(
            self.messages,
            self.ordered(choices).into_iter().map(|c| (c.id, c.text)).collect(),
            selected,
            self.locked.then(|| answer.to_string()),
            self.set.reform(Response::Choice),
            self.locked,
        )
    }

    fn true_false(&self, answer: bool) -> Html {
        let selected = match self.shown {
            Some(Response::TrueFalse(b)) => Some(b.to_string()),
            _ => None,
        };
        radios(
            self.messages,
            vec![
                ("true".into(), self.messages.true_word.into()),
                ("false".into(), self.messages.false_word.into()),
            ],
            selected,
            self.locked.then(|| answer.to_string()),
            self.set.reform(|id: String| Response::TrueFalse(id == "true")),
            self.locked,
        )
    }

    fn which_voice(&self, claim: &str, answer: LensId) -> Html {
        let messages = self.messages;
        let selected = match self.shown {
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
                    self.locked.then(|| answer.slug().to_string()),
                    self.set.reform(|id: String| Response::Voice(LensId::from_slug(&id).unwrap_or(LensId::Speech))),
                    self.locked,
                ) }
            </>
        }
    }

    fn multiple_choice(&self, choices: &[Choice], answers: &[String]) -> Html {
        let ticked: Vec<String> = match self.shown {
            Some(Response::Choices(ids)) => ids.clone(),
            _ => Vec::new(),
        };
        let locked = self.locked;
        html! {
            <ul class="choices">
                { for self.ordered(choices).into_iter().map(|choice| {
                    let on = ticked.contains(&choice.id);
                    let right = locked && answers.contains(&choice.id);
                    let set = self.set.clone();
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
                                if right { <span class="answer-mark">{ self.messages.a_right_answer }</span> }
                            </label>
                        </li>
                    }
                }) }
            </ul>
        }
    }

    fn ordering(&self, items: &[Choice]) -> Html {
        let order: Vec<Choice> = match self.shown {
            Some(Response::Order(ids)) => ids
                .iter()
                .filter_map(|id| items.iter().find(|i| &i.id == id).cloned())
                .collect(),
            _ => self.ordered(items),
        };
        let on_change = self.set.reform(Response::Order);
        html! { <OrderingList items={Rc::new(order)} locked={self.locked} {on_change} /> }
    }

    fn spot_the_change(&self, comparison: &str, state: &str, answer: &str) -> Html {
        let selected = match self.shown {
            Some(Response::Choice(id)) => Some(AttrValue::from(id.clone())),
            _ => None,
        };
        html! {
            <SpotTheChange comparison={AttrValue::from(comparison.to_string())} state={AttrValue::from(state.to_string())}
                {selected} right={self.locked.then(|| AttrValue::from(answer.to_string()))}
                on_choose={self.set.reform(Response::Choice)} locked={self.locked} />
        }
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
