//! Printing: the page is told before it is printed and after, so it can
//! draw what only paper needs (every account of a station, each
//! comparison's pictures side by side) and nothing else the rest of the time.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// Calls `printing(true)` before the page is printed and `printing(false)`
/// after, while the returned listeners are kept. Also follows the print
/// media query, which is what an emulated print (a test's, a PDF tool's)
/// changes.
pub fn watch(printing: impl Fn(bool) + 'static) -> Vec<EventListener> {
    let printing = Rc::new(printing);
    let window = gloo::utils::window();
    let mut listeners = vec![
        EventListener::new(&window, "beforeprint", {
            let printing = printing.clone();
            move |_| printing(true)
        }),
        EventListener::new(&window, "afterprint", {
            let printing = printing.clone();
            move |_| printing(false)
        }),
    ];
    if let Ok(Some(query)) = window.match_media("print") {
        listeners.push(EventListener::new(&query, "change", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::MediaQueryListEvent>() {
                printing(event.matches());
            }
        }));
    }
    listeners
}

/// True while the page is being printed (the app may start during a print).
pub fn printing_now() -> bool {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window()
            .match_media("print")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches())
    } else {
        false
    }
}

/// Writes the page's address where a printed page shows it (the frame's
/// `.page-url`), after each move: the app changes the address without a
/// page load.
pub fn show_address() {
    let document = gloo::utils::document();
    // Without its query: a host's pairs (an LMS's, a signed link's token)
    // are not for paper.
    let location = gloo::utils::window().location();
    let href = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    if let Ok(Some(url)) = document.query_selector("#app .page-url") {
        url.set_text_content(Some(&href));
    }
}
