//! A propaganda-imagery comparison: the official image against what it hid,
//! as a slider, side by side, or step by step, with numbered hotspots.
//!
//! Dragging changes only the top image's `clip-path` and the divider's
//! `transform`, so a pointer move costs no layout. The view (mode, divider,
//! step) is written into the link when a gesture ends, so a link can open the
//! comparison exactly as the visitor left it.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::app::{use_exhibit, use_heading, use_messages, use_printing};
use super::moment::{as_of, redaction, use_moment};
use super::text::RichText;
use crate::core::comparison::{
    self, coordinate_text, label_style, marker_style, numbered, offered_modes, opening_view, percent_at, slider_pair,
    value_text, visible_states, ComparisonView, Mode, SliderKey,
};
use crate::core::content::{Comparison, Exhibit, Hotspot, ImageState, Orientation};
use crate::core::images;
use crate::core::messages::{fill, Messages};
use crate::core::moment::{hidden, shown, shown_states, Moment};
use crate::ui::router::use_location;

fn mode_label(messages: &'static Messages, mode: Mode) -> &'static str {
    match mode {
        Mode::Slider => messages.mode_slider,
        Mode::SideBySide => messages.mode_side_by_side,
        Mode::Steps => messages.mode_steps,
    }
}

/// Image paths in content are relative to `assets/`.
fn image_url(state: &ImageState) -> String {
    format!("assets/{}", state.image)
}

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
    let open_hotspot = use_state(|| None::<String>);
    // The pictures that have loaded. Until every one on screen has, the
    // frame shows its placeholder and no marks float over an empty box.
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
    let dragging = use_mut_ref(|| false);
    let stage = use_node_ref();
    let section = use_node_ref();
    {
        // Back, forward and new links change the query: follow them. A link
        // naming this comparison also brings it into view on arrival.
        let view = view.clone();
        let section = section.clone();
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
    let set_view = {
        let view = view.clone();
        let touched = touched.clone();
        let exhibit = exhibit.clone();
        let index = props.comparison;
        Callback::from(move |(next, commit): (ComparisonView, bool)| {
            if commit {
                // Into the link, replacing the entry: a drag is one step of
                // history, not a hundred.
                crate::browser::address::replace_query(&comparison::to_query(&exhibit.comparisons[index], &next));
            }
            if !*touched {
                touched.set(true);
            }
            view.set(next);
        })
    };
    let modes = offered_modes(comparison);
    // On paper every picture is shown, side by side, with its marks.
    let printing = use_printing();
    let mode = if printing {
        Mode::SideBySide
    } else if modes.contains(&view.mode) {
        view.mode
    } else {
        opening_view(comparison).mode
    };
    let on_hotspot = {
        let open_hotspot = open_hotspot.clone();
        Callback::from(move |id: String| {
            open_hotspot.set(if open_hotspot.as_deref() == Some(id.as_str()) {
                None
            } else {
                Some(id)
            })
        })
    };
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
    // Every mark keeps its one number; only the marks of pictures on screen
    // are drawn and listed, and, as of a moment, the marks a reader then
    // could read.
    let all_marks: Vec<Numbered> = numbered(comparison)
        .into_iter()
        .filter(|(_, _, state)| on_screen.iter().any(|s| s.id == state.id))
        .collect();
    let hotspots: Vec<Numbered> = all_marks
        .iter()
        .copied()
        .filter(|(_, hotspot, _)| shown(&exhibit, &hotspot.known, None, moment))
        .collect();
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
            if modes.len() > 1 && !printing && as_of_state.is_none() {
                <div class="mode-switch" role="group" aria-label={fill(messages.how_to_compare, &[&comparison.title])}>
                    { for modes.iter().map(|m| {
                        let set_view = set_view.clone();
                        let next = ComparisonView { mode: *m, ..(*view).clone() };
                        html! {
                            <button type="button" aria-pressed={(mode == *m).to_string()}
                                onclick={Callback::from(move |_| set_view.emit((next.clone(), true)))}>
                                { mode_label(messages, *m) }
                            </button>
                        }
                    }) }
                </div>
            }
            { match (&as_of_state, mode) {
                (Some(states), _) => as_of_figure(&shared, &exhibit, moment, states),
                (None, Mode::Slider) => slider(&shared, &dragging, &stage),
                (None, Mode::SideBySide) => side_by_side(&shared),
                (None, Mode::Steps) => steps(&shared),
            } }
            { hotspot_panel(&hotspots, open_hotspot.as_deref()) }
            <details class="long-description">
                <summary>{ messages.describe_images }</summary>
                { for on_screen.iter().map(|state| html! {
                    <p><strong>{ format!("{}: ", state.label) }</strong>{ &state.description }</p>
                }) }
            </details>
            if !all_marks.is_empty() {
                <@{under_tag} class="hotspot-list-heading">{ messages.marks_heading }</@>
                <ol class="hotspot-list">
                    // A mark a reader then could not read is a redaction under its number.
                    { for all_marks.iter().map(|(number, hotspot, state)| html! {
                        <li key={hotspot.id.clone()} value={number.to_string()}>
                            { as_of(&exhibit, messages, moment, &hotspot.known, None, html! { <>
                                <strong>{ &hotspot.label }</strong>
                                { format!(" ({}): ", state.label) }
                                <RichText text={hotspot.explanation.clone()} />
                                <span class="entry-sources">{ " " }{ fill(messages.source_line, &[&exhibit.cited(&hotspot.sources)]) }</span>
                            </> }) }
                        </li>
                    }) }
                </ol>
            }
            <p class="comparison-credits">{ on_screen.iter().map(|s| s.credit_line()).collect::<Vec<_>>().join(" · ") }</p>
        </section>
    }
}

