//! The prerendered page (`#first-screen`, written at build time by the
//! app's own components): painted at once, read while the wasm and the
//! content download, and all a visitor sees if the app cannot start. The
//! app draws the same page into `#app` and removes this one in the same
//! task, so no frame shows both or neither; the document's height stays
//! the same, so the scroll position stays where the visitor left it.

use std::cell::Cell;

use wasm_bindgen::JsCast;

/// The id of the prerendered page's element.
const FIRST_SCREEN: &str = "first-screen";

/// The performance mark and measure of the take-over.
const TAKE_OVER: &str = "exhibit-take-over";

/// What a keyboard can reach, in document order.
const CONTROLS: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

thread_local! {
    /// The place, among the prerendered page's controls, of the one that
    /// had focus when the page was taken over.
    static FOCUSED: Cell<Option<u32>> = const { Cell::new(None) };
}

/// Removes the prerendered page, as the exhibit draws its first page (or its
/// content error page): see `ui::app::TakeOver`.
pub fn dismiss() {
    let document = gloo::utils::document();
    let Some(screen) = document.get_element_by_id(FIRST_SCREEN) else {
        return;
    };
    if let (Some(active), Ok(controls)) = (document.active_element(), screen.query_selector_all(CONTROLS)) {
        let place = (0..controls.length()).find(|&i| controls.get(i).is_some_and(|c| &c == active.as_ref()));
        FOCUSED.set(place);
    }
    screen.remove();
    // The bench (tests/bench/inp.mjs) reads how long the take-over takes:
    // from here to the drawn page's first effect (`restore_focus`).
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(TAKE_OVER);
    }
}

/// Gives focus back to the control a visitor was on in the prerendered
/// page: the same place among the drawn page's controls, which are the same
/// controls, drawn by the same components.
pub fn restore_focus() {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.measure_with_start_mark(TAKE_OVER, TAKE_OVER);
    }
    let Some(place) = FOCUSED.take() else { return };
    let control = gloo::utils::document()
        .get_element_by_id("app")
        .and_then(|app| app.query_selector_all(CONTROLS).ok())
        .and_then(|controls| controls.get(place))
        .and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(control) = control {
        let _ = control.focus();
    }
}
