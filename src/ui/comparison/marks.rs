//! A comparison's numbered marks: the markers over its pictures, the panel
//! of the one opened, and the list of every mark under the figure. A mark
//! keeps one number across the comparison's pictures (`core::comparison::numbered`).

use yew::prelude::*;

use crate::core::comparison::{coordinate_text, marker_style, numbered};
use crate::core::content::{Comparison, Exhibit, Hotspot, ImageState, Point};
use crate::core::messages::{fill, Messages};
use crate::core::moment::{shown, Moment};
use crate::ui::moment::as_of;
use crate::ui::text::RichText;

/// The marks of the pictures on screen, each with its one number: all of
/// them, for the list, and those a reader at `moment` could read, for the
/// markers and the panel.
pub fn on_screen<'c>(
    exhibit: &Exhibit,
    comparison: &'c Comparison,
    on_screen: &[&ImageState],
    moment: Moment,
) -> (Vec<Numbered<'c>>, Vec<Numbered<'c>>) {
    let all: Vec<Numbered> = numbered(comparison)
        .into_iter()
        .filter(|(_, _, state)| on_screen.iter().any(|s| s.id == state.id))
        .collect();
    let readable = all
        .iter()
        .copied()
        .filter(|(_, hotspot, _)| shown(exhibit, &hotspot.known, None, moment))
        .collect();
    (all, readable)
}

/// A hotspot with its one number and the state it sits on.
pub type Numbered<'c> = (usize, &'c Hotspot, &'c ImageState);

/// Which markers a stage shows.
pub enum Showing<'a> {
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
pub fn markers(
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
        let at = hotspot.marker.unwrap_or(Point {
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

/// The open mark's words, under the figure.
pub fn panel(hotspots: &[Numbered], open: Option<&str>) -> Html {
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

/// Every mark of the pictures on screen, under its number. A mark a reader
/// at `moment` could not read is a redaction under its number.
pub fn list(exhibit: &Exhibit, messages: &'static Messages, moment: Moment, all: &[Numbered], heading: String) -> Html {
    if all.is_empty() {
        return html! {};
    }
    html! {
        <>
            <@{heading} class="hotspot-list-heading">{ messages.marks_heading }</@>
            <ol class="hotspot-list">
                { for all.iter().map(|(number, hotspot, state)| html! {
                    <li key={hotspot.id.clone()} value={number.to_string()}>
                        { as_of(exhibit, messages, moment, &hotspot.known, None, html! { <>
                            <strong>{ &hotspot.label }</strong>
                            { format!(" ({}): ", state.label) }
                            <RichText text={hotspot.explanation.clone()} />
                            <span class="entry-sources">{ " " }{ fill(messages.source_line, &[&exhibit.cited(&hotspot.sources)]) }</span>
                        </> }) }
                    </li>
                }) }
            </ol>
        </>
    }
}
