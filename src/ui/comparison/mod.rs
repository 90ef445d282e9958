//! A propaganda-imagery comparison: the official image against what it hid,
//! as a slider (`slider.rs`), side by side or as a past moment's reader met
//! it (`side_by_side.rs`), or step by step (`steps.rs`), with numbered marks
//! (`marks.rs`). This module holds the figure's state and its frame: the
//! mode switch, the description, the list of marks and the credits.
//!
//! Dragging changes only the top image's `clip-path` and the divider's
//! `transform`, so a pointer move costs no layout. The view (mode, divider,
//! step) is written into the link when a gesture ends, so a link can open the
//! comparison exactly as the visitor left it.

mod marks;
mod side_by_side;
mod slider;
mod steps;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::app::{use_exhibit, use_heading, use_messages, use_printing};
use super::moment::{as_of, use_moment};
use super::picture::{picture, state_picture};
use crate::core::comparison::{self, offered_modes, opening_view, shown_mode, visible_states, ComparisonView, Mode};
use crate::core::content::{Comparison, Exhibit, ImageState};
use crate::core::messages::{fill, Messages};
use crate::core::moment::{shown_states, Moment};
use crate::ui::router::use_location;
use marks::{Numbered, Showing};

#[derive(Properties, PartialEq)]
pub struct ComparisonFigureProps {
    /// Position of the comparison in the exhibit.
    pub comparison: usize,
}

/// Reads what the address asks of this comparison, and nothing else: the
/// figure below it then renders again only when that changes, not on every
/// other change of the address (a lens switch, another comparison's view).
#[function_component(ComparisonFigure)]
pub fn comparison_figure(props: &ComparisonFigureProps) -> Html {
    let exhibit = use_exhibit();
    let query = use_location().query;
    let linked = comparison::from_link(&exhibit.comparisons[props.comparison], &query);
    html! { <Figure comparison={props.comparison} {linked} /> }
}

#[derive(Properties, PartialEq)]
struct FigureProps {
    comparison: usize,
    /// The view the address names for this comparison, if it names one.
    linked: Option<ComparisonView>,
}

#[function_component(Figure)]
fn figure(props: &FigureProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let comparison = &exhibit.comparisons[props.comparison];
    let linked = props.linked.clone();
    let view = use_state(|| linked.clone().unwrap_or_else(|| opening_view(comparison)));
    // Until the visitor moves it (or a link placed it), the divider sweeps
    // once to show that something changes; reduced motion turns it off.
    let touched = use_state(|| linked.is_some());
    let (loaded, on_load) = use_loaded();
    let dragging = use_mut_ref(|| false);
    let stage = use_node_ref();
    let section = use_node_ref();
    use_follow_link(linked, view.clone(), section.clone());
    let set_view = view_setter(&exhibit, props.comparison, &view, &touched);
    // On paper every picture is shown, side by side, with its marks.
    let printing = use_printing();
    let mode = shown_mode(comparison, &view, printing);
    let (open_hotspot, on_hotspot) = use_open_mark();
    let heading = format!("comparison-{}", comparison.id);
    let section_tag = use_heading(0);
    let under_tag = use_heading(1);
    // Read as of a past moment, the figure is the picture a reader then
    // could see (the latest shown), and the others are redactions.
    let moment = use_moment();
    let as_of_state: Option<Vec<&ImageState>> =
        (moment != Moment::Today).then(|| shown_states(&exhibit, &comparison.states, moment));
    let on_screen = match &as_of_state {
        Some(states) => states.clone(),
        None => visible_states(
            comparison,
            mode,
            view.step.min(comparison.states.len().saturating_sub(1)),
        ),
    };
    let (all_marks, hotspots) = marks::on_screen(&exhibit, comparison, &on_screen, moment);
    // On paper (and on the handout, drawn as on paper, with no app to hear
    // the pictures load) the marks are drawn with the pictures.
    let all_loaded = printing || on_screen.iter().all(|s| loaded.borrow().contains(&s.image));
    let shared = Shared {
        comparison,
        messages,
        on_load: &on_load,
        view: &view,
        hotspots: &hotspots,
        open: &open_hotspot,
        set_view: &set_view,
        on_hotspot: &on_hotspot,
        sweep: !*touched && mode == Mode::Slider,
        eager: printing,
    };
    html! {
        <section class={classes!("comparison", all_loaded.then_some("loaded"))} aria-labelledby={heading.clone()} ref={section}>
            <@{section_tag} id={heading}>{ &comparison.title }</@>
            { as_of(&exhibit, messages, moment, &comparison.known, None, html! {
                <p class="comparison-summary">{ &comparison.summary }</p>
            }) }
            if !printing && as_of_state.is_none() {
                { mode_switch(&shared, mode) }
            }
            { match (&as_of_state, mode) {
                (Some(states), _) => side_by_side::as_of(&shared, &exhibit, moment, states),
                (None, Mode::Slider) => slider::slider(&shared, &dragging, &stage),
                (None, Mode::SideBySide) => side_by_side::side_by_side(&shared),
                (None, Mode::Steps) => steps::steps(&shared),
            } }
            { marks::panel(&hotspots, open_hotspot.as_deref()) }
            { description(messages, &on_screen) }
            { marks::list(&exhibit, messages, moment, &all_marks, under_tag) }
            <p class="comparison-credits">{ on_screen.iter().map(|s| s.credit_line()).collect::<Vec<_>>().join(" · ") }</p>
        </section>
    }
}

