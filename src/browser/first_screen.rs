//! The static first screen in `index.html` (the exhibit's title and
//! introduction, filled in at build time): painted while the wasm and the
//! content download, so a visitor reads the cover instead of a blank page.

/// The id of the static first screen's element in `index.html`.
const FIRST_SCREEN: &str = "first-screen";

/// Removes the static first screen, once the content is loaded and just
/// before the exhibit draws its first page (or its content error page).
pub fn dismiss() {
    if let Some(screen) = gloo::utils::document().get_element_by_id(FIRST_SCREEN) {
        screen.remove();
    }
}
