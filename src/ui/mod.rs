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

pub use app::App;
pub use route::Route;

/// Entry point of the web build: replaces the static first screen of
/// `index.html` with the running exhibit.
pub fn start() {
    crate::browser::panic::install();
    crate::browser::service_worker::register();
    crate::browser::embed::start();
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            // The static first screen is shown until now; Yew renders afresh.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
