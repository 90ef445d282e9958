//! The dated events of the story, grouped by year, as ordered lists that a
//! screen reader reads in time order.

use yew::prelude::*;

use crate::core::content::{Exhibit, LensId};
use crate::core::lens::StationView;
use crate::core::messages::{fill, Messages};
use crate::core::moment::{hidden, Hidden, Moment, AT_THE_TIME};
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::moment::{moment_reader, redaction, use_moment};
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::text::RichText;
use crate::ui::visitor::use_lens_memory;

#[function_component(TimelinePage)]
pub fn timeline_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let moment = use_moment();
    let lens = crate::core::lens::carried_lens(StationView::Compare, use_lens_memory().lens);
    html! {
        <main id="main" class="page timeline" tabindex="-1">
            <h1>{ messages.timeline }</h1>
            <p class="intro">{ messages.timeline_intro }</p>
            { timeline_years(&exhibit, messages, lens, 2, moment) }
        </main>
    }
}

/// The events, a section per year, each year's heading at `level` and an
/// event's title one below: the timeline page's, and the handout's. A
/// function, not a component: a component of its own would be one more in
/// every visitor's wasm.
pub fn timeline_years(exhibit: &Exhibit, messages: &'static Messages, lens: LensId, level: u8, moment: Moment) -> Html {
    let year_heading = format!("h{level}");
    let event_heading = format!("h{}", level + 1);
    let mut events: Vec<_> = exhibit.timeline.iter().collect();
    // Sortable dates compare as text; the sort is stable, so same-day events
    // keep the content's order.
    crate::core::order::sort_by(&mut events, |a, b| a.date.cmp(&b.date));
    let mut years: Vec<(&str, Vec<_>)> = Vec::new();
    for event in events {
        let year = &event.date[..4];
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(event),
            _ => years.push((year, vec![event])),
        }
    }
    html! {
        <>
            { for years.into_iter().map(|(year, events)| html! {
                <section class="timeline-year" aria-labelledby={format!("year-{year}")}>
                    <@{year_heading.clone()} id={format!("year-{year}")}>{ year }</@>
                    <ol class="timeline-events">
                        { for events.into_iter().map(|event| {
                            let station = event.station.as_ref().and_then(|id| exhibit.station(id));
                            if let Some(why) = hidden(exhibit, &event.known, Some(&event.date), moment) {
                                // Not yet happened: dated in the event's own words.
                                let bar = match &why {
                                    Hidden::NotYet { from } if from.id == AT_THE_TIME => html! {
                                        <p class="redaction">{ fill(messages.not_yet_dated, &[moment_reader(messages, moment), "", &event.when]) }</p>
                                    },
                                    _ => redaction(exhibit, messages, moment, &why, None),
                                };
                                return html! { <li key={event.id.clone()} class="timeline-event redacted">{ bar }</li> };
                            }
                            html! {
                                <li key={event.id.clone()} class="timeline-event">
                                    <p class="timeline-when">{ &event.when }</p>
                                    <@{event_heading.clone()}>{ &event.title }</@>
                                    <p><RichText text={event.text.clone()} /></p>
                                    <p class="entry-sources">{ fill(messages.source_line, &[&exhibit.cited(&event.sources)]) }</p>
                                    if let Some(station) = station {
                                        <p class="timeline-station">
                                            <Link to={Route::station(&station.id, StationView::Lens(lens))}>
                                                { fill(messages.station_link, &[&station.title]) }
                                            </Link>
                                        </p>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
        </>
    }
}