/// A hotspot with its one number and the state it sits on.
type Numbered<'c> = (usize, &'c Hotspot, &'c ImageState);

/// Which markers a stage shows.
enum Showing<'a> {
    /// The markers on one image.
    State(&'a ImageState),
    /// On the slider: markers of the earlier image before the divider, of
    /// the later one after it, so a marker never points at a hidden image.
    Divided { before: &'a str, at: u8, vertical: bool },
}

impl Showing<'_> {
    fn shows(&self, hotspot: &Hotspot, state: &ImageState) -> bool {
        match self {
            Showing::State(shown) => shown.id == state.id,
            Showing::Divided { before, at, vertical } => {
                let along = if *vertical {
                    hotspot.y / f64::from(state.height.max(1))
                } else {
                    hotspot.x / f64::from(state.width.max(1))
                } * 100.0;
                (state.id == *before) == (along < f64::from(*at))
            }
        }
    }
}

/// Numbered markers over a stage, each beside what it explains: where the
/// content sets a marker apart from its point, a leader line joins them.
fn markers(
    hotspots: &[Numbered],
    showing: Showing,
    open: &UseStateHandle<Option<String>>,
    on_hotspot: &Callback<String>,
) -> Html {
    let shown: Vec<&Numbered> = hotspots.iter().filter(|(_, h, s)| showing.shows(h, s)).collect();
    let leaders: Vec<(&Hotspot, &ImageState)> = shown
        .iter()
        .filter(|(_, h, _)| h.marker.is_some())
        .map(|(_, h, s)| (*h, *s))
        .collect();
    // In percent of the stage: the states on one stage may differ in pixel
    // size (a scan over a drawing), each mark placed in its own state's.
    let percent = |value: f64, size: u32| coordinate_text(value * 100.0 / f64::from(size.max(1)));
    let lines = (!leaders.is_empty()).then(|| {
        html! {
            <svg class="leaders" aria-hidden="true" viewBox="0 0 100 100" preserveAspectRatio="none">
                { for leaders.iter().filter_map(|(h, s)| h.marker.map(|m| html! {
                    <line x1={percent(m.x, s.width)} y1={percent(m.y, s.height)} x2={percent(h.x, s.width)} y2={percent(h.y, s.height)} />
                })) }
            </svg>
        }
    });
    let points = shown.iter().filter(|(_, h, _)| h.marker.is_some()).map(|(_, h, s)| {
        html! { <span class="leader-point" aria-hidden="true" style={marker_style(h.x, h.y, s.width, s.height)}></span> }
    });
    let buttons = shown.iter().map(|(number, hotspot, s)| {
        let id = hotspot.id.clone();
        let on_hotspot = on_hotspot.clone();
        let expanded = open.as_deref() == Some(hotspot.id.as_str());
        let at = hotspot.marker.unwrap_or(crate::core::content::Point {
            x: hotspot.x,
            y: hotspot.y,
        });
        let style = marker_style(at.x, at.y, s.width, s.height);
        html! {
            <button type="button" class="hotspot" {style}
                aria-label={format!("{}. {}", number, hotspot.label)}
                aria-expanded={expanded.to_string()}
                aria-controls="hotspot-panel"
                onpointerdown={Callback::from(|e: PointerEvent| e.stop_propagation())}
                onclick={Callback::from(move |_| on_hotspot.emit(id.clone()))}>
                <span class="hotspot-disc" aria-hidden="true">{ number }</span>
            </button>
        }
    });
    html! { <>{ for lines }{ for points }{ for buttons }</> }
}

