//! Kiosk mode's watch over an idle screen: after the content's idle time
//! with no touch or key, "Are you still there?" counts down; any touch or
//! key cancels it; at the end the visit is forgotten and the attract screen
//! waits for the next visitor. The rules are `core::kiosk`'s.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::app::{use_exhibit, use_messages, use_place};
use crate::browser::kiosk::{forget_visit, restart};
use crate::browser::storage::open_store;
use crate::core::kiosk::{idle, Idle, COUNTDOWN_SECONDS};
use crate::core::messages::fill;

/// What counts as someone at the screen: a finger that scrolls starts with a
/// pointerdown, a mouse wheel has no other sign, and a screen reader's
/// double tap may send only a click. Heard on the way down (capture), before
/// any control can stop it.
const ACTIVITY: [&str; 5] = ["pointerdown", "touchstart", "click", "keydown", "wheel"];

/// What answers the question. Not a pointerdown: the question would vanish
/// under the finger, and the tap's click land on the link beneath it.
const ANSWER: [&str; 3] = ["click", "keydown", "wheel"];

#[function_component(IdleWatch)]
pub fn idle_watch() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let root = use_place().root;
    let phase = use_state_eq(|| Idle::Active);
    {
        let phase = phase.setter();
        let idle_seconds = exhibit.kiosk.idle_seconds;
        let id = exhibit.id.clone();
        use_effect_with((), move |_| {
            let last = Rc::new(Cell::new(js_sys::Date::now()));
            let window = gloo::utils::window();
            let listeners: Vec<EventListener> = ACTIVITY
                .into_iter()
                .map(|name| {
                    let last = last.clone();
                    let phase = phase.clone();
                    let answers = ANSWER.contains(&name);
                    EventListener::new_with_options(
                        &window,
                        name,
                        EventListenerOptions::run_in_capture_phase(),
                        move |_| {
                            last.set(js_sys::Date::now());
                            if answers {
                                phase.set(Idle::Active);
                            }
                        },
                    )
                })
                .collect();
            let ticks = Interval::new(1000, move || {
                match idle(idle_seconds, js_sys::Date::now() - last.get()) {
                    Idle::Over => {
                        forget_visit(open_store().as_ref(), &id);
                        restart(&root);
                    }
                    now => phase.set(now),
                }
            });
            move || drop((listeners, ticks))
        });
    }
    let Idle::Asking { seconds_left } = *phase else {
        return html! {};
    };
    // Announced once, as it appears, with the whole time; the count that
    // follows is for the eye, not read out every second.
    html! {
        <div class="idle-notice" role="alert">
            <div class="idle-card">
                <p class="idle-question">{ messages.idle_question }</p>
                <p class="idle-count" aria-hidden="true">{ seconds_left }</p>
                <p>{ fill(messages.idle_explain, &[&COUNTDOWN_SECONDS.to_string()]) }</p>
                <button type="button" class="button">{ messages.idle_stay }</button>
            </div>
        </div>
    }
}
