//! The entrance: what the speech was, and the path through the stations.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::app::use_exhibit;
use crate::ui::route::Route;

#[function_component(Home)]
pub fn home() -> Html {
    let exhibit = use_exhibit();
    html! {
        <main id="main" class="page home" tabindex="-1">
            <h1>{ &exhibit.title }</h1>
            <p class="intro">{ &exhibit.intro }</p>
            <h2>{ "The stations" }</h2>
            <ol class="station-path">
                { for exhibit.stations.iter().map(|station| html! {
                    <li key={station.id.clone()} class="station-card">
                        <Link<Route> to={Route::Station { id: station.id.clone() }}>{ &station.title }</Link<Route>>
                        <p>{ &station.summary }</p>
                    </li>
                }) }
            </ol>
            <p><Link<Route> to={Route::Quiz} classes="button">{ &exhibit.quiz.title }</Link<Route>></p>
        </main>
    }
}