fn hotspot_panel(hotspots: &[Numbered], open: Option<&str>) -> Html {
    let Some((number, hotspot, state)) = hotspots.iter().find(|(_, h, _)| Some(h.id.as_str()) == open) else {
        return html! {};
    };
    html! {
        <div class="hotspot-panel" id="hotspot-panel" role="region" aria-label={hotspot.label.clone()}>
            <p><strong>{ format!("{}. {}", number, hotspot.label) }</strong>{ format!(" ({})", state.label) }</p>
            <p><RichText text={hotspot.explanation.clone()} /></p>
        </div>
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
        markers(self.hotspots, showing, self.open, self.on_hotspot)
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

/// One state's picture with its words set over it. The layer, not the
/// image, takes the slider's clip, so the words go with their picture. The
/// words are hidden from screen readers: the alt text and the long
/// description already give them. A scan is offered as its copies by width
/// (`sizes`: how wide the picture is shown), WebP first, JPEG else; the
/// browser takes the one its screen needs.
pub fn state_picture(
    state: &ImageState,
    top: bool,
    eager: bool,
    style: Option<String>,
    on_load: Option<&Callback<String>>,
    sizes: &'static str,
) -> Html {
    let onload = on_load.map(|on_load| {
        let on_load = on_load.clone();
        let image = state.image.clone();
        Callback::from(move |_: Event| on_load.emit(image.clone()))
    });
    html! {
        <div class={classes!("state-layer", top.then_some("top"))} {style}>
            // A picture loads as it nears the screen, but the slider's top one
            // at once when the divider starts at 0: clipped to nothing, a lazy
            // image never counts as seen and never loads.
            if images::is_raster(&state.image) {
                <picture class="state-picture">
                    <source type="image/webp" srcset={images::srcset("assets/", state, "webp")} {sizes} />
                    <img class="state-image" src={format!("assets/{}", images::fallback_path(state))}
                        srcset={images::srcset("assets/", state, "jpg")} {sizes}
                        alt={state.alt.clone()} width={state.width.to_string()} height={state.height.to_string()}
                        loading={if eager { "eager" } else { "lazy" }} decoding="async" draggable="false" {onload} />
                </picture>
            } else {
                <img class="state-image" src={image_url(state)} alt={state.alt.clone()} width={state.width.to_string()}
                    height={state.height.to_string()} loading={if eager { "eager" } else { "lazy" }} decoding="async" draggable="false" {onload} />
            }
            if !state.labels.is_empty() {
                <div class="image-labels" aria-hidden="true">
                    { for state.labels.iter().map(|label| html! {
                        <span class={classes!(
                            "image-label",
                            format!("anchor-{}", label.anchor.slug()),
                            format!("tone-{}", label.tone.slug()),
                            label.bold.then_some("bold"),
                            label.struck.then_some("struck"),
                            label.moves_below.then_some("moves-below"),
                        )} style={label_style(label, state.width, state.height)}>{ &label.text }</span>
                    }) }
                </div>
            }
        </div>
    }
}

/// A stage and, under it, the words that leave its pictures when they are
/// shown too narrow to hold them legibly (the style sheet decides when, by
/// the picture's own width). Hidden from screen readers, as the labels are.
pub fn picture(stage: Html, states: &[&ImageState], class: Option<&'static str>) -> Html {
    let moved: Vec<(&ImageState, Vec<&crate::core::content::ImageLabel>)> = states
        .iter()
        .map(|s| (*s, s.labels.iter().filter(|l| l.moves_below).collect::<Vec<_>>()))
        .filter(|(_, labels)| !labels.is_empty())
        .collect();
    let named = states.len() > 1;
    html! {
        <div class={classes!("picture", class)}>
            { stage }
            if !moved.is_empty() {
                <div class="picture-words" aria-hidden="true">
                    { for moved.iter().map(|(state, labels)| html! {
                        <p>
                            if named { <strong>{ format!("{}: ", state.label) }</strong> }
                            { for labels.iter().enumerate().map(|(i, l)| html! {
                                <>
                                    if i > 0 { { " · " } }
                                    <span class={classes!(l.struck.then_some("struck"), l.bold.then_some("bold"))}>{ &l.text }</span>
                                </>
                            }) }
                        </p>
                    }) }
                </div>
            }
        </div>
    }
}

fn slider(shared: &Shared, dragging: &Rc<RefCell<bool>>, stage: &NodeRef) -> Html {
    let Shared {
        comparison,
        messages,
        view,
        set_view,
        ..
    } = *shared;
    let Some((before, after)) = slider_pair(comparison) else {
        return html! {};
    };
    let vertical = comparison.orientation == Orientation::Vertical;
    let at = view.at;
    let (clip, shift) = if vertical {
        (
            format!("clip-path:inset(0 0 {}% 0)", 100 - at),
            format!("transform:translateY({at}%)"),
        )
    } else {
        (
            format!("clip-path:inset(0 {}% 0 0)", 100 - at),
            format!("transform:translateX({at}%)"),
        )
    };
    // The pointer's position along the stage, as a percent. (Yew delegates
    // events to the app's root, so `currentTarget` is not the stage.)
    let position = move |stage: &NodeRef, event: &PointerEvent| -> Option<u8> {
        let rect = stage.cast::<web_sys::Element>()?.get_bounding_client_rect();
        Some(if vertical {
            percent_at(f64::from(event.client_y()) - rect.top(), rect.height())
        } else {
            percent_at(f64::from(event.client_x()) - rect.left(), rect.width())
        })
    };
    let onpointerdown = {
        let stage = stage.clone();
        let set_view = set_view.clone();
        let view = view.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: PointerEvent| {
            if !event.is_primary() {
                return;
            }
            if let Some(stage) = stage.cast::<web_sys::Element>() {
                let _ = stage.set_pointer_capture(event.pointer_id());
            }
            *dragging.borrow_mut() = true;
            if let Some(at) = position(&stage, &event) {
                set_view.emit((ComparisonView { at, ..(*view).clone() }, false));
            }
        })
    };
    let onpointermove = {
        let stage = stage.clone();
        let set_view = set_view.clone();
        let view = view.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: PointerEvent| {
            if *dragging.borrow() {
                if let Some(at) = position(&stage, &event) {
                    if at != view.at {
                        set_view.emit((ComparisonView { at, ..(*view).clone() }, false));
                    }
                }
            }
        })
    };
    let onpointerup = {
        let set_view = set_view.clone();
        let view = view.clone();
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| {
            if dragging.replace(false) {
                set_view.emit(((*view).clone(), true));
            }
        })
    };
    let onkeydown = {
        let set_view = set_view.clone();
        let view = view.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(key) = SliderKey::from_key(&event.key(), event.shift_key()) {
                event.prevent_default();
                set_view.emit((
                    ComparisonView {
                        at: key.apply(view.at),
                        ..(*view).clone()
                    },
                    true,
                ));
            }
        })
    };
    let orientation = if vertical { "vertical" } else { "horizontal" };
    // A vertical slider is shown narrower (the style sheet's 30rem).
    let sizes = if vertical {
        images::SIZES_NARROW
    } else {
        images::SIZES_FULL
    };
    // The sweep's keyframes read the divider's place from `--at`.
    let ratio = format!("aspect-ratio:{}/{};--at:{at}%", after.width, after.height);
    html! {
        <figure class="comparison-figure">
            <p class={classes!("stage-labels", orientation)} aria-hidden="true">
                <span>{ if vertical { "▲ " } else { "◀ " } }{ &before.label }</span>
                <span>{ &after.label }{ if vertical { " ▼" } else { " ▶" } }</span>
            </p>
            { picture(html! {
                <div class={classes!("stage", orientation, shared.sweep.then_some("sweep"))} style={ratio} ref={stage.clone()}
                    onpointerdown={onpointerdown} onpointermove={onpointermove}
                    onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                    { state_picture(after, false, false, None, Some(shared.on_load), sizes) }
                    { state_picture(before, true, at == 0, Some(clip), Some(shared.on_load), sizes) }
                    <div class="divider" style={shift}>
                        <div class="divider-handle" role="slider" tabindex="0"
                            aria-label={fill(messages.divider, &[&before.label, &after.label])}
                            aria-orientation={orientation}
                            aria-valuemin="0" aria-valuemax="100" aria-valuenow={at.to_string()}
                            aria-valuetext={value_text(messages, at, before, after)}
                            {onkeydown}>
                        </div>
                    </div>
                    { shared.markers(Showing::Divided { before: &before.id, at, vertical }) }
                </div>
            }, &[before, after], Some(orientation)) }
            <figcaption>
                <p><strong>{ format!("{}: ", before.label) }</strong>{ &before.caption }</p>
                <p><strong>{ format!("{}: ", after.label) }</strong>{ &after.caption }</p>
            </figcaption>
        </figure>
    }
}

