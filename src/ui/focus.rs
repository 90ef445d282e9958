//! After navigating to another page, focus goes to the new page's heading,
//! so keyboard and screen reader users start reading there instead of
//! wherever the old page left them. Switching the lens or a comparison's
//! view is not a new page and keeps focus where it is.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::core::lens::View;

/// The page an address shows, ignoring the view a station is seen in.
fn page_of(path: &str) -> &str {
    match path.rsplit_once('/') {
        Some((page, last)) if path.starts_with("/station/") && View::from_slug(last).is_some() => page,
        _ => path,
    }
}

#[function_component(FocusOnNavigate)]
pub fn focus_on_navigate() -> Html {
    let page = use_location()
        .map(|l| page_of(l.path()).to_string())
        .unwrap_or_default();
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
