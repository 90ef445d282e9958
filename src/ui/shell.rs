//! The frame around every page: header with the exhibit's title and
//! navigation, a storage notice when needed, footer with sources and credits.

use yew::prelude::*;

use super::app::{use_exhibit, use_messages, use_place, LanguageChoice};
use super::route::{follow_in_place, Route};
use super::visitor::StorageNotice;
use crate::core::address;
use crate::core::messages::{fill, Language};
use crate::core::moment::{Moment, QUERY_KEY};
use crate::ui::router::{use_location, use_route, Link};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// None while the content is still loading or broken.
    pub title: Option<AttrValue>,
}

/// Moves focus to the main region. A plain `href="#main"` would resolve
/// against the page's `<base>` (the exhibit's root, another page), so the
/// skip link does this by hand; the prerendered page's link names its own
/// file instead (`ui::prerender`), and `assets/start.js` keeps it in place.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
        }
    }
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let messages = use_messages();
    let place = use_place();
    let menu = use_state(|| false);
    let moment_choice = super::app::use_in_place().map(|in_place| in_place.moment);
    {
        // A link followed from the open menu closes it.
        let menu = menu.clone();
        let route = use_location().path;
        use_effect_with(route, move |_| menu.set(false));
    }
    let skip_link = html! {
        <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ messages.skip_to_content }</a>
    };
    if place.embedded {
        // Embedded (`?embed=1`), the host's page is the frame: only the skip link stays.
        return skip_link;
    }
    // On a phone the header is one line: the title and a menu button that
    // opens the navigation and the languages beneath it.
    let toggle = {
        let menu = menu.clone();
        Callback::from(move |_| menu.set(!*menu))
    };
    html! {
        <header class={classes!("site-header", menu.then_some("menu-open"))}>
            { skip_link }
            <div class="site-header-inner">
                if let Some(title) = props.title.clone() {
                    // On a phone the short name keeps the header to one line.
                    <p class="site-title"><Link to={Route::Home}>
                        <span class="title-long">{ title }</span><span class="title-short">{ messages.site_title }</span>
                    </Link></p>
                } else {
                    <p class="site-title">{ messages.site_title }</p>
                }
                <button type="button" class="menu-button" aria-expanded={menu.to_string()} aria-controls="site-menu" onclick={toggle}>
                    { messages.menu }
                </button>
                <div class="site-menu" id="site-menu">
                    if props.title.is_some() {
                        <nav class="site-nav" aria-label={messages.nav_label}>
                            <Link to={Route::Home}>{ messages.nav_stations }</Link>
                            <Link to={Route::Timeline}>{ messages.nav_timeline }</Link>
                            <Link to={Route::Glossary}>{ messages.nav_glossary }</Link>
                            <Link to={Route::Quiz}>{ messages.nav_quiz }</Link>
                        </nav>
                    }
                    <LanguageSwitch />
                    if props.title.is_some() { { super::moment::moment_switch(messages, place.moment, moment_choice) } }
                </div>
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct StorageNoticeBarProps {
    pub notice: StorageNotice,
}

/// A quiet, polite notice: the exhibit works, but something will not be kept.
#[function_component(StorageNoticeBar)]
pub fn storage_notice_bar(props: &StorageNoticeBarProps) -> Html {
    let messages = use_messages();
    html! {
        <div class="notice-bar" role="status">
            <p>{ props.notice.text(messages) }</p>
        </div>
    }
}

#[function_component(Footer)]
pub fn footer() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let place = use_place();
    if place.embedded {
        return html! {};
    }
    html! {
        <footer class="site-footer">
            <h2 class="footer-heading">{ messages.footer_heading }</h2>
            <details class="footer-sources">
                <summary>{ fill(messages.all_sources, &[&exhibit.sources.len().to_string()]) }</summary>
                <ul>
                    { for exhibit.sources.iter().map(|source| html! {
                        <li key={source.id.clone()}>{ &source.citation }</li>
                    }) }
                </ul>
            </details>
            <p><Link to={Route::Accessibility}>{ messages.accessibility }</Link></p>
            // Each is a page load, which in an LMS would end the session.
            if !place.in_lms {
                <p class="footer-teachers">
                    { messages.for_teachers }{ ": " }
                    <Link to={Route::Handout}>{ messages.handout }</Link>{ " · " }
                    <Link to={Route::Worksheet}>{ messages.worksheet }</Link>{ " · " }
                    <Link to={Route::AnswerKey}>{ messages.answer_key }</Link>
                </p>
            }
            <ul class="footer-credits">
                { for exhibit.credits.iter().chain(&exhibit.licence).map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </footer>
    }
}

/// A link to this view in each language, each named in its own language
/// (and marked with it, so a screen reader pronounces "Русский" in
/// Russian). Each language has its own pages, so in a prerendered page
/// choosing one is a plain link; once the app runs, the language changes in
/// place (`LanguageChoice`). `assets/start.js` remembers the choice.
#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let messages = use_messages();
    let place = use_place();
    let choice = super::app::use_in_place().map(|in_place| in_place.language);
    let view = use_route().to_path();
    // Read as of a past moment, the other language reads as of it too (on the
    // handout, whose moment is its folder, `assets/start.js` takes it there).
    let moment = match place.moment {
        Moment::Today => String::new(),
        moment => format!("?{QUERY_KEY}={}", moment.slug()),
    };
    html! {
        <div class="language-switch" role="group" aria-label={messages.language_switch}>
            { for Language::ALL.into_iter().map(|language| {
                let href = format!("{}{}{moment}", place.root, address::page_file(language, &view).trim_end_matches("index.html"));
                let current = (language == place.language).then_some("page");
                let onclick = choice.clone().map(|LanguageChoice(choose)| follow_in_place(choose, language));
                html! {
                    <a {href} lang={language.code()} hreflang={language.code()} aria-current={current} {onclick}>
                        { language.messages().language_name }
                    </a>
                }
            }) }
        </div>
    }
}
