//! After navigating to another page, focus goes to the new page's heading,
//! so keyboard and screen reader users start reading there instead of
//! wherever the old page left them. Switching the lens or a comparison's
//! view is not a new page and keeps focus where it is.

use yew::prelude::*;

use super::route::Route;
use super::router::use_route;

/// The page a route shows, ignoring the view a station is seen in.
fn page_of(route: Route) -> Route {
    match route {
        Route::StationView { id, .. } => Route::Station { id },
        route => route,
    }
}

#[function_component(FocusOnNavigate)]
pub fn focus_on_navigate() -> Html {
    let page = page_of(use_route());
    let first = use_mut_ref(|| true);
    use_effect_with(page, move |_| {
        // The first page of a visit keeps the browser's own starting point.
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        // A new deploy took over this open tab: load it for the new page.
        if crate::browser::service_worker::reload_if_new_deploy() {
            return;
        }
        let document = gloo::utils::document();
        if let Ok(Some(heading)) = document.query_selector("main h1") {
            let _ = heading.set_attribute("tabindex", "-1");
            if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                let _ = heading.focus();
            }
        }
    });
    html! {}
}
