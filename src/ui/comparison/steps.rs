//! The comparison one picture at a time, in order, for images altered more
//! than once: a scrubber (earlier, a range, later), the pictures' names as
//! buttons, and the caption of the picture shown.

use yew::prelude::*;

use super::Shared;
use crate::core::comparison::ComparisonView;
use crate::core::images;
use crate::core::messages::fill;

pub fn steps(shared: &Shared) -> Html {
    let Shared {
        comparison,
        messages,
        view,
        set_view,
        ..
    } = *shared;
    let count = comparison.states.len();
    let step = view.step.min(count.saturating_sub(1));
    let Some(state) = comparison.states.get(step) else {
        return html! {};
    };
    let go = |to: usize| shared.go(move |view| ComparisonView { step: to, ..view });
    let oninput = {
        let set_view = set_view.clone();
        let view = view.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(to) = input.value().parse::<usize>() {
                set_view.emit((
                    ComparisonView {
                        step: to,
                        ..(*view).clone()
                    },
                    true,
                ));
            }
        })
    };
    html! {
        <figure class="comparison-figure">
            { shared.single(state, images::SIZES_FULL) }
            <div class="scrubber">
                <button type="button" onclick={go(step.saturating_sub(1))} disabled={step == 0}>{ messages.earlier }</button>
                <input type="range" min="0" max={(count - 1).to_string()} step="1" value={step.to_string()}
                    aria-label={fill(messages.step_through, &[&comparison.title])}
                    aria-valuetext={fill(messages.step_value, &[&(step + 1).to_string(), &count.to_string(), &state.label.clone()])}
                    {oninput} />
                <button type="button" onclick={go((step + 1).min(count - 1))} disabled={step + 1 == count}>{ messages.later }</button>
            </div>
            <ol class="step-labels">
                { for comparison.states.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" class="link-button" aria-current={(i == step).then_some("step")} onclick={go(i)}>
                            { s.label.clone() }
                        </button>
                    </li>
                }) }
            </ol>
            <figcaption>
                <p class="step-count">{ fill(messages.step_count, &[&(step + 1).to_string(), &count.to_string()]) }</p>
                <p><strong>{ format!("{}: ", state.label) }</strong>{ &state.caption }</p>
            </figcaption>
        </figure>
    }
}
