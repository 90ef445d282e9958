//! Reading as of a moment: the control in the header, and whatever a reader
//! then could not know drawn as a visible redaction that names the date it
//! became known. A screen reader hears the redaction's words, as a sighted
//! visitor reads them on the black bar.

use yew::prelude::*;

use super::app::{MomentChoice, Place};
use super::route::Route;
use crate::core::content::{Exhibit, Known};
use crate::core::messages::{fill, Messages};
use crate::core::moment::{hidden, Hidden, Marker, MarkerKind, Moment};

/// The moment the page is read as of: today where no place says (a
/// component drawn on its own, as the component tests draw the slider).
#[hook]
pub fn use_moment() -> Moment {
    use_context::<Place>().map_or(Moment::Today, |place| place.moment)
}

/// "You are reading in: 1938 · February 1956 · …": a native select, which
/// every keyboard, screen reader and touch screen already knows. In a
/// prerendered page (today's) it does nothing until the app takes over. A
/// function of the header's, not a component: a component of its own would
/// be one more in every visitor's wasm.
pub fn moment_switch(messages: &'static Messages, moment: Moment, choice: Option<MomentChoice>) -> Html {
    let onchange = choice.map(|MomentChoice(choose)| {
        Callback::from(move |event: Event| {
            // The select's value, read without a binding of its own.
            let value = event
                .target()
                .and_then(|select| js_sys::Reflect::get(&select, &"value".into()).ok())
                .and_then(|value| value.as_string())
                .unwrap_or_default();
            if let Some(chosen) = Moment::from_slug(&value) {
                choose.emit(chosen);
            }
        })
    });
    html! {
        <label class="moment-switch">
            <span class="moment-label">{ messages.reading_in }</span>
            // Keyed by the moment: a select a visitor has changed no longer
            // follows its options' `selected`, so a new one is drawn.
            <select key={moment.slug()} {onchange}>
                { for Moment::ALL.into_iter().zip(messages.moments).map(|(m, name)| html! {
                    <option value={m.slug()} selected={m == moment}>{ name }</option>
                }) }
            </select>
        </label>
    }
}

/// Under the header while the exhibit is read as of a past moment: which
/// moment, what the black bars mean, and the way back. On a phone the
/// control is folded into the menu, so this is what says it.
pub fn moment_banner(messages: &'static Messages, place: &Place, choice: Option<MomentChoice>, route: &Route) -> Html {
    let moment = place.moment;
    if moment == Moment::Today {
        return html! {};
    }
    let back = match choice {
        Some(MomentChoice(choose)) => {
            let today = Callback::from(move |_: MouseEvent| {
                choose.emit(Moment::Today);
                // The button goes with the banner: focus goes on to the page.
                if let Some(main) = gloo::utils::document().get_element_by_id("main") {
                    if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                        let _ = main.focus();
                    }
                }
            });
            html! { <button type="button" onclick={today}>{ messages.back_to_today }</button> }
        }
        None => today_link(messages, place, route),
    };
    html! {
        <div class="as-of-banner">
            <p><strong>{ reading_in(messages, moment) }</strong>{ " " }{ messages.as_of_note }</p>
            { back }
        </div>
    }
}

/// On a page left as prerendered for a past moment (the handout as of 1938),
/// where no app runs to change the moment in place: a link to the same
/// view's page of today. Never drawn by the app, so kept out of the wasm.
#[cfg(not(target_arch = "wasm32"))]
fn today_link(messages: &'static Messages, place: &Place, route: &Route) -> Html {
    let today = Place {
        moment: Moment::Today,
        ..place.clone()
    };
    html! {
        <ContextProvider<Place> context={today}>
            <super::router::Link to={route.clone()} classes="today-link">{ messages.back_to_today }</super::router::Link>
        </ContextProvider<Place>>
    }
}

#[cfg(target_arch = "wasm32")]
fn today_link(_: &'static Messages, _: &Place, _: &Route) -> Html {
    Html::default()
}

/// "You are reading in 1938.": the words that open the banner and a
/// moment's attract screen.
pub fn reading_in(messages: &'static Messages, moment: Moment) -> String {
    format!("{} {}.", messages.reading_in, messages.moments[moment.index()])
}

/// The reader a moment stands for, in a redaction's words.
pub fn moment_reader(messages: &'static Messages, moment: Moment) -> &'static str {
    messages.moment_readers.get(moment.index()).copied().unwrap_or_default()
}

/// A marker's date as a reader sees it: an event's own words, a source's
/// or a thing's year.
fn when<'a>(marker: &Marker<'a>) -> &'a str {
    match marker.kind {
        MarkerKind::Event if !marker.what.is_empty() => marker.when,
        _ => marker.when.get(..4).unwrap_or(marker.when),
    }
}

/// Why a reader at `moment` does not see a thing, in words. An event the
/// reader could not know either is named by its date alone.
pub fn redaction_text(exhibit: &Exhibit, messages: &'static Messages, moment: Moment, why: &Hidden) -> String {
    let reader = moment_reader(messages, moment);
    let named = |marker: &Marker| -> bool {
        let hidden_event = exhibit
            .timeline
            .iter()
            .find(|e| e.id == marker.id)
            .is_some_and(|e| hidden(exhibit, &e.known, Some(&e.date), moment).is_some());
        marker.kind != MarkerKind::Event || (!marker.what.is_empty() && !hidden_event)
    };
    match why {
        Hidden::NotYet { from } => match from.kind {
            MarkerKind::Event if named(from) => fill(messages.not_yet_after, &[reader, from.what, when(from)]),
            MarkerKind::Event => fill(messages.not_yet_dated, &[reader, "", when(from)]),
            MarkerKind::Source => fill(messages.not_yet_in_print, &[reader, from.what, when(from)]),
            MarkerKind::Undated => fill(messages.not_yet_undated, &[reader]),
        },
        Hidden::NotPublished { heard, from } => {
            fill(messages.closed_session, &[reader, heard.what, when(heard), when(from)])
        }
        Hidden::Withdrawn { since } if named(since) => fill(messages.withdrawn, &[reader, since.what, when(since)]),
        Hidden::Withdrawn { since } => fill(messages.withdrawn_dated, &[reader, "", when(since)]),
    }
}

/// A redaction: a black bar with its reason in light type. `label` names
/// what is hidden where the page would otherwise lose its place (a
/// picture's name).
pub fn redaction(
    exhibit: &Exhibit,
    messages: &'static Messages,
    moment: Moment,
    why: &Hidden,
    label: Option<&str>,
) -> Html {
    html! {
        <p class="redaction">
            if let Some(label) = label { <strong>{ format!("{label}: ") }</strong> }
            { redaction_text(exhibit, messages, moment, why) }
        </p>
    }
}

/// `shown` if a reader at `moment` can know the thing, else its redaction.
/// Takes the drawn thing rather than a closure: one function in the wasm,
/// not one for each place that calls it.
pub fn as_of(
    exhibit: &Exhibit,
    messages: &'static Messages,
    moment: Moment,
    known: &Known,
    own: Option<&str>,
    shown: Html,
) -> Html {
    match hidden(exhibit, known, own, moment) {
        None => shown,
        Some(why) => redaction(exhibit, messages, moment, &why, None),
    }
}
