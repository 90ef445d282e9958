//! The offline copy and the deploy it came from: registers the service worker
//! that `tools/post-build.mjs` writes beside index.html, and tells whether this
//! page comes from a different deploy than the visitor's last visit.
//!
//! Where the browser says no (a sandboxed or partitioned iframe, plain http,
//! a private window), the exhibit works online without a worker and logs nothing.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::storage::{self, Store};

/// Relative, so the worker's scope is the folder the exhibit is served from,
/// whatever sub-path that is.
const WORKER_URL: &str = "./sw.js";

/// Registers the service worker once the page has loaded, so its downloads do
/// not compete with the first visit's own, and never in the app's first task.
pub fn register() {
    // A development build's sw.js only retires workers that a release build
    // left behind; the browser finds it without being asked.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let loaded = window
        .document()
        .is_some_and(|document| document.ready_state() == "complete");
    if loaded {
        // In a task of its own: not part of the app's first one.
        gloo::timers::callback::Timeout::new(0, register_now).forget();
    } else {
        gloo::events::EventListener::once(&window, "load", |_| register_now()).forget();
    }
}

fn register_now() {
    let Some(registering) = start_registration() else {
        return;
    };
    reload_on_new_deploy();
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal (SecurityError, a failed download) is handled here so it
        // never surfaces as an uncaught rejection: the exhibit stays online-only.
        let _ = JsFuture::from(registering).await;
    });
}

thread_local! {
    /// Set when a new deploy's worker has taken over this open page.
    static NEW_DEPLOY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes when a new deploy's worker takes over this open page (a kiosk tab
/// that is never reloaded), so the next page change reloads it and the new
/// build's code reads the new build's content. The first visit's own worker
/// claiming the page is no new deploy: a page with no controller yet waits
/// for that first change before it listens.
fn reload_on_new_deploy() {
    let Some(window) = web_sys::window() else { return };
    let navigator: JsValue = window.navigator().into();
    let Some(container) = Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::EventTarget>().ok())
    else {
        return;
    };
    let controlled = Reflect::get(&container, &"controller".into()).is_ok_and(|c| !c.is_null() && !c.is_undefined());
    gloo::events::EventListener::once(&container, "controllerchange", move |_| {
        if controlled {
            NEW_DEPLOY.with(|flag| flag.set(true));
        } else {
            reload_on_new_deploy();
        }
    })
    .forget();
}

/// Called on each page change: reloads the page when a new deploy has taken
/// over since it loaded. True when a reload was started.
pub fn reload_if_new_deploy() -> bool {
    if !NEW_DEPLOY.with(std::cell::Cell::get) {
        return false;
    }
    super::address::keep_host_pairs();
    web_sys::window().is_some_and(|window| window.location().reload().is_ok())
}

/// `navigator.serviceWorker.register(WORKER_URL)`, through `Reflect` rather
/// than typed bindings: in an opaque-origin frame reading `serviceWorker`
/// throws, elsewhere it may be missing, and a throw must not cross into Rust.
fn start_registration() -> Option<Promise> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let container = Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    if container.is_undefined() || container.is_null() {
        return None;
    }
    let register: Function = Reflect::get(&container, &"register".into()).ok()?.dyn_into().ok()?;
    register.call1(&container, &WORKER_URL.into()).ok()?.dyn_into().ok()
}

/// The deploy this page came from: the content hash `tools/post-build.mjs`
/// stamps into index.html. `None` in a development build.
pub fn page_build() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector("meta[name=exhibit-build]")
        .ok()??
        .get_attribute("content")
}

/// Records the deploy this page came from, and says whether the visitor's
/// last visit saw a different one. The page's own stamp is compared, not the
/// newest worker's: a worker installed during this visit serves the next one.
/// Storage that is blocked or full only means no notice.
pub fn updated_since_last_visit(store: &dyn Store, exhibit_id: &str) -> bool {
    let Some(build) = page_build() else { return false };
    let key = storage::key(exhibit_id, "build");
    let Ok(last) = store.get(&key) else { return false };
    if last.as_deref() == Some(build.as_str()) {
        return false;
    }
    let _ = store.set(&key, &build);
    last.is_some()
}