/// The comparison as a reader at a past moment met it: the pictures they
/// could see, side by side when more than one, each under its name only
/// (the caption is today's account of it), then each other picture as a
/// redaction under its name. Keyed by the picture, so a change of moment
/// brings the new one in (with a fade, where motion is welcome).
fn as_of_figure(shared: &Shared, exhibit: &Exhibit, moment: Moment, shown: &[&ImageState]) -> Html {
    let comparison = shared.comparison;
    let messages = shared.messages;
    let sizes = if shown.len() > 1 {
        images::SIZES_HALF
    } else {
        images::SIZES_FULL
    };
    html! {
        <div class="as-of">
            <div class={classes!((shown.len() > 1).then_some("side-by-side"))}>
                { for shown.iter().map(|state| html! {
                    <figure class="comparison-figure as-of-picture" key={state.id.clone()}>
                        { shared.single(state, sizes) }
                        <figcaption><strong>{ &state.label }</strong></figcaption>
                    </figure>
                }) }
            </div>
            { for comparison.states.iter().filter_map(|state| {
                hidden(exhibit, &state.known, None, moment).map(|why| redaction(exhibit, messages, moment, &why, Some(&state.label)))
            }) }
        </div>
    }
}

fn side_by_side(shared: &Shared) -> Html {
    let comparison = shared.comparison;
    html! {
        <div class="side-by-side">
            { for comparison.states.iter().map(|state| html! {
                <figure class="comparison-figure" key={state.id.clone()}>
                    { shared.single(state, images::SIZES_HALF) }
                    <figcaption><strong>{ format!("{}: ", state.label) }</strong>{ &state.caption }</figcaption>
                </figure>
            }) }
        </div>
    }
}

