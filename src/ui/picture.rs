//! A picture of the exhibit: one image state with the words set over it,
//! and under its stage the words that leave it when it is shown too narrow.
//! The comparisons, the quiz's "spot the change", the worksheet and the
//! attract screen all draw their pictures here.

use yew::prelude::*;

use crate::core::comparison::label_style;
use crate::core::content::{ImageLabel, ImageState};
use crate::core::images;

/// One state's picture with its words set over it. The layer, not the
/// image, takes the slider's clip, so the words go with their picture. The
/// words are hidden from screen readers: the alt text and the long
/// description already give them. A scan is offered as its copies by width
/// (`sizes`: how wide the picture is shown), WebP first, JPEG else; the
/// browser takes the one its screen needs.
pub fn state_picture(
    state: &ImageState,
    top: bool,
    eager: bool,
    style: Option<String>,
    on_load: Option<&Callback<String>>,
    sizes: &'static str,
) -> Html {
    let onload = on_load.map(|on_load| {
        let on_load = on_load.clone();
        let image = state.image.clone();
        Callback::from(move |_: Event| on_load.emit(image.clone()))
    });
    html! {
        <div class={classes!("state-layer", top.then_some("top"))} {style}>
            // A picture loads as it nears the screen, but the slider's top one
            // at once when the divider starts at 0: clipped to nothing, a lazy
            // image never counts as seen and never loads.
            if images::is_raster(&state.image) {
                <picture class="state-picture">
                    <source type="image/webp" srcset={images::srcset("assets/", state, "webp")} {sizes} />
                    <img class="state-image" src={format!("assets/{}", images::fallback_path(state))}
                        srcset={images::srcset("assets/", state, "jpg")} {sizes}
                        alt={state.alt.clone()} width={state.width.to_string()} height={state.height.to_string()}
                        loading={if eager { "eager" } else { "lazy" }} decoding="async" draggable="false" {onload} />
                </picture>
            } else {
                <img class="state-image" src={image_url(state)} alt={state.alt.clone()} width={state.width.to_string()}
                    height={state.height.to_string()} loading={if eager { "eager" } else { "lazy" }} decoding="async" draggable="false" {onload} />
            }
            if !state.labels.is_empty() {
                <div class="image-labels" aria-hidden="true">
                    { for state.labels.iter().map(|label| html! {
                        <span class={classes!(
                            "image-label",
                            format!("anchor-{}", label.anchor.slug()),
                            format!("tone-{}", label.tone.slug()),
                            label.bold.then_some("bold"),
                            label.struck.then_some("struck"),
                            label.moves_below.then_some("moves-below"),
                        )} style={label_style(label, state.width, state.height)}>{ &label.text }</span>
                    }) }
                </div>
            }
        </div>
    }
}

/// A stage and, under it, the words that leave its pictures when they are
/// shown too narrow to hold them legibly (the style sheet decides when, by
/// the picture's own width). Hidden from screen readers, as the labels are.
pub fn picture(stage: Html, states: &[&ImageState], class: Option<&'static str>) -> Html {
    let moved: Vec<(&ImageState, Vec<&ImageLabel>)> = states
        .iter()
        .map(|s| (*s, s.labels.iter().filter(|l| l.moves_below).collect::<Vec<_>>()))
        .filter(|(_, labels)| !labels.is_empty())
        .collect();
    let named = states.len() > 1;
    html! {
        <div class={classes!("picture", class)}>
            { stage }
            if !moved.is_empty() {
                <div class="picture-words" aria-hidden="true">
                    { for moved.iter().map(|(state, labels)| html! {
                        <p>
                            if named { <strong>{ format!("{}: ", state.label) }</strong> }
                            { for labels.iter().enumerate().map(|(i, l)| html! {
                                <>
                                    if i > 0 { { " · " } }
                                    <span class={classes!(l.struck.then_some("struck"), l.bold.then_some("bold"))}>{ &l.text }</span>
                                </>
                            }) }
                        </p>
                    }) }
                </div>
            }
        </div>
    }
}

/// Image paths in content are relative to `assets/`.
fn image_url(state: &ImageState) -> String {
    format!("assets/{}", state.image)
}
