//! Every glossary term of the exhibit, alphabetically, with the station that
//! explains it.

use crate::core::moment::Moment;
use crate::ui::moment::{as_of, use_moment};
use yew::prelude::*;

use crate::core::content::{Exhibit, LensId};
use crate::core::lens::{carried_lens, StationView};
use crate::core::messages::{fill, Messages};
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::text::RichText;
use crate::ui::visitor::use_lens_memory;

#[function_component(GlossaryPage)]
pub fn glossary_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let moment = use_moment();
    let lens = carried_lens(StationView::Compare, use_lens_memory().lens);
    html! {
        <main id="main" class="page glossary" tabindex="-1">
            <h1>{ messages.glossary }</h1>
            { glossary_list(&exhibit, messages, lens, moment) }
        </main>
    }
}

/// Every term, alphabetically: the glossary page's, and the handout's (a
/// function, as `timeline_years` is).
pub fn glossary_list(exhibit: &Exhibit, messages: &'static Messages, lens: LensId, moment: Moment) -> Html {
    // Each key is made once, not at every comparison.
    let mut terms: Vec<_> = exhibit
        .stations
        .iter()
        .flat_map(|station| {
            station
                .glossary
                .iter()
                .map(move |term| (term.term.to_lowercase(), term, station))
        })
        .collect();
    crate::core::order::sort_by(&mut terms, |a, b| a.0.cmp(&b.0));
    html! {
        <dl class="glossary-list">
                { for terms.into_iter().map(|(_, term, station)| html! {
                    <div key={term.id.clone()} class="glossary-entry">
                        <dt>{ &term.term }</dt>
                        <dd>
                            { as_of(exhibit, messages, moment, &term.known, None, html! { <RichText text={term.definition.clone()} /> }) }
                            { " " }
                            <Link to={Route::station(&station.id, StationView::Lens(lens))}>
                                { fill(messages.station_link, &[&station.title]) }
                            </Link>
                            <span class="entry-sources">{ fill(messages.source_line, &[&exhibit.cited(&term.sources)]) }</span>
                        </dd>
                    </div>
                }) }
        </dl>
    }
}
