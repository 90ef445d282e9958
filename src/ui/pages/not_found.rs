//! An address the exhibit does not have, with a way back.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::route::Route;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <main id="main" class="page" tabindex="-1">
            <h1>{ "This page is not part of the exhibit" }</h1>
            <p>{ "The link may be mistyped, or the page may have moved." }</p>
            <p><Link<Route> to={Route::Home} classes="button">{ "Go to the start of the exhibit" }</Link<Route>></p>
        </main>
    }
}
