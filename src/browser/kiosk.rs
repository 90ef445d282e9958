//! Kiosk mode's edges: whether this screen is a kiosk (`assets/start.js`
//! keeps the switch in storage, from `?kiosk=1` until `?kiosk=0`), and
//! the reset for the next visitor.

use super::storage::Store;
use crate::core::kiosk::{visit_keys, KIOSK_KEY};

/// True on a kiosk: the switch outlives reloads and works offline.
pub fn switched_on() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(KIOSK_KEY).ok().flatten())
        .is_some_and(|value| value == "1")
}

/// Forgets every trace of the visit in `store`: progress, the quiz attempt,
/// the lens and the language.
pub fn forget_visit(store: &dyn Store, exhibit_id: &str) {
    for key in visit_keys(exhibit_id) {
        let _ = store.remove(&key);
    }
}

/// Opens the attract screen afresh: a page load, so nothing of the visit
/// stays in memory either. The exhibit's root with no language folder:
/// `assets/start.js` picks the language as for a first visit, now that the
/// chosen one is forgotten.
pub fn restart(root: &str) {
    let attract = crate::core::address::Route::Attract.to_path();
    let _ = gloo::utils::window()
        .location()
        .replace(&format!("{}{}", root.trim_end_matches('/'), attract));
}
