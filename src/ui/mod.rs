//! The Yew interface: pages and components that render core state and send
//! actions. Nothing here parses content or touches storage directly.

mod app;
mod claims;
pub mod comparison;
mod focus;
mod lens_switch;
mod lms_notice;
mod ordering;
pub mod pages;
mod question;
mod route;
mod shell;
mod text;
mod update_notice;
mod visitor;

pub use app::{App, ExhibitHandle};
pub use route::Route;

/// Entry point of the web build: mounts the running exhibit beside the static
/// first screen of `index.html`, which stays until the first page is drawn.
pub fn start() {
    crate::browser::panic::install();
    crate::browser::service_worker::register();
    crate::browser::embed::start();
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
