//! The comparison as a slider: the later picture under the earlier one,
//! clipped at a divider the visitor drags, or moves with the keys of an ARIA
//! slider (`core::comparison::SliderKey`). Markers of each picture show only
//! on its side of the divider.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::marks::Showing;
use super::Shared;
use crate::core::comparison::{percent_at, slider_pair, value_text, ComparisonView, SliderKey};
use crate::core::content::Orientation;
use crate::core::images;
use crate::core::messages::fill;
use crate::ui::picture::{picture, state_picture};

pub fn slider(shared: &Shared, dragging: &Rc<RefCell<bool>>, stage: &NodeRef) -> Html {
    let Some((before, after)) = slider_pair(shared.comparison) else {
        return html! {};
    };
    let messages = shared.messages;
    let vertical = shared.comparison.orientation == Orientation::Vertical;
    let at = shared.view.at;
    let (clip, shift) = if vertical {
        (
            format!("clip-path:inset(0 0 {}% 0)", 100 - at),
            format!("transform:translateY({at}%)"),
        )
    } else {
        (
            format!("clip-path:inset(0 {}% 0 0)", 100 - at),
            format!("transform:translateX({at}%)"),
        )
    };
    let drag = Drag {
        shared,
        dragging,
        stage,
        vertical,
    };
    let (onpointerdown, onpointermove, onpointerup, onkeydown) = (drag.down(), drag.moved(), drag.up(), drag.key());
    let orientation = if vertical { "vertical" } else { "horizontal" };
    // A vertical slider is shown narrower (the style sheet's 30rem).
    let sizes = if vertical {
        images::SIZES_NARROW
    } else {
        images::SIZES_FULL
    };
    // The sweep's keyframes read the divider's place from `--at`.
    let ratio = format!("aspect-ratio:{}/{};--at:{at}%", after.width, after.height);
    html! {
        <figure class="comparison-figure">
            <p class={classes!("stage-labels", orientation)} aria-hidden="true">
                <span>{ if vertical { "▲ " } else { "◀ " } }{ &before.label }</span>
                <span>{ &after.label }{ if vertical { " ▼" } else { " ▶" } }</span>
            </p>
            { picture(html! {
                <div class={classes!("stage", orientation, shared.sweep.then_some("sweep"))} style={ratio} ref={stage.clone()}
                    onpointerdown={onpointerdown} onpointermove={onpointermove}
                    onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                    { state_picture(after, false, false, None, Some(shared.on_load), sizes) }
                    { state_picture(before, true, at == 0, Some(clip), Some(shared.on_load), sizes) }
                    <div class="divider" style={shift}>
                        <div class="divider-handle" role="slider" tabindex="0"
                            aria-label={fill(messages.divider, &[&before.label, &after.label])}
                            aria-orientation={orientation}
                            aria-valuemin="0" aria-valuemax="100" aria-valuenow={at.to_string()}
                            aria-valuetext={value_text(messages, at, before, after)}
                            {onkeydown}>
                        </div>
                    </div>
                    { shared.markers(Showing::Divided { before: &before.id, at, vertical }) }
                </div>
            }, &[before, after], Some(orientation)) }
            <figcaption>
                <p><strong>{ format!("{}: ", before.label) }</strong>{ &before.caption }</p>
                <p><strong>{ format!("{}: ", after.label) }</strong>{ &after.caption }</p>
            </figcaption>
        </figure>
    }
}

/// What moves the divider: a pointer on the stage, the keys on the handle.
/// Only the gesture's end (and each key) writes the view into the link.
struct Drag<'a> {
    shared: &'a Shared<'a>,
    dragging: &'a Rc<RefCell<bool>>,
    stage: &'a NodeRef,
    vertical: bool,
}

impl Drag<'_> {
    /// Moves the divider to `at`; `commit` also writes it into the link.
    fn to(&self) -> impl Fn(u8, bool) + 'static {
        let set_view = self.shared.set_view.clone();
        let view = self.shared.view.clone();
        move |at, commit| set_view.emit((ComparisonView { at, ..(*view).clone() }, commit))
    }

    /// The view, read through when an event comes, not as it was when the
    /// figure was drawn: two events may come before the next drawing (a
    /// drag's last move and its end, a key pressed twice).
    fn view(&self) -> UseStateHandle<ComparisonView> {
        self.shared.view.clone()
    }

    /// The pointer's position along the stage, as a percent. (Yew delegates
    /// events to the app's root, so `currentTarget` is not the stage.)
    fn position(&self) -> impl Fn(&PointerEvent) -> Option<u8> + 'static {
        let stage = self.stage.clone();
        let vertical = self.vertical;
        move |event| {
            let rect = stage.cast::<web_sys::Element>()?.get_bounding_client_rect();
            Some(if vertical {
                percent_at(f64::from(event.client_y()) - rect.top(), rect.height())
            } else {
                percent_at(f64::from(event.client_x()) - rect.left(), rect.width())
            })
        }
    }

    fn down(&self) -> Callback<PointerEvent> {
        let (stage, dragging, position, to) = (self.stage.clone(), self.dragging.clone(), self.position(), self.to());
        Callback::from(move |event: PointerEvent| {
            if !event.is_primary() {
                return;
            }
            if let Some(stage) = stage.cast::<web_sys::Element>() {
                let _ = stage.set_pointer_capture(event.pointer_id());
            }
            *dragging.borrow_mut() = true;
            if let Some(at) = position(&event) {
                to(at, false);
            }
        })
    }

    fn moved(&self) -> Callback<PointerEvent> {
        let (dragging, position, to, view) = (self.dragging.clone(), self.position(), self.to(), self.view());
        Callback::from(move |event: PointerEvent| {
            if *dragging.borrow() {
                if let Some(at) = position(&event).filter(|at| *at != view.at) {
                    to(at, false);
                }
            }
        })
    }

    /// The end of a drag (or its cancelling) writes where it ended.
    fn up(&self) -> Callback<PointerEvent> {
        let (dragging, to, view) = (self.dragging.clone(), self.to(), self.view());
        Callback::from(move |_: PointerEvent| {
            if dragging.replace(false) {
                to(view.at, true);
            }
        })
    }

    fn key(&self) -> Callback<KeyboardEvent> {
        let (to, view) = (self.to(), self.view());
        Callback::from(move |event: KeyboardEvent| {
            if let Some(key) = SliderKey::from_key(&event.key(), event.shift_key()) {
                event.prevent_default();
                to(key.apply(view.at), true);
            }
        })
    }
}
