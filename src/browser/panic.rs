//! A panic must never leave a visitor with a blank page: it is logged and a
//! plain-DOM notice (Yew may be the thing that broke) offers a reload.

use wasm_bindgen::JsCast;

use crate::core::messages::Language;

/// Id of the notice, so a second panic does not stack a second one.
pub const NOTICE_ID: &str = "crash-notice";

#[cfg(target_arch = "wasm32")]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Secret Speech stopped: {info}").into());
        show_crash_notice();
    }));
}

/// Puts a visible "something went wrong" message with a reload button at the
/// top of the page. Safe to call more than once.
pub fn show_crash_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(NOTICE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    let build = || -> Option<web_sys::Element> {
        let notice = document.create_element("div").ok()?;
        notice.set_id(NOTICE_ID);
        notice.set_class_name("crash-notice");
        notice.set_attribute("role", "alert").ok()?;
        let text = document.create_element("p").ok()?;
        // The page's language says which catalogue to use: Yew may be gone.
        let messages = document
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|lang| Language::from_tag(&lang))
            .unwrap_or(Language::En)
            .messages();
        text.set_text_content(Some(messages.crash));
        let button = document.create_element("button").ok()?;
        button.set_attribute("type", "button").ok()?;
        button.set_text_content(Some(messages.reload));
        // The click calls the browser's own `location.reload`, bound to the
        // page's location: no wasm runs behind the button, so it works after
        // the module has aborted (a Rust closure would call into a dead
        // instance). An inline handler would need 'unsafe-inline' in the CSP.
        let location = web_sys::window()?.location();
        let reload: js_sys::Function = js_sys::Reflect::get(&location, &"reload".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let reload = reload.bind0(&location);
        button.add_event_listener_with_callback("click", &reload).ok()?;
        notice.append_child(&text).ok()?;
        notice.append_child(&button).ok()?;
        Some(notice)
    };
    if let Some(notice) = build() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
