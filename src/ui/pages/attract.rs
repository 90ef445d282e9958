//! Kiosk mode's resting screen: the title, the introduction, and each
//! comparison's official image beside what it hid, shown one after another,
//! inviting the next visitor's touch. The slides move by CSS alone, so the
//! prerendered page moves before any code runs; reduced motion stops them,
//! and a switch pauses them (WCAG 2.2.2: moving content longer than five
//! seconds can be paused).

use yew::prelude::*;

use crate::core::images;
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::comparison::state_picture;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::shell::LanguageSwitch;

#[function_component(AttractPage)]
pub fn attract_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    // The official image and the last state, the one that shows what it hid.
    let slides: Vec<_> = exhibit
        .comparisons
        .iter()
        .filter_map(|c| Some((c, c.states.first()?, c.states.last()?)))
        .collect();
    html! {
        // The idle time, for `assets/start.js`: the app does not run here.
        <main id="main" class="page attract" tabindex="-1" data-idle-seconds={exhibit.kiosk.idle_seconds.to_string()}>
            <h1>{ &exhibit.title }</h1>
            <p class="intro">{ &exhibit.intro }</p>
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
                            { for slides.iter().map(|(comparison, official, hidden)| html! {
                                <li key={comparison.id.clone()} class="attract-slide">
                                    <div class="attract-pair">
                                        { for [official, hidden].into_iter().map(|state| html! {
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
