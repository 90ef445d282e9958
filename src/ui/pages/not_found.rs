//! An address the exhibit does not have, with a way back.

use yew::prelude::*;

use crate::ui::app::use_messages;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let messages = use_messages();
    html! {
        <main id="main" class="page" tabindex="-1">
            <h1>{ messages.not_found }</h1>
            <p>{ messages.not_found_text }</p>
            <p><Link to={Route::Home} classes="button">{ messages.go_home }</Link></p>
        </main>
    }
}
