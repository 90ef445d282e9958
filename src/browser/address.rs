//! The address bar as a bookmark of what the visitor is looking at, written
//! without a navigation.

use wasm_bindgen::JsValue;

/// Writes `query`'s pairs into the query of the current hash route
/// (`#/station/x?…`) in place, keeping pairs it does not name (`from=quiz`).
///
/// Not through the router: this records a view (a comparison's mode,
/// divider and step) so the link reopens it, and the router would treat it
/// as a new location and render the whole page again on every slider step.
/// Back, forward and opened links still go through the router, which reads
/// the query then. History keeps its state object, so nothing else changes.
pub fn replace_route_query(query: &str) {
    let window = gloo::utils::window();
    let Ok(hash) = window.location().hash() else { return };
    let (path, old) = hash.split_once('?').unwrap_or((hash.as_str(), ""));
    // Only a route has a query of its own; the bare page's query (`?embed=1`,
    // `?lang=ru`) is the host's and stays as it is.
    if !path.starts_with("#/") {
        return;
    }
    let merged = crate::core::comparison::merge_query(old, query);
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}?{merged}")));
    }
}
