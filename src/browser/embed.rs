//! Embedding in a host page. `?embed=1` asks for the exhibit without its
//! site header and footer; and whenever the exhibit runs in a frame it tells
//! the host its content height, so the host can size the iframe and the
//! visitor never meets a scrollbar inside a scrollbar.
//!
//! The height goes out in the messages hosts already understand, and in
//! nothing of our own: Canvas's `lti.frameResize` (a JSON string, which
//! Canvas and `assets/embed.js` both read) and H5P's resizer protocol
//! (`hello`, then `prepareResize` → `resizePrepared` → `resize`), which
//! Moodle, WordPress and every page with `h5p-resizer.js` speak. Messages
//! carry sizes only, never anything about the learner.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::query;

/// True when the page's query asks for embed mode (`?embed=1`). Read once,
/// as the page opens; the exhibit keeps the pair in its addresses as the
/// visitor moves (`browser::address::keep_host_pairs`).
pub fn requested() -> bool {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| query::pairs(&search).any(|pair| matches!(pair, ("embed", "1" | "true"))))
}

/// Marks the page for embed mode and, inside a frame, starts reporting its height.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    // The page is marked `.embedded` by assets/start.js, before it paints.
    // Standalone, `parent` is the window itself: there is no one to tell.
    let parent = match window.parent() {
        Ok(Some(parent)) if !Object::is(&parent, &window) => parent,
        _ => return,
    };
    let reporter = Rc::new(Reporter {
        window: window.clone(),
        parent,
        last: Cell::new(0),
        h5p_host: Cell::new(false),
    });
    reporter.listen();
    reporter.post(&h5p("hello"));
}

/// Tells the parent window the exhibit's height. Lives as long as the page.
struct Reporter {
    window: web_sys::Window,
    parent: web_sys::Window,
    /// The last height sent, so an unchanged height is not sent again.
    last: Cell<u32>,
    /// Set once an H5P resizer has answered `hello`: it ignores `prepareResize` before.
    h5p_host: Cell<bool>,
}

impl Reporter {
    fn listen(self: &Rc<Self>) {
        // The content's own size: route changes, lens switches, feedback,
        // images loading and a narrower window all change it.
        let reporter = self.clone();
        let observed = Closure::<dyn FnMut()>::new(move || reporter.report(false));
        if let (Ok(observer), Some(root)) = (
            web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()),
            self.window.document().and_then(|d| d.document_element()),
        ) {
            observer.observe(&root);
        }
        observed.forget();

        let reporter = self.clone();
        EventListener::new(&self.window, "resize", move |_| reporter.report(false)).forget();
        let reporter = self.clone();
        EventListener::new(&self.window, "load", move |_| reporter.report(true)).forget();

        let reporter = self.clone();
        EventListener::new(&self.window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            // Only the window that holds this frame may ask; anything else,
            // or anything not shaped like an H5P message, is ignored.
            let from_parent = event
                .source()
                .is_some_and(|source| Object::is(&source, &reporter.parent));
            if !from_parent {
                return;
            }
            if let Some(action) = h5p_action(&event.data()) {
                reporter.answer(&action);
            }
        })
        .forget();
    }

    /// A message from an H5P resizer (or `assets/embed.js`, which speaks its `ready`).
    fn answer(&self, action: &str) {
        match action {
            // The resizer loaded after this frame: introduce ourselves again,
            // and give hosts that need no handshake the height at once.
            "ready" => {
                self.post(&h5p("hello"));
                self.report(true);
            }
            "hello" => {
                self.h5p_host.set(true);
                self.report(true);
            }
            "resizePrepared" => {
                let message = h5p("resize");
                set(&message, "scrollHeight", self.measure());
                self.post(&message);
            }
            // The host window changed size.
            "resize" => self.report(true),
            _ => {}
        }
    }

    /// Sends the height if it changed (or always, when `force`d).
    fn report(&self, force: bool) {
        let height = self.measure();
        if height == 0 || (!force && height == self.last.get()) {
            return;
        }
        self.last.set(height);
        let canvas = format!(r#"{{"subject":"lti.frameResize","height":{height}}}"#);
        self.post(&JsValue::from_str(&canvas));
        if self.h5p_host.get() {
            // The resizer sets the frame to `clientHeight` and answers
            // `resizePrepared` only when that differs from `scrollHeight`;
            // sending the frame's current height makes that step a no-op,
            // since `measure` needs no shrinking to see the content.
            let message = h5p("prepareResize");
            set(&message, "scrollHeight", height);
            set(&message, "clientHeight", self.viewport_height());
            self.post(&message);
        }
    }

    /// The height of the content, in whole CSS pixels. The root element's
    /// box follows the content both ways; `scrollHeight` never drops below
    /// the frame's own height, so it is used only when something overflows.
    fn measure(&self) -> u32 {
        let Some(root) = self.window.document().and_then(|d| d.document_element()) else {
            return 0;
        };
        let content = root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        let scroll = root.scroll_height().max(0) as u32;
        if scroll > self.viewport_height() {
            content.max(scroll)
        } else {
            content
        }
    }

    fn viewport_height(&self) -> u32 {
        self.window
            .document()
            .and_then(|d| d.document_element())
            .map_or(0, |root| root.client_height().max(0) as u32)
    }

    fn post(&self, message: &JsValue) {
        // The exhibit may be framed by any origin, and says nothing private.
        let _ = self.parent.post_message(message, "*");
    }
}

/// `{context: 'h5p', action}`.
fn h5p(action: &str) -> JsValue {
    let message: JsValue = Object::new().into();
    set(&message, "context", "h5p");
    set(&message, "action", action);
    message
}

fn set(target: &JsValue, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

/// The action of a well-formed H5P message: an object whose `context` is
/// "h5p" and whose `action` is a short string.
fn h5p_action(data: &JsValue) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).ok()?.as_string();
    if field("context")? != "h5p" {
        return None;
    }
    field("action").filter(|action| action.len() <= 32)
}
