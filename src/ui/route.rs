//! The exhibit's addresses. A hash router, because static hosts have no
//! rewrite rules: every route is `index.html#/...`.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/station/:id")]
    Station { id: String },
    #[at("/quiz")]
    Quiz,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
