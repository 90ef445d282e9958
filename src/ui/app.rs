//! The root: loads the content, then shows the shell and the routed page, or
//! the content error page when the content cannot be used.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::pages::{
    AccessibilityPage, ContentError, GlossaryPage, Home, NotFound, QuizPage, StationPage, TimelinePage,
};
use super::route::Route;
use super::shell::{Footer, Header, StorageNoticeBar};
use super::visitor::{self, LensMemory, VisitorAction, VisitorHandle};
use crate::browser::record::{open_record, AttemptRecord};
use crate::browser::storage::{open_store, Store};
use crate::core::check::Problem;
use crate::core::content::Exhibit;
use crate::core::messages::{Language, Messages};

/// What the app knows about its content.
#[derive(Debug, Clone, PartialEq)]
enum Content {
    Loading,
    Ready(ExhibitHandle),
    Broken(Rc<Vec<Problem>>),
}

/// The language the exhibit is shown in, and the way to change it.
#[derive(Clone, PartialEq)]
pub struct LanguageContext {
    pub language: Language,
    pub choose: Callback<Language>,
}

#[function_component(App)]
pub fn app() -> Html {
    let language = use_state(crate::browser::language::initial);
    let content = use_state(|| Content::Loading);
    {
        // Each language has its own content file; switching loads it.
        let content = content.clone();
        use_effect_with(*language, move |language| {
            let language = *language;
            crate::browser::language::apply(language);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::browser::content::load_exhibit(language.code()).await;
                // The static first screen goes in the same task as the first
                // page is drawn (Yew builds the whole tree before it yields to
                // the browser), so no frame shows both, or neither.
                crate::browser::first_screen::dismiss();
                content.set(match loaded {
                    Ok(exhibit) => Content::Ready(ExhibitHandle(Rc::new(exhibit))),
                    Err(problems) => Content::Broken(Rc::new(problems)),
                });
            });
        });
    }
    let context = LanguageContext {
        language: *language,
        choose: {
            let language = language.clone();
            Callback::from(move |chosen: Language| language.set(chosen))
        },
    };
    html! {
        <ContextProvider<LanguageContext> {context}>
            { match &*content {
                // The static first screen of index.html is the loading view.
                Content::Loading => html! {},
                Content::Broken(problems) => html! {
                    <>
                        <Header title={None::<AttrValue>} />
                        <ContentError problems={problems.clone()} />
                    </>
                },
                Content::Ready(exhibit) => html! { <ExhibitRoot key={exhibit.0.language.clone()} exhibit={exhibit.clone()} /> },
            } }
        </ContextProvider<LanguageContext>>
    }
}

/// The interface text in the visitor's language.
#[hook]
pub fn use_messages() -> &'static Messages {
    use_context::<LanguageContext>()
        .map(|c| c.language)
        .unwrap_or(Language::En)
        .messages()
}

#[hook]
pub fn use_language() -> Option<LanguageContext> {
    use_context::<LanguageContext>()
}

/// The loaded exhibit, compared by identity: it never changes once loaded
/// (another language is another load), and comparing it field by field on
/// every render of the root would walk the whole exhibit.
#[derive(Debug, Clone)]
pub struct ExhibitHandle(pub Rc<Exhibit>);

impl PartialEq for ExhibitHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ExhibitRootProps {
    exhibit: ExhibitHandle,
}

/// The exhibit once its content is sound: the visitor's state, the router
/// and the shell.
#[function_component(ExhibitRoot)]
fn exhibit_root(props: &ExhibitRootProps) -> Html {
    let exhibit = props.exhibit.0.clone();
    let store = use_memo((), |_| open_store());
    let visitor: VisitorHandle = {
        let store = store.clone();
        let exhibit = exhibit.clone();
        use_reducer(move || {
            let ids: Vec<&str> = exhibit.stations.iter().map(|s| s.id.as_str()).collect();
            visitor::restore(store.as_ref().as_ref(), &exhibit.id, &ids)
        })
    };
    {
        // Persisting is an effect of the state changing, never part of the reducer.
        let visitor = visitor.clone();
        let store: Rc<Rc<dyn Store>> = store.clone();
        let id = exhibit.id.clone();
        use_effect_with(visitor.progress.clone(), move |progress| {
            if let Some(notice) = visitor::save(store.as_ref().as_ref(), &id, progress) {
                visitor.dispatch(VisitorAction::Notice(notice));
            }
        });
    }
    let record = {
        let store = store.clone();
        let id = exhibit.id.clone();
        use_memo((), move |_| RecordHandle(open_record(store.as_ref().clone(), &id)))
    };
    let notice = visitor.storage_notice;
    html! {
        <ContextProvider<ExhibitHandle> context={props.exhibit.clone()}>
            <ContextProvider<VisitorHandle> context={visitor.clone()}>
            <ContextProvider<LensMemory> context={LensMemory::new(&visitor)}>
            <ContextProvider<RecordHandle> context={(*record).clone()}>
                <HashRouter>
                    <Header title={Some(AttrValue::from(exhibit.title.clone()))} />
                    if let Some(notice) = notice { <StorageNoticeBar {notice} /> }
                    <super::lms_notice::LmsNoticeBar />
                    <super::update_notice::UpdateNotice />
                    <Switch<Route> render={switch} />
                    <super::focus::FocusOnNavigate />
                    <Footer />
                </HashRouter>
            </ContextProvider<RecordHandle>>
            </ContextProvider<LensMemory>>
            </ContextProvider<VisitorHandle>>
        </ContextProvider<ExhibitHandle>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Station { id } => html! { <StationPage {id} view={None::<AttrValue>} /> },
        Route::StationView { id, view } => html! { <StationPage {id} view={Some(AttrValue::from(view))} /> },
        Route::Timeline => html! { <TimelinePage /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Quiz => html! { <QuizPage /> },
        Route::Accessibility => html! { <AccessibilityPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The loaded exhibit. Only pages under the root's provider call this, and
/// the provider exists only once content is ready.
#[hook]
pub fn use_exhibit() -> Rc<Exhibit> {
    use_context::<ExhibitHandle>()
        .expect("pages render only inside the exhibit provider")
        .0
}

/// Where the quiz keeps and reports its attempt; compared by identity.
#[derive(Clone)]
pub struct RecordHandle(pub Rc<dyn AttemptRecord>);

impl PartialEq for RecordHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
pub fn use_record() -> Rc<dyn AttemptRecord> {
    use_context::<RecordHandle>()
        .expect("pages render only inside the record provider")
        .0
}
