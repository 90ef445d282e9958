//! The root: loads the content, then shows the shell and the routed page, or
//! the content error page when the content cannot be used.

use std::rc::Rc;

use yew::prelude::*;

use super::lms_notice::LmsNotices;
use super::pages::{
    AccessibilityPage, ContentError, GlossaryPage, Home, NotFound, QuizPage, StationPage, TimelinePage,
};
#[cfg(not(target_arch = "wasm32"))]
use super::pages::{AnswerKeyPage, AttractPage, HandoutPage, WorksheetPage};
use super::route::Route;
use super::router::{use_location, use_route, Router};
use super::shell::{Footer, Header, StorageNoticeBar};
use super::visitor::{self, LensMemory, VisitorAction, VisitorHandle};
use crate::browser::record::{open_record, AttemptRecord};
use crate::browser::storage::{open_store, Store};
use crate::core::address;
use crate::core::check::Problem;
use crate::core::content::Exhibit;
use crate::core::messages::{Language, Messages};
use crate::core::moment::Moment;

/// What the app knows about its content.
#[derive(Debug, Clone, PartialEq)]
enum Content {
    Loading,
    Ready(ExhibitHandle),
    Broken(Rc<Vec<Problem>>),
}

/// Where and how the exhibit is shown: its root folder, the language, and
/// whether a host embeds it.
#[derive(Clone, PartialEq, Properties)]
pub struct Place {
    pub language: Language,
    /// The path of the exhibit's root folder, ending in `/`: where it was
    /// deployed, or `/` while prerendering (the prerender makes links relative).
    pub root: AttrValue,
    /// Embedded in a host's page (`?embed=1`): the host is the frame, so no
    /// header or footer.
    pub embedded: bool,
    /// Launched as a SCO (`?scorm=12`): the address stays the launch file
    /// while the visitor moves (see `App`).
    pub in_lms: bool,
    /// On a gallery's touch screen (`?kiosk=1`, kept until `?kiosk=0`):
    /// idle visits are reset, and stations offer their take-home code.
    pub kiosk: bool,
    /// Being printed: what only paper needs (every account of a station,
    /// each comparison's pictures side by side) is drawn only then. A
    /// prerendered page is drawn as on screen, so the app takes it over
    /// without a change; the handout is drawn as on paper throughout.
    pub printing: bool,
    /// The moment the exhibit is read as of (`?as-of=1938`): what a reader
    /// then could not know is drawn as a redaction. Prerendered pages are
    /// today's.
    pub moment: Moment,
}

/// How the running app changes language in place: in a prerendered page
/// the language links are plain links to the other language's page.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice(pub Callback<Language>);

/// How the running app changes the moment it is read as of.
#[derive(Clone, PartialEq)]
pub struct MomentChoice(pub Callback<Moment>);

/// What only the running app does, which a prerendered page cannot: change
/// the language and the moment in place, and show the LMS's notice. One
/// context for the three (each context type is its own code in the wasm);
/// only `App` provides it.
#[derive(Clone, PartialEq)]
pub struct InPlace {
    pub language: LanguageChoice,
    pub moment: MomentChoice,
    pub lms: LmsNotices,
}

impl InPlace {
    /// The app's own: each change sets the app's state (the moment also
    /// written into the address).
    fn new(
        language: &UseStateHandle<Language>,
        moment: &UseStateHandle<Moment>,
        lms_notice: &UseStateHandle<Option<crate::browser::lms::LmsNotice>>,
    ) -> InPlace {
        let language = language.setter();
        let moment = moment.setter();
        let shown = lms_notice.setter();
        InPlace {
            language: LanguageChoice(Callback::from(move |chosen: Language| language.set(chosen))),
            moment: MomentChoice(Callback::from(move |chosen: Moment| {
                crate::browser::address::show_moment(chosen);
                moment.set(chosen);
            })),
            lms: LmsNotices {
                shown: **lms_notice,
                raise: Callback::from(move |notice| shown.set(Some(notice))),
            },
        }
    }
}

/// The running app's `InPlace`, or `None` in a prerendered page.
#[hook]
pub fn use_in_place() -> Option<InPlace> {
    use_context::<InPlace>()
}

