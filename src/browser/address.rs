//! The address bar: where the router reads and writes the view (see
//! `ui::router`), and a bookmark of what the visitor is looking at, written
//! without a navigation.

use wasm_bindgen::JsValue;

/// Writes `query`'s pairs into the current address's query in place,
/// keeping pairs it does not name (`from=quiz`, and the host's `embed=1` or
/// `scorm=12`).
///
/// Not through the router: this records a view (a comparison's mode,
/// divider and step) so the link reopens it, and the router would treat it
/// as a new location and render the whole page again on every slider step.
/// Back, forward and opened links still go through the router, which reads
/// the query then.
pub fn replace_query(query: &str) {
    let (path, search) = here();
    let merged = crate::core::query::merge(&search, query);
    let url = if merged.is_empty() {
        path
    } else {
        format!("{path}?{merged}")
    };
    replace(&url);
}

thread_local! {
    static LAUNCH_PAIRS: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Notes the host's pairs of the address the page opened with (`embed=1`,
/// `scorm=12`, an LMS's or a signed link's own), which `start.js` has told
/// apart from the exhibit's own keys and left in `window.exhibitHostPairs`;
/// called once, as the app starts.
pub fn remember_launch_pairs() {
    let pairs = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("exhibitHostPairs"))
        .ok()
        .and_then(|pairs| pairs.as_string())
        .unwrap_or_default();
    LAUNCH_PAIRS.with(|kept| *kept.borrow_mut() = pairs);
}

/// Writes the host's pairs back into the address. A link inside the exhibit
/// names only its view, so this runs after each move, and before the page
/// reloads itself: a reload inside a host's frame stays what it was.
pub fn keep_host_pairs() {
    let pairs = LAUNCH_PAIRS.with(|kept| kept.borrow().clone());
    if !pairs.is_empty() {
        replace_query(&pairs);
    }
}

/// Writes the moment the exhibit is read as of into the address
/// (`as-of=1938`), or takes it out for today: a link copied from the bar
/// opens the same reading.
pub fn show_moment(moment: crate::core::moment::Moment) {
    let key = crate::core::moment::QUERY_KEY;
    let (path, search) = here();
    let mut query = crate::core::query::without_key(&search, key);
    if moment != crate::core::moment::Moment::Today {
        let sep = if query.is_empty() { "" } else { "&" };
        query = format!("{query}{sep}{key}={}", moment.slug());
    }
    // Today touches the address only to take a moment out of it.
    if query != search {
        replace(&if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        });
    }
}

/// The address bar's path and query (without its `?`), as the router
/// reads them.
pub fn here() -> (String, String) {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".to_string());
    let search = location.search().unwrap_or_default();
    (path, search.trim_start_matches('?').to_string())
}

/// A new entry in the tab's history, for a move inside the exhibit. On a
/// kiosk the move replaces the entry instead: the next visitor's Back must
/// not replay the last one's path.
pub fn push(url: &str) {
    if super::kiosk::switched_on() {
        return replace(url);
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// The current entry rewritten in place: the same view at another address
/// (the language's folder moved), or its query brought up to date.
pub fn replace(url: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(url));
    }
}

/// Calls `moved` with the address after each back or forward, while the
/// returned listener is kept.
pub fn on_back_or_forward(moved: impl Fn(String, String) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        let (path, query) = here();
        moved(path, query);
    })
}