fn steps(shared: &Shared) -> Html {
    let Shared {
        comparison,
        messages,
        view,
        set_view,
        ..
    } = *shared;
    let count = comparison.states.len();
    let step = view.step.min(count.saturating_sub(1));
    let Some(state) = comparison.states.get(step) else {
        return html! {};
    };
    let go = |to: usize| {
        let set_view = set_view.clone();
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            set_view.emit((
                ComparisonView {
                    step: to,
                    ..(*view).clone()
                },
                true,
            ))
        })
    };
    let oninput = {
        let set_view = set_view.clone();
        let view = view.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(to) = input.value().parse::<usize>() {
                set_view.emit((
                    ComparisonView {
                        step: to,
                        ..(*view).clone()
                    },
                    true,
                ));
            }
        })
    };
    html! {
        <figure class="comparison-figure">
            { shared.single(state, images::SIZES_FULL) }
            <div class="scrubber">
                <button type="button" onclick={go(step.saturating_sub(1))} disabled={step == 0}>{ messages.earlier }</button>
                <input type="range" min="0" max={(count - 1).to_string()} step="1" value={step.to_string()}
                    aria-label={fill(messages.step_through, &[&comparison.title])}
                    aria-valuetext={fill(messages.step_value, &[&(step + 1).to_string(), &count.to_string(), &state.label.clone()])}
                    {oninput} />
                <button type="button" onclick={go((step + 1).min(count - 1))} disabled={step + 1 == count}>{ messages.later }</button>
            </div>
            <ol class="step-labels">
                { for comparison.states.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" class="link-button" aria-current={(i == step).then_some("step")} onclick={go(i)}>
                            { s.label.clone() }
                        </button>
                    </li>
                }) }
            </ol>
            <figcaption>
                <p class="step-count">{ fill(messages.step_count, &[&(step + 1).to_string(), &count.to_string()]) }</p>
                <p><strong>{ format!("{}: ", state.label) }</strong>{ &state.caption }</p>
            </figcaption>
        </figure>
    }
}
