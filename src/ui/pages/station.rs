//! A room of the exhibit: the speech's words, their context and sources.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::app::use_exhibit;
use crate::ui::pages::NotFound;
use crate::ui::route::Route;
use crate::ui::text::RichText;

#[derive(Properties, PartialEq)]
pub struct StationPageProps {
    pub id: AttrValue,
}

#[function_component(StationPage)]
pub fn station_page(props: &StationPageProps) -> Html {
    let exhibit = use_exhibit();
    let Some(position) = exhibit.stations.iter().position(|s| s.id == props.id.as_str()) else {
        return html! { <NotFound /> };
    };
    let station = &exhibit.stations[position];
    let previous = position.checked_sub(1).map(|i| &exhibit.stations[i]);
    let next = exhibit.stations.get(position + 1);
    html! {
        <main id="main" class="page station" tabindex="-1">
            <p class="station-number">{ format!("Station {} of {}", position + 1, exhibit.stations.len()) }</p>
            <h1>{ &station.title }</h1>
            { for station.excerpts.iter().map(|excerpt| {
                let source = exhibit.source(&excerpt.citation.source).map(|s| s.citation.clone()).unwrap_or_default();
                let locator = excerpt.citation.locator.clone().map(|l| format!(", {l}")).unwrap_or_default();
                html! {
                    <figure class="excerpt">
                        <blockquote><p>{ &excerpt.text }</p></blockquote>
                        <figcaption>
                            { format!("{}. ", excerpt.speaker) }
                            <cite>{ format!("{source}{locator}") }</cite>
                            if excerpt.translation { { " (translation)" } }
                        </figcaption>
                    </figure>
                }
            }) }
            <section class="context" aria-labelledby="context-heading">
                <h2 id="context-heading">{ "Context" }</h2>
                { for station.context.iter().map(|p| html! { <p><RichText text={p.text.clone()} /></p> }) }
            </section>
            <nav class="station-nav" aria-label="Stations">
                if let Some(previous) = previous {
                    <Link<Route> to={Route::Station { id: previous.id.clone() }} classes="previous">
                        { format!("Previous: {}", previous.title) }
                    </Link<Route>>
                }
                if let Some(next) = next {
                    <Link<Route> to={Route::Station { id: next.id.clone() }} classes="next">
                        { format!("Next: {}", next.title) }
                    </Link<Route>>
                }
            </nav>
        </main>
    }
}
