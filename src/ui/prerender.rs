//! The prerender's side of the interface: every view drawn to HTML by the
//! same components the app runs, as a first visit sees it (no stored
//! progress, no quiz attempt). `src/bin/prerender.rs` writes these into the
//! build, one file per view and language.

use std::rc::Rc;

use yew::prelude::*;

use super::app::{ExhibitHandle, Frame, Place, RecordHandle};
use super::route::Route;
use super::router::Router;
use super::visitor::Visitor;
use crate::browser::record::AttemptRecord;
use crate::core::address;
use crate::core::content::{Exhibit, LensId, Quiz};
use crate::core::lens;
use crate::core::messages::Language;
use crate::core::moment::Moment;
use crate::core::quiz::Attempt;

/// Every view of `exhibit`, as router paths: home, each station (as first
/// opened, and in each lens and the compare view), the timeline, the
/// glossary, the quiz with its worksheet and answer key, the handout, the
/// accessibility statement, kiosk mode's attract
/// screen and the not-found page.
pub fn views(exhibit: &Exhibit) -> Vec<Route> {
    let mut views = vec![Route::Home];
    for station in &exhibit.stations {
        views.push(Route::Station { id: station.id.clone() });
        for lens in LensId::ALL {
            views.push(Route::station(&station.id, lens::StationView::Lens(lens)));
        }
        views.push(Route::station(&station.id, lens::StationView::Compare));
    }
    views.extend([
        Route::Timeline,
        Route::Glossary,
        Route::Quiz,
        Route::Worksheet,
        Route::AnswerKey,
        Route::Handout,
        Route::Accessibility,
        Route::Attract,
        Route::NotFound,
    ]);
    views
}

/// The views the app leaves as prerendered that also have a page for each
/// past moment (`handout/1938/`): with no app there to redraw them, the
/// handout printed as of 1938 and a kiosk's attract screen as of 1938 are
/// drawn at build time. `assets/start.js` sends `?as-of=1938` to them. The
/// worksheet and answer key are the quiz's, which asks what we know today.
pub fn moment_views() -> [Route; 2] {
    [Route::Handout, Route::Attract]
}

/// The `<body>` content of `route` in `language`, read as of `moment`: the
/// shell and the view. Links come out as paths from the root
/// (`/ru/station/x/`); the prerender makes them relative to the page.
pub fn render(exhibit: Rc<Exhibit>, language: Language, route: &Route, moment: Moment) -> String {
    let props = PageBodyProps {
        exhibit: ExhibitHandle(exhibit),
        language,
        path: format!("{}{}", address::basename("/", language), route.to_path()).into(),
        moment,
    };
    let renderer = yew::LocalServerRenderer::<PageBody>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}

#[derive(Properties, PartialEq)]
struct PageBodyProps {
    exhibit: ExhibitHandle,
    language: Language,
    path: AttrValue,
    moment: Moment,
}

#[function_component(PageBody)]
fn page_body(props: &PageBodyProps) -> Html {
    let visitor = use_reducer(Visitor::first_visit);
    let record = use_memo((), |_| RecordHandle(Rc::new(NoAttempt)));
    let basename = address::basename("/", props.language);
    let place = Place {
        language: props.language,
        root: "/".into(),
        embedded: false,
        in_lms: false,
        kiosk: false,
        printing: false,
        moment: props.moment,
    };
    html! {
        <ContextProvider<Place> context={place}>
            <Router base={basename} memory={Some(props.path.clone())}>
                <Frame exhibit={props.exhibit.clone()} {visitor} record={(*record).clone()} />
            </Router>
        </ContextProvider<Place>>
    }
}

/// A first visit's record: no attempt yet, and nothing is kept at build time.
struct NoAttempt;

impl AttemptRecord for NoAttempt {
    fn resume(&self, _quiz: &Quiz) -> Option<String> {
        None
    }
    fn save(&self, _exhibit: &Exhibit, _attempt: &Attempt) {}
    fn clear(&self) {}
}