/// The pictures that have loaded, and what to call as each one does. Until
/// every one on screen has, the frame shows its placeholder and no marks
/// float over an empty box.
#[hook]
fn use_loaded() -> (Rc<RefCell<Vec<String>>>, Callback<String>) {
    let loaded = use_mut_ref(Vec::<String>::new);
    let redraw = use_force_update();
    let on_load = {
        let loaded = loaded.clone();
        Callback::from(move |image: String| {
            if !loaded.borrow().contains(&image) {
                loaded.borrow_mut().push(image);
                redraw.force_update();
            }
        })
    };
    (loaded, on_load)
}

/// The mark whose words are open, if any, and what a click on a marker
/// does: opens its words, or closes them when they are open.
#[hook]
fn use_open_mark() -> (UseStateHandle<Option<String>>, Callback<String>) {
    let open = use_state(|| None::<String>);
    let on_mark = {
        let open = open.clone();
        Callback::from(move |id: String| {
            let again = open.as_deref() == Some(id.as_str());
            open.set((!again).then_some(id))
        })
    };
    (open, on_mark)
}

/// Back, forward and new links change the query: follow them. A link
/// naming this comparison also brings it into view on arrival.
#[hook]
fn use_follow_link(linked: Option<ComparisonView>, view: UseStateHandle<ComparisonView>, section: NodeRef) {
    use_effect_with(linked, move |linked| {
        if let Some(linked) = linked {
            if *view != *linked {
                view.set(linked.clone());
            }
            if let Some(element) = section.cast::<web_sys::Element>() {
                element.scroll_into_view();
            }
        }
    });
}

/// Moves the figure to a view; `true` with it also writes the view into the
/// link, replacing the entry: a drag is one step of history, not a hundred.
fn view_setter(
    exhibit: &Rc<Exhibit>,
    index: usize,
    view: &UseStateHandle<ComparisonView>,
    touched: &UseStateHandle<bool>,
) -> Callback<(ComparisonView, bool)> {
    let view = view.clone();
    let touched = touched.clone();
    let exhibit = exhibit.clone();
    Callback::from(move |(next, commit): (ComparisonView, bool)| {
        if commit {
            crate::browser::address::replace_query(&comparison::to_query(&exhibit.comparisons[index], &next));
        }
        if !*touched {
            touched.set(true);
        }
        view.set(next);
    })
}

/// The buttons that choose how to compare: slider, side by side, steps.
/// Not drawn when the comparison offers one way only.
fn mode_switch(shared: &Shared, mode: Mode) -> Html {
    let messages = shared.messages;
    let modes = offered_modes(shared.comparison);
    if modes.len() < 2 {
        return html! {};
    }
    html! {
        <div class="mode-switch" role="group" aria-label={fill(messages.how_to_compare, &[&shared.comparison.title])}>
            { for modes.iter().map(|m| {
                let to = *m;
                html! {
                    <button type="button" aria-pressed={(mode == *m).to_string()} onclick={shared.go(move |view| ComparisonView { mode: to, ..view })}>
                        { mode_label(messages, *m) }
                    </button>
                }
            }) }
        </div>
    }
}

/// The pictures on screen in words, for whoever cannot see them.
fn description(messages: &'static Messages, on_screen: &[&ImageState]) -> Html {
    html! {
        <details class="long-description">
            <summary>{ messages.describe_images }</summary>
            { for on_screen.iter().map(|state| html! {
                <p><strong>{ format!("{}: ", state.label) }</strong>{ &state.description }</p>
            }) }
        </details>
    }
}

fn mode_label(messages: &'static Messages, mode: Mode) -> &'static str {
    match mode {
        Mode::Slider => messages.mode_slider,
        Mode::SideBySide => messages.mode_side_by_side,
        Mode::Steps => messages.mode_steps,
    }
}

/// What the three modes share: the comparison, its view and the hotspots.
struct Shared<'a> {
    comparison: &'a Comparison,
    messages: &'static Messages,
    view: &'a UseStateHandle<ComparisonView>,
    hotspots: &'a [Numbered<'a>],
    open: &'a UseStateHandle<Option<String>>,
    set_view: &'a Callback<(ComparisonView, bool)>,
    on_hotspot: &'a Callback<String>,
    /// The slider's divider sweeps once to show that something changes.
    sweep: bool,
    /// Told each picture's path as it loads.
    on_load: &'a Callback<String>,
    /// Every picture loads at once, not as it nears the screen: printing.
    eager: bool,
}

impl Shared<'_> {
    fn markers(&self, showing: Showing) -> Html {
        marks::markers(self.hotspots, showing, self.open, self.on_hotspot)
    }

    /// A click that moves the figure to the view `change` makes of the one
    /// it is in when the click comes, and writes it into the link.
    fn go(&self, change: impl Fn(ComparisonView) -> ComparisonView + 'static) -> Callback<MouseEvent> {
        let (set_view, view) = (self.set_view.clone(), self.view.clone());
        Callback::from(move |_| set_view.emit((change((*view).clone()), true)))
    }

    /// One state's picture on a stage of its own, with its marks: each
    /// picture side by side, and the picture of the step shown.
    fn single(&self, state: &ImageState, sizes: &'static str) -> Html {
        picture(
            html! {
                <div class="stage" style={format!("aspect-ratio:{}/{}", state.width, state.height)}>
                    { state_picture(state, false, self.eager, None, Some(self.on_load), sizes) }
                    { self.markers(Showing::State(state)) }
                </div>
            },
            &[state],
            None,
        )
    }
}
