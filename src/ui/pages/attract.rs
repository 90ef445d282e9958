//! Kiosk mode's resting screen: the title, the introduction, and each
//! comparison's official image beside what it hid, shown one after another,
//! inviting the next visitor's touch. The slides move by CSS alone, so the
//! prerendered page moves before any code runs; reduced motion stops them,
//! and a switch pauses them (WCAG 2.2.2: moving content longer than five
//! seconds can be paused).

use yew::prelude::*;

use crate::core::content::ImageState;
use crate::core::images;
use crate::core::moment::{shown_states, Moment};
use crate::ui::app::{use_exhibit, use_messages, use_place};
use crate::ui::moment::reading_in;
use crate::ui::picture::state_picture;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::shell::LanguageSwitch;

#[function_component(AttractPage)]
pub fn attract_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    // A kiosk set to a moment (`?kiosk=1&as-of=1938`) rests on this page's
    // copy for it (`attract/1938/`), whose way in reads as of that moment.
    let moment = use_place().moment;
    // The official image and the last state, the one that shows what it hid;
    // as of a moment, the first and last a reader then could see, which may
    // be one picture.
    let slides: Vec<Vec<&ImageState>> = exhibit
        .comparisons
        .iter()
        .map(|c| {
            let seen = shown_states(&exhibit, &c.states, moment);
            match seen.as_slice() {
                [first, .., last] => vec![*first, *last],
                _ => seen,
            }
        })
        .collect();
    let slides: Vec<_> = exhibit
        .comparisons
        .iter()
        .zip(slides)
        .filter(|(_, states)| !states.is_empty())
        .collect();
    html! {
        // The idle time, for `assets/start.js`: the app does not run here.
        <main id="main" class="page attract" tabindex="-1" data-idle-seconds={exhibit.kiosk.idle_seconds.to_string()}>
            <h1>{ &exhibit.title }</h1>
            <p class="intro">{ &exhibit.intro }</p>
            if moment != Moment::Today {
                <p class="attract-moment"><strong>{ reading_in(messages, moment) }</strong>{ " " }{ messages.as_of_note }</p>
            }
            <Link to={Route::Home} classes="button attract-begin">{ messages.attract_begin }</Link>
            <LanguageSwitch />
            if !slides.is_empty() {
                <section class="attract-show" aria-labelledby="attract-pictures">
                    <h2 id="attract-pictures" class="attract-heading">{ messages.attract_pictures }</h2>
                    <label class="attract-pause">
                        <input type="checkbox" id="attract-pause" />
                        { messages.attract_pause }
                    </label>
                    <div class="attract-window">
                        <ol class="attract-track" style={format!("--slides: {}", slides.len())}>
                            { for slides.iter().map(|(comparison, states)| html! {
                                <li key={comparison.id.clone()} class="attract-slide">
                                    <div class="attract-pair">
                                        { for states.iter().map(|state| html! {
                                            <figure class="picture attract-picture">
                                                // Every picture at once: a slide never comes in blank.
                                                { state_picture(state, false, true, None, None, images::SIZES_HALF) }
                                                <figcaption>{ &state.label }</figcaption>
                                            </figure>
                                        }) }
                                    </div>
                                    <p class="attract-caption">{ &comparison.title }</p>
                                </li>
                            }) }
                        </ol>
                    </div>
                </section>
            }
        </main>
    }
}
