//! Every glossary term of the exhibit, alphabetically, with the station that
//! explains it.

use yew::prelude::*;

use crate::core::content::{Exhibit, LensId};
use crate::core::lens::{carried_lens, View};
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
    let lens = carried_lens(View::Compare, use_lens_memory().lens);
    html! {
        <main id="main" class="page glossary" tabindex="-1">
            <h1>{ messages.glossary }</h1>
            { glossary_list(&exhibit, messages, lens) }
        </main>
    }
}

/// Every term, alphabetically: the glossary page's, and the handout's (a
/// function, as `timeline_years` is).
pub fn glossary_list(exhibit: &Exhibit, messages: &'static Messages, lens: LensId) -> Html {
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
                            <RichText text={term.definition.clone()} />
                            { " " }
                            <Link to={Route::station(&station.id, View::Lens(lens))}>
                                { fill(messages.station_link, &[&station.title]) }
                            </Link>
                            <span class="entry-sources">{ fill(messages.source_line, &[&exhibit.cited(&term.sources)]) }</span>
                        </dd>
                    </div>
                }) }
        </dl>
    }
}