/// One view's file: the template's head with this view's language, base,
/// title and description, and its prerendered body where the template's
/// `#first-screen` is.
pub struct Page<'a> {
    pub language: Language,
    pub title: &'a str,
    pub description: &'a str,
    /// The page's file, relative to the exhibit's root.
    pub file: &'a str,
    /// The view as `render` draws it.
    pub body: &'a str,
}

impl Page<'_> {
    /// The page's whole file, from the build's `index.html` as `template`
    /// (Trunk's head, with the code and style links).
    pub fn fill(&self, template: &str) -> String {
        let root = address::root_from(self.file);
        let mut html = template.to_string();
        html = replace_tag(
            &html,
            "<html",
            ">",
            &format!("<html lang=\"{}\">", self.language.code()),
        );
        // The base first, before any address in the head: every relative
        // address (code, style, content, images, links) resolves from the
        // exhibit's root, wherever it is deployed.
        html = remove_tag(&html, "<base ", ">");
        html = insert_after(&html, "<meta charset", &format!("<base href=\"{root}\">"));
        html = replace_tag(
            &html,
            "<title>",
            "</title>",
            &format!("<title>{}</title>", escape(self.title)),
        );
        html = replace_description(&html, &escape(self.description));
        let body = relative_links(self.body, self.file);
        replace_first_screen(
            &html,
            &format!("<div id=\"first-screen\">{body}</div><div id=\"app\"></div>"),
        )
    }
}

/// Links from the root (`/station/x/`, as the components write them) become
/// the files of those views relative to the page's base
/// (`station/x/index.html`), which a host serves and a disk opens alike; a
/// link to a place in the page (`#main`) names the page, since the base
/// would otherwise send it to the root.
fn relative_links(body: &str, file: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("href=\"") {
        let start = at + "href=\"".len();
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('"').unwrap_or(rest.len());
        let href = &rest[..end];
        if href.starts_with('/') {
            // The path already holds the language's folder: no second one.
            out.push_str(&address::page_file(Language::En, href));
        } else if href.starts_with('#') {
            out.push_str(file);
            out.push_str(href);
        } else {
            out.push_str(href);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces the first tag that starts with `open` (through `close`).
fn replace_tag(html: &str, open: &str, close: &str, with: &str) -> String {
    match html.find(open) {
        Some(start) => match html[start..].find(close) {
            Some(end) => format!("{}{with}{}", &html[..start], &html[start + end + close.len()..]),
            None => html.to_string(),
        },
        None => html.to_string(),
    }
}

fn remove_tag(html: &str, open: &str, close: &str) -> String {
    replace_tag(html, open, close, "")
}

/// Inserts `with` after the tag that starts with `open`.
fn insert_after(html: &str, open: &str, with: &str) -> String {
    match html
        .find(open)
        .and_then(|start| html[start..].find('>').map(|end| start + end + 1))
    {
        Some(at) => format!("{}{with}{}", &html[..at], &html[at..]),
        None => html.to_string(),
    }
}

/// The description meta, written by hand in `index.html` and minified by
/// Trunk (which may put `content` before `name`).
fn replace_description(html: &str, description: &str) -> String {
    let Some(name) = html
        .find("name=description")
        .or_else(|| html.find("name=\"description\""))
    else {
        return html.to_string();
    };
    let start = html[..name].rfind("<meta").unwrap_or(name);
    let end = name + html[name..].find('>').map_or(0, |e| e + 1);
    format!(
        "{}<meta name=\"description\" content=\"{description}\">{}",
        &html[..start],
        &html[end..]
    )
}

/// The template's `#first-screen` and `#app` (Trunk's minified form or the
/// hand-written one) replaced by `with`.
fn replace_first_screen(html: &str, with: &str) -> String {
    let start = ["<div id=first-screen>", "<div id=\"first-screen\">"]
        .iter()
        .find_map(|open| html.find(open));
    let end = ["<div id=app></div>", "<div id=\"app\"></div>"]
        .iter()
        .find_map(|app| html.find(app).map(|at| at + app.len()));
    match (start, end) {
        (Some(start), Some(end)) if start < end => format!("{}{with}{}", &html[..start], &html[end..]),
        _ => panic!("the template has no <div id=\"first-screen\"> followed by <div id=\"app\"></div>"),
    }
}
