//! The root: loads the content, then shows the shell and the routed page, or
//! the content error page when the content cannot be used.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::pages::{ContentError, Home, NotFound, QuizPage, StationPage};
use super::route::Route;
use super::shell::{Footer, Header};
use crate::core::check::Problem;
use crate::core::content::Exhibit;

/// What the app knows about its content.
#[derive(Debug, Clone, PartialEq)]
enum Content {
    Loading,
    Ready(Rc<Exhibit>),
    Broken(Rc<Vec<Problem>>),
}

#[function_component(App)]
pub fn app() -> Html {
    let content = use_state(|| Content::Loading);
    {
        let content = content.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::browser::content::load_exhibit("en").await;
                content.set(match loaded {
                    Ok(exhibit) => Content::Ready(Rc::new(exhibit)),
                    Err(problems) => Content::Broken(Rc::new(problems)),
                });
            });
        });
    }
    match &*content {
        Content::Loading => html! {
            <>
                <Header title={None::<AttrValue>} />
                <main id="main" class="page" aria-busy="true">
                    <p class="loading">{ "Loading the exhibit…" }</p>
                </main>
            </>
        },
        Content::Broken(problems) => html! {
            <>
                <Header title={None::<AttrValue>} />
                <ContentError problems={problems.clone()} />
            </>
        },
        Content::Ready(exhibit) => html! {
            <ContextProvider<Rc<Exhibit>> context={exhibit.clone()}>
                <HashRouter>
                    <Header title={Some(AttrValue::from(exhibit.title.clone()))} />
                    <Switch<Route> render={switch} />
                    <Footer />
                </HashRouter>
            </ContextProvider<Rc<Exhibit>>>
        },
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Station { id } => html! { <StationPage {id} /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The loaded exhibit. Only pages under `App`'s provider call this, and the
/// provider exists only once content is ready.
#[hook]
pub fn use_exhibit() -> Rc<Exhibit> {
    use_context::<Rc<Exhibit>>().expect("pages render only inside the exhibit provider")
}
