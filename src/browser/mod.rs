//! Browser edges: the places the exhibit touches the page, the network and
//! storage. Each sits behind a small function or trait so the core stays pure.

pub mod address;
pub mod content;
pub mod embed;
pub mod first_screen;
pub mod kiosk;
pub mod language;
pub mod lms;
pub mod panic;
pub mod print;
pub mod record;
pub mod service_worker;
pub mod storage;

/// Lets the browser have a turn (input, paint) before the work that
/// follows: the app's start is several tasks (parsing the content, checking
/// it, drawing the page), not one long one that would hold every tap back.
pub async fn next_task() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
}
