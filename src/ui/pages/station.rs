//! A room of the exhibit: the speech's words, their context, the three
//! lenses (or the compare view), glossary terms and sources.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::core::lens::{carried_lens, resolve, AddressNotice, Resolved, View};
use crate::core::messages::fill;
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::claims::{CompareView, LensPanel};
use crate::ui::comparison::ComparisonFigure;
use crate::ui::lens_switch::{lens_label, LensSwitch};
use crate::ui::pages::NotFound;
use crate::ui::route::Route;
use crate::ui::text::RichText;
use crate::ui::visitor::{use_lens_memory, VisitorAction};

#[derive(Properties, PartialEq)]
pub struct StationPageProps {
    pub id: AttrValue,
    /// The view word from the address, if it has one.
    pub view: Option<AttrValue>,
}

#[function_component(StationPage)]
pub fn station_page(props: &StationPageProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let visitor = use_lens_memory();
    let navigator = use_navigator();
    let from_quiz = use_location().is_some_and(|l| l.query_str().contains("from=quiz"));
    let remembered = visitor.lens;
    let resolved = resolve(&exhibit, &props.id, props.view.as_deref(), remembered);
    {
        // Visiting and choosing a lens are remembered as effects of showing.
        let visitor = visitor.clone();
        let resolved = resolved.clone();
        let id = props.id.to_string();
        use_effect_with(resolved, move |resolved| {
            if let Resolved::Station { view, .. } = resolved {
                visitor.dispatch(VisitorAction::Visit(id));
                if let View::Lens(lens) = view {
                    visitor.dispatch(VisitorAction::ChooseLens(*lens));
                }
            }
        });
    }
    let Resolved::Station { index, view, notice } = resolved else {
        return html! { <NotFound /> };
    };
    let station = &exhibit.stations[index];
    let lens = carried_lens(view, remembered);
    let on_choose = {
        let id = station.id.clone();
        let visitor = visitor.clone();
        Callback::from(move |view: View| {
            // Remembered here as well as when the page shows it, so both
            // changes land in one render instead of a second one after it.
            if let View::Lens(lens) = view {
                visitor.dispatch(VisitorAction::ChooseLens(lens));
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::station(&id, view));
            }
        })
    };
    let previous = index.checked_sub(1).map(|i| &exhibit.stations[i]);
    let next = exhibit.stations.get(index + 1);
    let announcement = match view {
        View::Lens(lens) => fill(messages.showing, &[lens_label(messages, lens)]),
        View::Compare => messages.showing_compare.to_string(),
    };
    html! {
        <main id="main" class="page station" tabindex="-1">
            if from_quiz {
                <p class="back-to-quiz"><Link<Route> to={Route::Quiz}>{ messages.back_to_quiz }</Link<Route>></p>
            }
            <p class="station-number">{ fill(messages.station_number, &[&(index + 1).to_string(), &exhibit.stations.len().to_string()]) }</p>
            <h1>{ &station.title }</h1>
            if let Some(AddressNotice::UnknownView { asked, fallback }) = notice {
                <p class="notice" role="status">
                    { fill(messages.unknown_view, &[&asked, lens_label(messages, fallback)]) }
                </p>
            }
            { for station.excerpts.iter().map(|excerpt| {
                let cited = exhibit.cited(std::slice::from_ref(&excerpt.citation));
                html! {
                    <figure class="excerpt">
                        <blockquote lang={excerpt.lang.clone()}><p>{ &excerpt.text }</p></blockquote>
                        <figcaption>
                            { format!("{}. ", excerpt.speaker) }
                            <cite>{ cited }</cite>
                            if excerpt.translation { { messages.translation_mark } }
                        </figcaption>
                    </figure>
                }
            }) }
            <section class="context" aria-labelledby="context-heading">
                <h2 id="context-heading">{ messages.context }</h2>
                { for station.context.iter().map(|p| html! {
                    <>
                        <p><RichText text={p.text.clone()} /></p>
                        <p class="paragraph-sources">{ fill(messages.source_line, &[&exhibit.cited(&p.sources)]) }</p>
                    </>
                }) }
            </section>
            { for station.comparisons.iter().filter_map(|id| exhibit.comparisons.iter().position(|c| &c.id == id)).map(|i| html! {
                <ComparisonFigure key={i} comparison={i} />
            }) }
            <section class="lenses" aria-labelledby="lenses-heading">
                <h2 id="lenses-heading">{ messages.three_accounts }</h2>
                <LensSwitch {view} {lens} {on_choose} />
                <p class="visually-hidden" aria-live="polite">{ announcement }</p>
                { match view {
                    View::Lens(lens) => html! { <LensPanel station={index} {lens} /> },
                    View::Compare => html! { <CompareView station={index} /> },
                } }
            </section>
            <section class="station-sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">{ messages.sources }</h2>
                <ul>
                    { for station.sources.iter().filter_map(|id| exhibit.source(id)).map(|source| html! {
                        <li key={source.id.clone()}>{ &source.citation }</li>
                    }) }
                </ul>
            </section>
            <nav class="station-nav" aria-label={messages.nav_stations}>
                if let Some(previous) = previous {
                    <Link<Route> to={Route::station(&previous.id, View::Lens(lens))} classes="previous">
                        { fill(messages.previous, &[&previous.title]) }
                    </Link<Route>>
                }
                if let Some(next) = next {
                    <Link<Route> to={Route::station(&next.id, View::Lens(lens))} classes="next">
                        { fill(messages.next, &[&next.title]) }
                    </Link<Route>>
                } else {
                    <Link<Route> to={Route::Quiz} classes="next">{ messages.next_quiz }</Link<Route>>
                }
            </nav>
        </main>
    }
}
