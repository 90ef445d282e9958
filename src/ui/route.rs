//! The exhibit's addresses: real paths, each the folder of a prerendered
//! page (`station/the-speech/historians/index.html`), so a static host needs
//! no rewrite rule and a reload or a shared link opens that page's own file.
//! Every path ends in `/` for that reason: a host serves `station/x/` from
//! its `index.html`, and the page's relative links resolve from the folder.
//! Russian pages are the same paths under `ru/` (see `Place`).

use yew::prelude::*;

pub use crate::core::address::Route;
use crate::core::content::Exhibit;
use crate::core::lens::StationView;
use crate::core::messages::Messages;
use crate::ui::lens_switch::lens_label;

/// The click handler of a link the running app follows in place: a plain
/// click is caught and sends `value` to `follow`; a click with a modifier
/// opens a new tab or window, as on any link. The link's `href` is the real
/// page, for the prerendered page and for a new tab.
pub fn follow_in_place<T: Clone + 'static>(follow: Callback<T>, value: T) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
            event.prevent_default();
            follow.emit(value.clone());
        }
    })
}

/// A view's `<title>`: what it shows, then the exhibit's name. The
/// prerender writes it into each page and the app sets it on each move, so
/// history, tabs and bookmarks name the view.
pub fn title(exhibit: &Exhibit, messages: &'static Messages, route: &Route) -> String {
    let station = |id: &str| exhibit.station(id);
    let what = match route {
        Route::Home => return exhibit.title.clone(),
        Route::Station { id } => station(id).map(|s| s.title.clone()),
        Route::StationView { id, view } => station(id).map(|s| match StationView::from_slug(view) {
            Some(StationView::Lens(lens)) => format!("{} ({})", s.title, lens_label(messages, lens)),
            Some(StationView::Compare) => format!("{} ({})", s.title, messages.compare_toggle),
            None => s.title.clone(),
        }),
        Route::Timeline => Some(messages.nav_timeline.to_string()),
        Route::Glossary => Some(messages.nav_glossary.to_string()),
        Route::Quiz => Some(exhibit.quiz.title.clone()),
        Route::Worksheet => Some(messages.worksheet.to_string()),
        Route::AnswerKey => Some(messages.answer_key.to_string()),
        Route::Handout => Some(messages.handout.to_string()),
        Route::Accessibility => Some(messages.accessibility.to_string()),
        Route::Attract => Some(messages.attract_begin.to_string()),
        Route::NotFound => None,
    };
    format!(
        "{} · {}",
        what.unwrap_or_else(|| messages.not_found.to_string()),
        exhibit.title
    )
}

/// A view's description for search results and shared links: a station's
/// one-sentence summary, else the exhibit's introduction.
pub fn description<'a>(exhibit: &'a Exhibit, route: &Route) -> &'a str {
    match route {
        Route::Station { id } | Route::StationView { id, .. } => exhibit
            .station(id)
            .map_or(exhibit.intro.as_str(), |s| s.summary.as_str()),
        _ => &exhibit.intro,
    }
}