/// The running exhibit: loads the content of its language, then draws the
/// page over the prerendered one (see `ui::start`). The language starts as
/// the page's and changes in place: its content is loaded, and the router's
/// base moves to the language's folder, which rewrites the address to the
/// same view there (`ru/station/x/`). In place, not by loading the other
/// language's page: in an LMS a page load would end the session.
#[function_component(App)]
pub fn app(start: &Place) -> Html {
    let language = use_state(|| start.language);
    let moment = use_state_eq(|| start.moment);
    let content = use_state(|| Content::Loading);
    let printing = use_state_eq(crate::browser::print::printing_now);
    {
        let printing = printing.setter();
        use_effect_with((), move |_| {
            let listeners = crate::browser::print::watch(move |now| printing.set(now));
            move || drop(listeners)
        });
    }
    {
        let content = content.clone();
        use_effect_with(*language, move |language| {
            let language = *language;
            crate::browser::language::apply(language);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::browser::content::load_exhibit(language.code()).await;
                crate::browser::next_task().await;
                content.set(match loaded {
                    Ok(exhibit) => Content::Ready(ExhibitHandle(Rc::new(exhibit))),
                    Err(problems) => Content::Broken(Rc::new(problems)),
                });
            });
        });
    }
    let place = Place {
        language: *language,
        printing: *printing,
        moment: *moment,
        ..start.clone()
    };
    let in_memory = use_memo(start.in_lms, |in_lms| {
        in_lms.then(|| {
            let location = gloo::utils::window().location();
            let path = location.pathname().unwrap_or_default();
            // The launch file is the home page's: the router sees its folder.
            let path = path.strip_suffix("index.html").unwrap_or(&path).to_string();
            AttrValue::from(path)
        })
    });
    let lms_notice = use_state_eq(|| None::<crate::browser::lms::LmsNotice>);
    let in_place = InPlace::new(&language, &moment, &lms_notice);
    html! {
        <ContextProvider<Place> context={place.clone()}>
        <ContextProvider<InPlace> context={in_place}>
            { match &*content {
                // The prerendered page is the loading view.
                Content::Loading => html! {},
                Content::Broken(problems) => html! {
                    <>
                        <TakeOver />
                        <Header title={None::<AttrValue>} />
                        <ContentError problems={problems.clone()} />
                    </>
                },
                // The router stays while the language changes, so it sees its
                // base move and carries the view over; the rest is drawn anew.
                // In an LMS the moves stay in memory and the frame keeps the
                // launch file's address: an LMS's file server may serve no
                // folder (`station/x/`), and a reload must reopen the SCO.
                Content::Ready(exhibit) => {
                    let base = address::basename(&place.root, Language::from_tag(&exhibit.0.language).unwrap_or(place.language));
                    let root = html! { <ExhibitRoot key={exhibit.0.language.clone()} exhibit={exhibit.clone()} /> };
                    html! { <><TakeOver /><Router {base} memory={(*in_memory).clone()}>{ root }</Router></> }
                },
            } }
        </ContextProvider<InPlace>>
        </ContextProvider<Place>>
    }
}

/// Removes the prerendered page; mounted beside the exhibit's first page
/// (or its content error page). A component, not a step taken when the
/// content arrives: Yew may draw the page in a later task
/// (its scheduler yields to the browser every 16 ms, even between the App's
/// render and its providers'), and a frame between would show neither page;
/// the document would shrink and the browser would move the scroll to the
/// top. Yew never yields while a new component waits for its first render,
/// so the rest of the page is drawn in the same task: no frame shows both
/// pages or neither.
#[function_component(TakeOver)]
fn take_over() -> Html {
    crate::browser::first_screen::dismiss();
    html! {}
}

/// The interface text in the page's language.
#[hook]
pub fn use_messages() -> &'static Messages {
    use_context::<Place>()
        .map(|place| place.language)
        .unwrap_or(Language::En)
        .messages()
}

