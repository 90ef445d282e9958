//! The comparison's pictures next to each other (stacked on a phone), each
//! on its own stage with its marks: every picture with its caption, or, read
//! as of a past moment, the pictures a reader then could see.

use yew::prelude::*;

use super::Shared;
use crate::core::content::{Exhibit, ImageState};
use crate::core::images;
use crate::core::moment::{hidden, Moment};
use crate::ui::moment::redaction;

/// Every picture with its caption: the side-by-side mode, and the figure
/// on paper.
pub fn side_by_side(shared: &Shared) -> Html {
    let comparison = shared.comparison;
    html! {
        <div class="side-by-side">
            { for comparison.states.iter().map(|state| html! {
                <figure class="comparison-figure" key={state.id.clone()}>
                    { shared.single(state, images::SIZES_HALF) }
                    <figcaption><strong>{ format!("{}: ", state.label) }</strong>{ &state.caption }</figcaption>
                </figure>
            }) }
        </div>
    }
}

/// The comparison as a reader at a past moment met it: the pictures they
/// could see, side by side when more than one, each under its name only
/// (the caption is today's account of it), then each other picture as a
/// redaction under its name. Keyed by the picture, so a change of moment
/// brings the new one in (with a fade, where motion is welcome).
pub fn as_of(shared: &Shared, exhibit: &Exhibit, moment: Moment, shown: &[&ImageState]) -> Html {
    let comparison = shared.comparison;
    let messages = shared.messages;
    let sizes = if shown.len() > 1 {
        images::SIZES_HALF
    } else {
        images::SIZES_FULL
    };
    html! {
        <div class="as-of">
            <div class={classes!((shown.len() > 1).then_some("side-by-side"))}>
                { for shown.iter().map(|state| html! {
                    <figure class="comparison-figure as-of-picture" key={state.id.clone()}>
                        { shared.single(state, sizes) }
                        <figcaption><strong>{ &state.label }</strong></figcaption>
                    </figure>
                }) }
            </div>
            { for comparison.states.iter().filter_map(|state| {
                hidden(exhibit, &state.known, None, moment).map(|why| redaction(exhibit, messages, moment, &why, Some(&state.label)))
            }) }
        </div>
    }
}
