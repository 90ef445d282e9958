//! The accessibility statement: what the exhibit aims for, and how that is
//! tested.

use yew::prelude::*;

use crate::ui::app::use_messages;

#[function_component(AccessibilityPage)]
pub fn accessibility_page() -> Html {
    let messages = use_messages();
    html! {
        <main id="main" class="page" tabindex="-1">
            <h1>{ messages.accessibility }</h1>
            { for [
                messages.accessibility_aim,
                messages.accessibility_tested,
                messages.accessibility_keyboard,
                messages.accessibility_images,
                messages.accessibility_limits,
            ].into_iter().map(|text| html! { <p>{ text }</p> }) }
        </main>
    }
}
