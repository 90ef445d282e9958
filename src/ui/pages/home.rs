//! The entrance: what the speech was, and the path through the stations with
//! marks for those already visited.

use yew::prelude::*;

use crate::core::images;
use crate::core::lens::{carried_lens, StationView};
use crate::core::messages::fill;
use crate::core::moment::{shown_states, Moment};
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::moment::{as_of, use_moment};
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::visitor::use_visitor;

#[function_component(Home)]
pub fn home() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let moment = use_moment();
    let visitor = use_visitor();
    let progress = &visitor.progress;
    let lens = carried_lens(StationView::Compare, progress.lens);
    let visited = exhibit.stations.iter().filter(|s| progress.has_visited(&s.id)).count();
    html! {
        <main id="main" class="page home" tabindex="-1">
            <h1>{ &exhibit.title }</h1>
            <p class="intro">{ &exhibit.intro }</p>
            <div class="home-entries">
                <Link to={Route::station(&exhibit.stations[0].id, StationView::Lens(lens))} classes="button">
                    { if visited == 0 { messages.start_exhibit } else { messages.first_station } }
                </Link>
                <Link to={Route::Timeline} classes="button secondary">{ messages.nav_timeline }</Link>
                <Link to={Route::Quiz} classes="button secondary">{ messages.test_yourself }</Link>
            </div>
            <h2 id="path-heading">{ messages.the_stations }</h2>
            <p class="path-progress">
                if visited == 0 {
                    // A newcomer wants to know what the walk is, not that none of it is done.
                    { fill(messages.stations_and_time, &[&exhibit.stations.len().to_string(), &exhibit.reading_minutes().to_string()]) }
                } else {
                    { fill(messages.visited_count, &[&visited.to_string(), &exhibit.stations.len().to_string()]) }
                }
            </p>
            <ol class="station-path" aria-labelledby="path-heading">
                { for exhibit.stations.iter().map(|station| {
                    let seen = progress.has_visited(&station.id);
                    // The station's picture, small: the official image, the one it questions.
                    let thumbnail = station
                        .comparisons
                        .first()
                        .and_then(|id| exhibit.comparisons.iter().find(|c| &c.id == id))
                        .and_then(|c| match moment {
                            Moment::Today => c.states.first(),
                            // As of a past moment, the picture a reader then saw.
                            _ => shown_states(&exhibit, &c.states, moment).last().copied(),
                        });
                    html! {
                        <li key={station.id.clone()} class={classes!("station-card", seen.then_some("visited"), thumbnail.is_some().then_some("with-picture"))}>
                            if let Some(state) = thumbnail.filter(|s| images::is_raster(&s.image)) {
                                // A scan: its copies, the small ones for a card.
                                <picture class="state-picture">
                                    <source type="image/webp" srcset={images::srcset("assets/", state, "webp")} sizes={images::SIZES_CARD} />
                                    <img class="station-thumbnail" src={format!("assets/{}", images::smallest_path(state, "jpg"))}
                                        srcset={images::srcset("assets/", state, "jpg")} sizes={images::SIZES_CARD} alt=""
                                        width={state.width.to_string()} height={state.height.to_string()} loading="lazy" decoding="async" />
                                </picture>
                            } else if let Some(state) = thumbnail {
                                <img class="station-thumbnail" src={format!("assets/{}", state.image)} alt="" width={state.width.to_string()}
                                    height={state.height.to_string()} loading="lazy" decoding="async" />
                            }
                            <Link to={Route::station(&station.id, StationView::Lens(lens))}>{ &station.title }</Link>
                            if seen { <span class="visited-mark">{ messages.visited }</span> }
                            { as_of(&exhibit, messages, moment, &station.known, None, html! { <p>{ &station.summary }</p> }) }
                        </li>
                    }
                }) }
            </ol>
        </main>
    }
}
