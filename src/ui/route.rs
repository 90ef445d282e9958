//! The exhibit's addresses. A hash router, because static hosts have no
//! rewrite rules: every route is `index.html#/...`.

use yew_router::prelude::*;

use crate::core::lens::View;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    /// A station in the visitor's last lens.
    #[at("/station/:id")]
    Station { id: String },
    /// A station in a named view: a lens slug or `compare`.
    #[at("/station/:id/:view")]
    StationView { id: String, view: String },
    #[at("/timeline")]
    Timeline,
    #[at("/glossary")]
    Glossary,
    #[at("/quiz")]
    Quiz,
    #[at("/accessibility")]
    Accessibility,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    pub fn station(id: &str, view: View) -> Route {
        Route::StationView {
            id: id.to_string(),
            view: view.slug().to_string(),
        }
    }
}
