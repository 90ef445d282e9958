//! The frame around every page: header with the exhibit's title, footer with
//! sources and credits.

use yew::prelude::*;
use yew_router::prelude::*;

use super::app::use_exhibit;
use super::route::Route;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// None while the content is still loading or broken.
    pub title: Option<AttrValue>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let title = props.title.clone().unwrap_or_else(|| AttrValue::from("Secret Speech"));
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <p class="site-title">
                if props.title.is_some() {
                    <Link<Route> to={Route::Home}>{ title }</Link<Route>>
                } else {
                    { title }
                }
            </p>
        </header>
    }
}

#[function_component(Footer)]
pub fn footer() -> Html {
    let exhibit = use_exhibit();
    html! {
        <footer class="site-footer">
            <h2 class="footer-heading">{ "Sources and credits" }</h2>
            <ul class="footer-sources">
                { for exhibit.sources.iter().map(|source| html! {
                    <li key={source.id.clone()} id={format!("source-{}", source.id)}>{ &source.citation }</li>
                }) }
            </ul>
            <ul class="footer-credits">
                { for exhibit.credits.iter().chain(&exhibit.licence).map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </footer>
    }
}
