//! Which language the visitor reads: from the link (`?lang=ru`), the
//! visitor's earlier choice, or the browser's languages; and applying a
//! choice to the page (`<html lang>`, the link, storage).

use crate::core::messages::Language;

const KEY: &str = "secret-speech:language";

fn query_lang() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let asked = crate::core::comparison::query_pairs(&search)
        .find(|(key, _)| *key == "lang")
        .map(|(_, value)| value.to_string());
    asked
}

/// The language to start in.
pub fn initial() -> Language {
    let remembered = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Language::choose(
        query_lang().as_deref(),
        remembered.as_deref(),
        browser.iter().map(String::as_str),
    )
}

/// Shows the page in `language`: the document's language (so screen readers
/// switch voice), the stored choice, and the link when it names a language.
pub fn apply(language: Language) {
    let Some(window) = web_sys::window() else { return };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", language.code());
    }
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(KEY, language.code());
    }
    // A link that says `?lang=en` must not switch the visitor back on reload.
    if query_lang().is_some_and(|asked| asked != language.code()) {
        let location = window.location();
        let search = location.search().unwrap_or_default();
        // Other parameters (such as `embed=1`) stay as they are.
        let pairs: Vec<String> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some(("lang", _)) => format!("lang={}", language.code()),
                _ => pair.to_string(),
            })
            .collect();
        let url = format!(
            "{}?{}{}",
            location.pathname().unwrap_or_default(),
            pairs.join("&"),
            location.hash().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}
