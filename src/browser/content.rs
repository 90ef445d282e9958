//! Loads an exhibit content file over HTTP and runs the same checks as the
//! native `exhibit-check`, so a broken file shows its problems, not a blank page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::check::{self, Problem};
use crate::core::content::Exhibit;
use crate::core::images::ImageFile;

/// Where the content of a language lives, relative to the page.
pub fn content_path(language: &str) -> String {
    format!("assets/exhibit/{language}.json")
}

/// Fetches and checks `assets/exhibit/<language>.json`.
pub async fn load_exhibit(language: &str) -> Result<Exhibit, Vec<Problem>> {
    let path = content_path(language);
    let text = fetch_text(&path).await.map_err(|reason| {
        vec![Problem {
            file: path.clone(),
            line: 1,
            column: 1,
            path: String::new(),
            message: format!("could not be loaded ({reason}); check that the file was deployed beside index.html"),
        }]
    })?;
    let value = check::parse(&path, &text)?;
    super::next_task().await;
    // Image files are not fetched to check them: a missing one shows its alt text.
    check::examine(&path, &text, &value, &|_| ImageFile::Unknown)
}

/// The request `start.js` began for `url` while the wasm was still on its
/// way, taken once (a body is read once; a later load fetches afresh).
fn started_request(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let key = wasm_bindgen::JsValue::from_str("exhibitContent");
    let started = js_sys::Reflect::get(window, &key).ok().filter(|s| s.is_object())?;
    let _ = js_sys::Reflect::delete_property(window.as_ref(), &key);
    let same = js_sys::Reflect::get(&started, &"url".into())
        .ok()
        .and_then(|u| u.as_string())
        .is_some_and(|u| u == url);
    if !same {
        return None;
    }
    js_sys::Reflect::get(&started, &"response".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let request = started_request(&window, url).unwrap_or_else(|| window.fetch_with_str(url));
    let response = JsFuture::from(request)
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not an HTTP response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "the body could not be read".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the body is not text".to_string())
}
