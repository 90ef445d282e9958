//! A room of the exhibit, ordered around its idea: the choice of account
//! directly under the title, the chosen account first, then the speech's
//! words, the picture, the longer context and the sources, with previous
//! and next always at hand.

use yew::prelude::*;

use crate::core::content::{Exhibit, Known, LensId};
use crate::core::kiosk::{take_home_code_file, take_home_url};
use crate::core::lens::{carried_lens, resolve, AddressNotice, Resolved, StationView};
use crate::core::messages::{fill, Messages};
use crate::core::moment::Moment;
use crate::ui::app::{use_exhibit, use_heading, use_messages, use_place, use_printing};
use crate::ui::claims::{CompareView, LensPanel};
use crate::ui::comparison::ComparisonFigure;
use crate::ui::lens_switch::{lens_label, LensSwitch};
use crate::ui::moment::as_of;
use crate::ui::pages::NotFound;
use crate::ui::route::Route;
use crate::ui::router::{use_location, use_navigator, Link};
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
    let printing = use_printing();
    let from_quiz = use_location().query.contains("from=quiz");
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
                if let StationView::Lens(lens) = view {
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
        Callback::from(move |view: StationView| {
            // Remembered here as well as when the page shows it, so both
            // changes land in one render instead of a second one after it.
            if let StationView::Lens(lens) = view {
                visitor.dispatch(VisitorAction::ChooseLens(lens));
            }
            navigator.push(&Route::station(&id, view), "");
        })
    };
    let announcement = match view {
        StationView::Lens(lens) => fill(messages.showing, &[lens_label(messages, lens)]),
        StationView::Compare => messages.showing_compare.to_string(),
    };
    html! {
        <main id="main" class="page station" tabindex="-1">
            if from_quiz {
                <p class="back-to-quiz"><Link to={Route::Quiz}>{ messages.back_to_quiz }</Link></p>
            }
            <p class="station-number">{ fill(messages.station_number, &[&(index + 1).to_string(), &exhibit.stations.len().to_string()]) }</p>
            <h1>{ &station.title }</h1>
            if let Some(AddressNotice::UnknownView { asked, fallback }) = notice {
                <p class="notice" role="status">
                    { fill(messages.unknown_view, &[&asked, lens_label(messages, fallback)]) }
                </p>
            }
            <div class="lens-bar">
                <LensSwitch station={station.id.clone()} {view} {lens} {on_choose} />
            </div>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
            { match view {
                // On paper, the three accounts one after another, in date order.
                StationView::Lens(_) if printing => LensId::ALL.into_iter().map(|lens| html! {
                    <LensPanel station={index} {lens} heading={AttrValue::from(format!("lens-heading-{}", lens.slug()))} />
                }).collect::<Html>(),
                StationView::Lens(lens) => html! { <LensPanel station={index} {lens} /> },
                StationView::Compare => html! { <CompareView station={index} /> },
            } }
            <StationBody station={index} />
            { station_bar(&exhibit, messages, index, lens) }
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct StationBodyProps {
    pub station: usize,
}

/// What a station shows in every view: the speech's words, the pictures,
/// the context and the sources. A component of its own so that a change of
/// lens, which draws the page again, passes it by: its props are the same.
#[function_component(StationBody)]
pub fn station_body(props: &StationBodyProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    let place = use_place();
    let printing = use_printing();
    let section_tag = use_heading(0);
    // Ids of the station's own: the handout shows every station on one page.
    let id = |name: &str| format!("{name}-{}", station.id);
    // On a kiosk, the sources' web addresses are out of reach: a code takes
    // the station, with them, to the visitor's phone. Drawn wherever the
    // content names a public site, and shown on a kiosk only (the CSS, by
    // the class `assets/start.js` sets before the first paint), so the
    // prerendered page and the app's are the same.
    let take_home = exhibit
        .kiosk
        .public_url
        .as_deref()
        .map(|public_url| take_home_url(public_url, place.language, &station.id));
    html! {
        <>
            { quotations(&exhibit, messages, props.station, printing, place.moment) }
            { for station.comparisons.iter().filter_map(|id| exhibit.comparisons.iter().position(|c| &c.id == id)).map(|i| html! {
                <ComparisonFigure key={i} comparison={i} />
            }) }
            <section class="context" aria-labelledby={id("context")}>
                <@{section_tag.clone()} id={id("context")}>{ messages.context }</@>
                { for station.context.iter().map(|p| as_of(&exhibit, messages, place.moment, &p.known, None, html! {
                    <>
                        <p><RichText text={p.text.clone()} /></p>
                        <p class="paragraph-sources">{ fill(messages.source_line, &[&exhibit.cited(&p.sources)]) }</p>
                    </>
                })) }
            </section>
            // On paper a term's definition cannot open in place: the
            // station's terms are listed instead.
            if printing && !station.glossary.is_empty() {
                <section class="station-terms" aria-labelledby={id("terms")}>
                    <@{section_tag.clone()} id={id("terms")}>{ messages.terms_heading }</@>
                    <dl class="glossary-list">
                        { for station.glossary.iter().map(|term| html! {
                            <div key={term.id.clone()} class="glossary-entry">
                                <dt>{ &term.term }</dt>
                                <dd>{ as_of(&exhibit, messages, place.moment, &term.known, None, html! { <RichText text={term.definition.clone()} /> }) }</dd>
                            </div>
                        }) }
                    </dl>
                </section>
            }
            <section class="station-sources" aria-labelledby={id("sources")}>
                <@{section_tag.clone()} id={id("sources")}>{ messages.sources }</@>
                if take_home.is_some() { <p class="kiosk-sources-note">{ messages.kiosk_sources_note }</p> }
                <ul>
                    // As of a past moment, a source not yet in print is a
                    // redaction with its date, as any text is.
                    { for station.sources.iter().filter_map(|id| exhibit.source(id)).map(|source| html! {
                        <li key={source.id.clone()}>{ as_of(&exhibit, messages, place.moment, &Known::alike(&source.id), None, html! { { &source.citation } }) }</li>
                    }) }
                </ul>
            </section>
            if let Some(url) = take_home {
                <section class="take-home" aria-labelledby={id("take-home")}>
                    <@{section_tag.clone()} id={id("take-home")}>{ messages.take_home }</@>
                    // Drawn at build time (`src/bin/prerender.rs`); the
                    // address is printed too, should the file be missing.
                    <img class="take-home-code" src={take_home_code_file(&url)} width="240" height="240" loading="lazy"
                        alt={fill(messages.take_home_code, &[&url])} />
                    <p>{ fill(messages.take_home_text, &[&url]) }</p>
                </section>
            }
        </>
    }
}

/// The speech's words: the first quotation open, the others folded away so
/// the station's idea stays within the first screens of a phone.
fn quotations(exhibit: &Exhibit, messages: &'static Messages, station: usize, printing: bool, moment: Moment) -> Html {
    let excerpts = &exhibit.stations[station].excerpts;
    let quotation = |excerpt: &crate::core::content::Excerpt| {
        let cited = exhibit.cited(std::slice::from_ref(&excerpt.citation));
        let drawn = html! {
            <figure class="excerpt">
                <blockquote lang={excerpt.lang.clone()}><p>{ &excerpt.text }</p></blockquote>
                <figcaption>
                    { format!("{}. ", excerpt.speaker) }
                    <cite>{ cited }</cite>
                    if excerpt.translation { { messages.translation_mark } }
                </figcaption>
            </figure>
        };
        as_of(exhibit, messages, moment, &excerpt.known, None, drawn)
    };
    let Some((first, rest)) = excerpts.split_first() else {
        return html! {};
    };
    html! {
        <div class="quotations">
            { quotation(first) }
            if !rest.is_empty() {
                <details class="more-quotations" open={printing}>
                    <summary>{ fill(messages.more_quotations, &[&rest.len().to_string()]) }</summary>
                    { for rest.iter().map(quotation) }
                </details>
            }
        </div>
    }
}

/// Previous and next, kept at the foot of the screen while the station is
/// read ("◀ 2 · Station 3 of 9 · 4 ▶"), and the station's own place in the
/// walk. The titles show where there is room; the links always carry them.
fn station_bar(exhibit: &Exhibit, messages: &'static Messages, index: usize, lens: LensId) -> Html {
    let total = exhibit.stations.len().to_string();
    let previous = index.checked_sub(1).map(|i| (i, &exhibit.stations[i]));
    let next = exhibit.stations.get(index + 1).map(|s| (index + 1, s));
    let view = StationView::Lens(lens);
    html! {
        <nav class="station-nav" aria-label={messages.nav_stations}>
            if let Some((i, previous)) = previous {
                <Link to={Route::station(&previous.id, view)} classes="previous">
                    <span aria-hidden="true">{ "◀ " }</span>
                    <span>
                        <span class="visually-hidden">{ fill(messages.previous, &[""]) }</span>
                        { (i + 1).to_string() }
                        <span class="bar-title">{ format!(". {}", previous.title) }</span>
                    </span>
                </Link>
            } else {
                <span class="previous"></span>
            }
            <span class="bar-place">{ fill(messages.station_number, &[&(index + 1).to_string(), &total]) }</span>
            if let Some((i, next)) = next {
                <Link to={Route::station(&next.id, view)} classes="next">
                    <span>
                        <span class="visually-hidden">{ fill(messages.next, &[""]) }</span>
                        { (i + 1).to_string() }
                        <span class="bar-title">{ format!(". {}", next.title) }</span>
                    </span>
                    <span aria-hidden="true">{ " ▶" }</span>
                </Link>
            } else {
                <Link to={Route::Quiz} classes="next">{ messages.nav_quiz }<span aria-hidden="true">{ " ▶" }</span></Link>
            }
        </nav>
    }
}