#[hook]
pub fn use_place() -> Place {
    use_context::<Place>().expect("every page renders inside a place")
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

/// The exhibit once its content is sound: the visitor's state, kept in the
/// browser's storage, and the record of the quiz.
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
        let raise = use_in_place().map(|in_place| in_place.lms.raise);
        use_memo((), move |_| {
            let on_notice = Rc::new(move |notice| {
                if let Some(raise) = &raise {
                    raise.emit(notice);
                }
            });
            RecordHandle(open_record(store.as_ref().clone(), &id, on_notice))
        })
    };
    // The control a visitor was on in the prerendered page keeps focus.
    use_effect_with((), |_| crate::browser::first_screen::restore_focus());
    {
        // A link inside the exhibit names only its view; the host's pairs
        // (`embed=1`, an LMS's own) go back into the address after each move.
        // So does the moment the exhibit is read as of.
        let location = use_location();
        let moment = use_place().moment;
        use_effect_with(location, move |_| {
            crate::browser::address::keep_host_pairs();
            crate::browser::address::show_moment(moment);
        });
    }
    {
        // Each view names itself in the tab and in history, as its
        // prerendered file does, and on paper.
        let messages = use_messages();
        let exhibit = exhibit.clone();
        let route = use_route();
        use_effect_with(route, move |route| {
            gloo::utils::document().set_title(&super::route::title(&exhibit, messages, route));
            crate::browser::print::show_address();
        });
    }
    html! { <Frame exhibit={props.exhibit.clone()} {visitor} record={(*record).clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub exhibit: ExhibitHandle,
    pub visitor: VisitorHandle,
    pub record: RecordHandle,
}

/// Every page: the shell around the routed view. The app and the prerender
/// both draw this, inside their own router, so a prerendered page is the
/// page the app then shows.
#[function_component(Frame)]
pub fn frame(props: &FrameProps) -> Html {
    let title = AttrValue::from(props.exhibit.0.title.clone());
    let notice = props.visitor.storage_notice;
    let messages = use_messages();
    let place = use_place();
    // The attract screen is the whole screen: it has only the way in.
    let route = use_route();
    let attract = route == Route::Attract;
    let moment_choice = use_in_place().map(|in_place| in_place.moment);
    html! {
        <ContextProvider<ExhibitHandle> context={props.exhibit.clone()}>
            <ContextProvider<VisitorHandle> context={props.visitor.clone()}>
            <ContextProvider<LensMemory> context={LensMemory::new(&props.visitor)}>
            <ContextProvider<RecordHandle> context={props.record.clone()}>
                if !attract {
                    <Header title={Some(title)} />
                    if let Some(notice) = notice { <StorageNoticeBar {notice} /> }
                    <super::lms_notice::LmsNoticeBar />
                    <super::update_notice::UpdateNotice />
                    { super::moment::moment_banner(messages, &place, moment_choice.clone(), &route) }
                }
                <Routed />
                <super::focus::FocusOnNavigate />
                if !attract { <Footer /> }
                // On paper only: where the page is, written in by
                // `browser::print::show_address` and `assets/start.js`.
                <p class="page-address">{ messages.this_page }{ " " }<span class="page-url"></span></p>
                if place.kiosk && !attract { <super::kiosk::IdleWatch /> }
            </ContextProvider<RecordHandle>>
            </ContextProvider<LensMemory>>
            </ContextProvider<VisitorHandle>>
        </ContextProvider<ExhibitHandle>>
    }
}

/// Whether the page is being printed (see `Place::printing`).
#[hook]
pub fn use_printing() -> bool {
    use_context::<Place>().is_some_and(|place| place.printing)
}

/// The level of a station's section headings: 2 on its own page, 3 on the
/// handout, where the station's title is the level-2 heading.
#[derive(Clone, Copy, PartialEq)]
pub struct HeadingLevel(pub u8);

/// The tag of a section heading (`h2`), or `below` levels under it (`h3`).
#[hook]
pub fn use_heading(below: u8) -> String {
    let level = use_context::<HeadingLevel>().map_or(2, |level| level.0);
    format!("h{}", (level + below).min(6))
}

/// The page the address names.
#[function_component(Routed)]
fn routed() -> Html {
    match use_route() {
        Route::Home => html! { <Home /> },
        Route::Station { id } => html! { <StationPage {id} view={None::<AttrValue>} /> },
        Route::StationView { id, view } => html! { <StationPage {id} view={Some(AttrValue::from(view))} /> },
        Route::Timeline => html! { <TimelinePage /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Quiz => html! { <QuizPage /> },
        #[cfg(not(target_arch = "wasm32"))]
        Route::Worksheet => html! { <WorksheetPage /> },
        #[cfg(not(target_arch = "wasm32"))]
        Route::AnswerKey => html! { <AnswerKeyPage /> },
        #[cfg(not(target_arch = "wasm32"))]
        Route::Handout => html! { <HandoutPage /> },
        Route::Accessibility => html! { <AccessibilityPage /> },
        #[cfg(not(target_arch = "wasm32"))]
        Route::Attract => html! { <AttractPage /> },
        // Left as prerendered: the app never starts on one, and its links load them.
        #[cfg(target_arch = "wasm32")]
        Route::Worksheet | Route::AnswerKey | Route::Handout | Route::Attract => html! {},
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
