//! Which language and folder this page is: read from its address. Each
//! language is its own set of prerendered pages (`core::address`), and
//! `assets/start.js` has already sent the visitor to the right one (the
//! link's `?lang=`, the stored choice, the browser's languages) before the
//! page painted.

use crate::core::address;
use crate::core::messages::Language;
use crate::ui::Place;

/// The exhibit's root folder (the page's `<base href>`, which the prerender
/// writes, resolved), the page's language, and whether a host embeds it or
/// an LMS launched it.
pub fn place() -> Place {
    let document = gloo::utils::document();
    let root = document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname())
        .map(|path| match path.rfind('/') {
            Some(end) => path[..=end].to_string(),
            None => "/".to_string(),
        })
        .unwrap_or_else(|| "/".to_string());
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let (language, _) = address::locate(&root, &path);
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let in_lms = crate::core::query::pairs(&search).any(|(key, _)| key == "scorm");
    let moment = crate::core::query::pairs(&search)
        .find(|(key, _)| *key == crate::core::moment::QUERY_KEY)
        .and_then(|(_, slug)| crate::core::moment::Moment::from_slug(slug))
        .unwrap_or(crate::core::moment::Moment::Today);
    Place {
        language,
        root: root.into(),
        embedded: super::embed::requested(),
        in_lms,
        kiosk: super::kiosk::switched_on(),
        printing: false,
        moment,
    }
}

/// The view this page's address names.
pub fn route_here(place: &Place) -> crate::core::address::Route {
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let (_, view) = address::locate(&place.root, &path);
    crate::core::address::Route::recognize(view)
}

/// Marks the document with the page's language, so screen readers use its
/// voice (the prerendered page already says it; a page the service worker
/// stood in with may not).
pub fn apply(language: Language) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", language.code());
    }
}
