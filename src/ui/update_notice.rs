//! A quiet notice on the first visit after the exhibit was deployed anew, so
//! a returning visitor knows why something may look different.

use yew::prelude::*;

use super::app::{use_exhibit, use_messages};
use crate::browser::service_worker;
use crate::browser::storage::open_store;

#[function_component(UpdateNotice)]
pub fn update_notice() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let updated = use_state(|| false);
    {
        let updated = updated.setter();
        use_effect_with((), move |_| {
            // Recording this visit's build is a side effect: once, after rendering.
            if service_worker::updated_since_last_visit(open_store().as_ref(), &exhibit.id) {
                updated.set(true);
            }
        });
    }
    // The live region exists from the start, so a screen reader announces the
    // text when it arrives rather than missing a region born with it.
    html! {
        <div role="status">
            if *updated {
                <div class="notice-bar"><p>{ messages.updated }</p></div>
            }
        </div>
    }
}
