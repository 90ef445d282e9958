//! The handout: the whole exhibit as one reader for a class, to print.
//! Each station in its three accounts with the speech's words, its pictures
//! side by side with their numbered marks, its context, terms and sources;
//! then the timeline, the glossary and every source. Drawn as on paper even on screen
//! (`Place::printing`), so the prerendered page prints the same
//! without the app.

use yew::prelude::*;

use super::glossary::glossary_list;
use super::station::StationBody;
use super::timeline::timeline_years;
use crate::core::content::{Known, LensId};
use crate::core::lens::DEFAULT_LENS;
use crate::core::messages::fill;
use crate::ui::app::{use_exhibit, use_messages, use_place, HeadingLevel, Place};
use crate::ui::claims::LensPanel;
use crate::ui::moment::as_of;

#[function_component(HandoutPage)]
pub fn handout_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let total = exhibit.stations.len().to_string();
    let moment = use_place().moment;
    let on_paper = Place {
        printing: true,
        ..use_place()
    };
    html! {
        <ContextProvider<Place> context={on_paper}>
        <ContextProvider<HeadingLevel> context={HeadingLevel(3)}>
            <main id="main" class="page handout" tabindex="-1">
                <h1>{ &exhibit.title }</h1>
                <p class="intro">{ &exhibit.intro }</p>
                <p class="handout-intro">{ messages.handout_intro }</p>
                { for exhibit.stations.iter().enumerate().map(|(index, station)| {
                    let heading = format!("station-{}", station.id);
                    html! {
                        <article key={station.id.clone()} class="handout-station" aria-labelledby={heading.clone()}>
                            <p class="station-number">{ fill(messages.station_number, &[&(index + 1).to_string(), &total]) }</p>
                            <h2 id={heading}>{ &station.title }</h2>
                            { as_of(&exhibit, messages, moment, &station.known, None, html! { <p class="intro">{ &station.summary }</p> }) }
                            { for LensId::ALL.into_iter().map(|lens| html! {
                                <LensPanel station={index} {lens} heading={AttrValue::from(format!("lens-{}-{}", station.id, lens.slug()))} />
                            }) }
                            <StationBody station={index} />
                        </article>
                    }
                }) }
                <section class="handout-part" aria-labelledby="handout-timeline">
                    <h2 id="handout-timeline">{ messages.timeline }</h2>
                    { timeline_years(&exhibit, messages, DEFAULT_LENS, 3, moment) }
                </section>
                <section class="handout-part" aria-labelledby="handout-glossary">
                    <h2 id="handout-glossary">{ messages.glossary }</h2>
                    { glossary_list(&exhibit, messages, DEFAULT_LENS, moment) }
                </section>
                <section class="handout-part" aria-labelledby="handout-sources">
                    <h2 id="handout-sources">{ messages.sources }</h2>
                    <ul class="handout-sources">
                        // As of a moment, a source not yet in print is a redaction.
                        { for exhibit.sources.iter().map(|source| html! {
                            <li key={source.id.clone()}>{ as_of(&exhibit, messages, moment, &Known::alike(&source.id), None, html! { { &source.citation } }) }</li>
                        }) }
                    </ul>
                </section>
            </main>
        </ContextProvider<HeadingLevel>>
        </ContextProvider<Place>>
    }
}
