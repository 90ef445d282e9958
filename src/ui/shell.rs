//! The frame around every page: header with the exhibit's title and
//! navigation, a storage notice when needed, footer with sources and credits.

use yew::prelude::*;
use yew_router::prelude::*;

use super::app::use_exhibit;
use super::route::Route;
use super::visitor::StorageNotice;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// None while the content is still loading or broken.
    pub title: Option<AttrValue>,
}

/// Moves focus to the main region. A plain `href="#main"` would be read by
/// the hash router as a route, so the skip link does this by hand.
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
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <div class="site-header-inner">
                if let Some(title) = props.title.clone() {
                    <p class="site-title"><Link<Route> to={Route::Home}>{ title }</Link<Route>></p>
                    <nav class="site-nav" aria-label="Exhibit">
                        <Link<Route> to={Route::Home}>{ "Stations" }</Link<Route>>
                        <Link<Route> to={Route::Timeline}>{ "Timeline" }</Link<Route>>
                        <Link<Route> to={Route::Glossary}>{ "Glossary" }</Link<Route>>
                        <Link<Route> to={Route::Quiz}>{ "Quiz" }</Link<Route>>
                    </nav>
                } else {
                    <p class="site-title">{ "Secret Speech" }</p>
                }
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
    html! {
        <div class="notice-bar" role="status">
            <p>{ props.notice.text() }</p>
        </div>
    }
}

#[function_component(Footer)]
pub fn footer() -> Html {
    let exhibit = use_exhibit();
    html! {
        <footer class="site-footer">
            <h2 class="footer-heading">{ "Sources and credits" }</h2>
            <details class="footer-sources">
                <summary>{ format!("All {} sources of this exhibit", exhibit.sources.len()) }</summary>
                <ul>
                    { for exhibit.sources.iter().map(|source| html! {
                        <li key={source.id.clone()}>{ &source.citation }</li>
                    }) }
                </ul>
            </details>
            <ul class="footer-credits">
                { for exhibit.credits.iter().chain(&exhibit.licence).map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </footer>
    }
}
