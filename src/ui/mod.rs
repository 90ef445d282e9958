//! The Yew interface: pages and components that render core state and send
//! actions. Nothing here parses content or touches storage directly.

mod app;
mod claims;
pub mod comparison;
mod focus;
mod kiosk;
mod lens_switch;
mod lms_notice;
mod moment;
mod ordering;
pub mod pages;
mod picture;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod question;
pub mod route;
pub mod router;
mod shell;
mod text;
mod update_notice;
mod visitor;

pub use app::{App, ExhibitHandle, Frame, Place, RecordHandle};
pub use route::Route;

/// Entry point of the web build: draws the running exhibit into `#app`,
/// beside the prerendered page (`#first-screen`), which stays until the
/// exhibit's own page is drawn in its place.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crate::browser::panic::install();
    crate::browser::address::remember_launch_pairs();
    crate::browser::service_worker::register();
    crate::browser::embed::start();
    let place = crate::browser::language::place();
    if crate::browser::language::route_here(&place).left_prerendered() {
        return;
    }
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, place).render();
        }
        None => {
            yew::Renderer::<App>::with_props(place).render();
        }
    }
}
