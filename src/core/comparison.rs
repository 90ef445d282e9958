//! How a visitor looks at a comparison: the mode (slider, side by side,
//! steps), where the slider's divider stands, which step is shown, and how
//! that state is written into a link.

use super::content::{Comparison, Hotspot, ImageLabel, ImageState};
use super::messages::{fill, Messages};
use super::query;
use super::slugs::slugs;

slugs! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(rename_all = "kebab-case")]
    pub enum Mode {
        /// One image over the other, divided by a draggable line.
        #[default]
        Slider = "slider",
        /// The states next to each other (stacked on a phone).
        SideBySide = "side-by-side",
        /// One state at a time, in order, for images altered more than once.
        Steps = "steps",
    }
}

/// Where the divider starts: half of each image.
pub const START: u8 = 50;

/// The state of one comparison on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonView {
    pub mode: Mode,
    /// Where the slider's divider stands, in percent from the start (left or
    /// top): the earlier image shows before it, the later one after it.
    pub at: u8,
    /// Index of the state shown in the steps mode.
    pub step: usize,
}

impl Default for ComparisonView {
    fn default() -> Self {
        ComparisonView {
            mode: Mode::Slider,
            at: START,
            step: 0,
        }
    }
}

/// The modes a comparison offers, in its own order: the first is the one
/// it opens in.
pub fn offered_modes(comparison: &Comparison) -> Vec<Mode> {
    if !comparison.modes.is_empty() {
        return comparison.modes.clone();
    }
    Mode::ALL
        .into_iter()
        .filter(|m| *m != Mode::Steps || comparison.states.len() > 2)
        .collect()
}

/// How a comparison first appears: in its first mode, with the divider
/// where its content sets it.
pub fn opening_view(comparison: &Comparison) -> ComparisonView {
    ComparisonView {
        mode: offered_modes(comparison).first().copied().unwrap_or_default(),
        at: comparison.divider.unwrap_or(START),
        step: 0,
    }
}

/// The mode a comparison is drawn in: on paper every picture side by side,
/// else the view's mode when the comparison offers it, else its first.
pub fn shown_mode(comparison: &Comparison, view: &ComparisonView, printing: bool) -> Mode {
    if printing {
        Mode::SideBySide
    } else if offered_modes(comparison).contains(&view.mode) {
        view.mode
    } else {
        opening_view(comparison).mode
    }
}

/// The states on screen in a mode: the slider's two ends, every state side
/// by side, or the one step. Marks are drawn for these and no others.
pub fn visible_states(comparison: &Comparison, mode: Mode, step: usize) -> Vec<&ImageState> {
    match mode {
        Mode::Slider => match slider_pair(comparison) {
            Some((first, last)) if first.id != last.id => vec![first, last],
            Some((only, _)) => vec![only],
            None => vec![],
        },
        Mode::SideBySide => comparison.states.iter().collect(),
        Mode::Steps => comparison.states.get(step).into_iter().collect(),
    }
}

/// Every hotspot with its state and its number. The number belongs to the
/// mark, not to the mode: hotspots are counted state by state in the
/// states' order, and within a state top to bottom, then left to right,
/// so mark 3 is mark 3 in the slider, side by side and in steps.
pub fn numbered(comparison: &Comparison) -> Vec<(usize, &Hotspot, &ImageState)> {
    let mut list: Vec<(usize, &Hotspot, &ImageState)> = comparison
        .hotspots
        .iter()
        .filter_map(|h| {
            let at = comparison.states.iter().position(|s| s.id == h.state)?;
            Some((at, h, &comparison.states[at]))
        })
        .collect();
    super::order::sort_by(&mut list, |(ia, a, _), (ib, b, _)| {
        ia.cmp(ib).then(a.y.total_cmp(&b.y)).then(a.x.total_cmp(&b.x))
    });
    list.into_iter()
        .enumerate()
        .map(|(i, (_, h, s))| (i + 1, h, s))
        .collect()
}

/// A key pressed on the slider's divider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SliderKey {
    /// Arrow keys: one percent, or ten with Shift.
    Arrow {
        forward: bool,
        shift: bool,
    },
    Page {
        forward: bool,
    },
    Home,
    End,
}

impl SliderKey {
    /// Reads a `KeyboardEvent.key`. Right and Up move the divider towards the
    /// end, revealing more of the earlier image.
    pub fn from_key(key: &str, shift: bool) -> Option<SliderKey> {
        Some(match key {
            "ArrowRight" | "ArrowUp" => SliderKey::Arrow { forward: true, shift },
            "ArrowLeft" | "ArrowDown" => SliderKey::Arrow { forward: false, shift },
            "PageUp" => SliderKey::Page { forward: true },
            "PageDown" => SliderKey::Page { forward: false },
            "Home" => SliderKey::Home,
            "End" => SliderKey::End,
            _ => return None,
        })
    }

    pub fn apply(self, at: u8) -> u8 {
        let moved = |by: i16, forward: bool| {
            let next = i16::from(at) + if forward { by } else { -by };
            next.clamp(0, 100) as u8
        };
        match self {
            SliderKey::Arrow { forward, shift } => moved(if shift { 10 } else { 1 }, forward),
            SliderKey::Page { forward } => moved(10, forward),
            SliderKey::Home => 0,
            SliderKey::End => 100,
        }
    }
}

/// The divider's position from a pointer: `offset` pixels into a stage
/// `length` pixels long, rounded to a whole percent and kept on the image.
pub fn percent_at(offset: f64, length: f64) -> u8 {
    if length.is_nan() || length <= 0.0 || !offset.is_finite() {
        return START;
    }
    (offset / length * 100.0).round().clamp(0.0, 100.0) as u8
}

/// The two states the slider compares: the first and the last, so a slider
/// over a many-step comparison shows the whole change.
pub fn slider_pair(comparison: &Comparison) -> Option<(&ImageState, &ImageState)> {
    Some((comparison.states.first()?, comparison.states.last()?))
}

/// What a screen reader says for the slider: how much of each image shows.
pub fn value_text(messages: &Messages, at: u8, before: &ImageState, after: &ImageState) -> String {
    match at {
        0 => fill(messages.divider_all, &[&after.label]),
        100 => fill(messages.divider_all, &[&before.label]),
        _ => fill(
            messages.divider_value,
            &[&at.to_string(), &before.label, &(100 - at).to_string(), &after.label],
        ),
    }
}

/// Reads the comparison's part of a link: `mode`, `at` and `step` (a state
/// id). Anything unknown or out of range falls back to the default.
pub fn from_query(comparison: &Comparison, mode: Option<&str>, at: Option<&str>, step: Option<&str>) -> ComparisonView {
    let default = opening_view(comparison);
    let offered = offered_modes(comparison);
    ComparisonView {
        mode: mode
            .and_then(Mode::from_slug)
            .filter(|m| offered.contains(m))
            .unwrap_or(default.mode),
        at: at
            .and_then(|a| a.parse::<u8>().ok())
            .filter(|a| *a <= 100)
            .unwrap_or(default.at),
        step: step
            .and_then(|id| comparison.states.iter().position(|s| s.id == id))
            .unwrap_or(default.step),
    }
}

/// The state id a link names for the steps mode.
pub fn step_id(comparison: &Comparison, step: usize) -> Option<&str> {
    comparison.states.get(step).map(|s| s.id.as_str())
}

/// The view a link's query asks of `comparison`, if the link names it;
/// the inverse of [`to_query`].
pub fn from_link(comparison: &Comparison, query: &str) -> Option<ComparisonView> {
    let mut named = None;
    let (mut mode, mut at, mut step) = (None, None, None);
    for (key, value) in query::pairs(query) {
        match key {
            "comparison" => named = Some(value),
            "mode" => mode = Some(value),
            "at" => at = Some(value),
            "step" => step = Some(value),
            _ => {}
        }
    }
    (named == Some(comparison.id.as_str())).then(|| from_query(comparison, mode, at, step))
}

/// The comparison's part of a link for `view`, as [`from_link`] reads it.
pub fn to_query(comparison: &Comparison, view: &ComparisonView) -> String {
    format!(
        "comparison={}&mode={}&at={}&step={}",
        comparison.id,
        view.mode.slug(),
        view.at,
        step_id(comparison, view.step).unwrap_or_default()
    )
}

/// The `left` and `top` of a marker at pixel (`x`, `y`) of an image of
/// `width` by `height`, in percent with two decimals. Written with integers:
/// `{:.2}` on an f64 would bring Rust's float formatting into the wasm
/// (about 20 KB) for a style attribute.
pub fn marker_style(x: f64, y: f64, width: u32, height: u32) -> String {
    format!("left:{};top:{}", percent_text(x, width), percent_text(y, height))
}

/// Where a label sits over its image and how large its type is, as a
/// share of the image: the words scale with the picture, as words drawn
/// into it would. `cqw` is a hundredth of the stage's width; the style
/// sheet keeps the size from falling below what a phone can show legibly.
pub fn label_style(label: &ImageLabel, width: u32, height: u32) -> String {
    format!(
        "{};--size:{}cqw",
        marker_style(label.x, label.y, width, height),
        hundredths_text(f64::from(label.size), width)
    )
}

fn percent_text(at: f64, length: u32) -> String {
    format!("{}%", hundredths_text(at, length))
}

/// `at` as a percentage of `length`, to two decimals, without float
/// formatting (which would add its code to the wasm).
fn hundredths_text(at: f64, length: u32) -> String {
    let hundredths = (at / f64::from(length.max(1)) * 10_000.0).round().clamp(0.0, 10_000.0) as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A point's coordinate in its image, for a leader line's SVG attribute:
/// to two decimals, written as `Display` writes such a number (`120`,
/// `412.5`, `3.25`), but with integers, for the reason above.
pub fn coordinate_text(at: f64) -> String {
    let hundredths = (at * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, part) = (hundredths.abs() / 100, hundredths.abs() % 100);
    match part {
        0 => format!("{sign}{whole}"),
        part if part % 10 == 0 => format!("{sign}{whole}.{}", part / 10),
        part => format!("{sign}{whole}.{part:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coordinate_reads_as_rust_would_write_it() {
        for at in [0.0, 120.0, 412.5, 3.25, 0.05, 1080.75, -7.5] {
            assert_eq!(coordinate_text(at), at.to_string());
        }
        assert_eq!(coordinate_text(10.004), "10");
    }
    fn pair() -> Comparison {
        crate::core::fixtures::minimal().comparisons[0].clone()
    }

    fn shipped(id: &str) -> Comparison {
        crate::core::fixtures::shipped()
            .comparisons
            .into_iter()
            .find(|c| c.id == id)
            .expect("a shipped comparison")
    }

    #[test]
    fn a_mark_has_one_number_in_every_mode() {
        let comparison = shipped("happy-childhood");
        let numbers = numbered(&comparison);
        let ids: Vec<(usize, &str)> = numbers.iter().map(|(n, h, _)| (*n, h.id.as_str())).collect();
        // State by state, then top to bottom: the photograph's mark first.
        assert_eq!(ids, vec![(1, "gelya"), (2, "father"), (3, "mother"), (4, "new-name")]);
        for comparison in crate::core::fixtures::shipped().comparisons {
            let all = numbered(&comparison);
            assert_eq!(all.len(), comparison.hotspots.len(), "{}", comparison.id);
            let numbers: Vec<usize> = all.iter().map(|(n, _, _)| *n).collect();
            assert_eq!(numbers, (1..=all.len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_slider_shows_only_its_two_ends() {
        let comparison = shipped("happy-childhood");
        let shown: Vec<&str> = visible_states(&comparison, Mode::Slider, 0)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(shown, vec!["photograph", "re-attributed"]);
        let shown: Vec<&str> = visible_states(&comparison, Mode::Steps, 1)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(shown, vec!["the-record"]);
        assert_eq!(visible_states(&comparison, Mode::SideBySide, 0).len(), 3);
    }

    #[test]
    fn a_comparison_opens_in_its_first_mode_with_its_own_divider() {
        let comparison = shipped("more-joyous");
        assert_eq!(offered_modes(&comparison), vec![Mode::SideBySide]);
        assert_eq!(opening_view(&comparison).mode, Mode::SideBySide);
        // A link asking for a mode the comparison does not offer gets its opening one.
        assert_eq!(
            from_query(&comparison, Some("slider"), None, None).mode,
            Mode::SideBySide
        );
        let canal = shipped("vanished-commissar");
        assert_eq!(opening_view(&canal).at, canal.divider.unwrap());
        assert_ne!(canal.divider, Some(START));
        // Left out, the modes are the ones that suit any pair.
        let mut plain = canal.clone();
        plain.modes.clear();
        plain.divider = None;
        assert_eq!(offered_modes(&plain), vec![Mode::Slider, Mode::SideBySide]);
        // Drawn, a view's mode the comparison does not offer gives way to its
        // first, and paper has every picture side by side.
        let asked = |mode| ComparisonView {
            mode,
            ..opening_view(&comparison)
        };
        assert_eq!(shown_mode(&comparison, &asked(Mode::Slider), false), Mode::SideBySide);
        assert_eq!(shown_mode(&plain, &asked(Mode::Slider), false), Mode::Slider);
        assert_eq!(shown_mode(&plain, &asked(Mode::Slider), true), Mode::SideBySide);
        assert_eq!(shown_mode(&plain, &asked(Mode::Steps), false), Mode::Slider);
        assert_eq!(opening_view(&plain), ComparisonView::default());
    }

    #[test]
    fn a_label_sits_and_scales_as_a_share_of_its_image() {
        let label = ImageLabel {
            text: "Yezhov".into(),
            x: 645.0,
            y: 448.0,
            anchor: Default::default(),
            size: 15,
            bold: false,
            tone: Default::default(),
            struck: false,
            moves_below: false,
        };
        assert_eq!(label_style(&label, 800, 500), "left:80.63%;top:89.60%;--size:1.88cqw");
    }

    #[test]
    fn a_view_written_into_a_link_reads_back_the_same() {
        let exhibit = crate::core::fixtures::shipped();
        let comparison = exhibit
            .comparisons
            .iter()
            .find(|c| c.states.len() > 2)
            .expect("a comparison with steps");
        let view = ComparisonView {
            mode: Mode::Steps,
            at: 37,
            step: 2,
        };
        let query = to_query(comparison, &view);
        assert_eq!(
            query,
            format!(
                "comparison={}&mode=steps&at=37&step={}",
                comparison.id, comparison.states[2].id
            )
        );
        assert_eq!(from_link(comparison, &query), Some(view));
        // A link about another comparison asks nothing of this one.
        assert_eq!(from_link(comparison, &query.replace(&comparison.id, "another")), None);
    }

    #[test]
    fn marker_style_is_percent_with_two_decimals() {
        assert_eq!(marker_style(80.0, 60.0, 800, 600), "left:10.00%;top:10.00%");
        assert_eq!(marker_style(1.0, 599.0, 3, 600), "left:33.33%;top:99.83%");
        // Outside the image, or an image of no size, stays within 0..100%.
        assert_eq!(marker_style(-5.0, 900.0, 0, 600), "left:0.00%;top:100.00%");
    }

    #[test]
    fn arrows_move_one_percent_and_ten_with_shift() {
        let right = SliderKey::from_key("ArrowRight", false).unwrap();
        assert_eq!(right.apply(50), 51);
        assert_eq!(SliderKey::from_key("ArrowLeft", true).unwrap().apply(50), 40);
        assert_eq!(SliderKey::from_key("ArrowUp", false).unwrap().apply(50), 51);
        assert_eq!(SliderKey::from_key("PageDown", false).unwrap().apply(50), 40);
        assert_eq!(SliderKey::from_key("Home", false).unwrap().apply(50), 0);
        assert_eq!(SliderKey::from_key("End", false).unwrap().apply(50), 100);
        assert_eq!(SliderKey::from_key("a", false), None);
    }

    #[test]
    fn the_divider_stays_on_the_image() {
        assert_eq!(right(100), 100);
        assert_eq!(
            SliderKey::Arrow {
                forward: false,
                shift: true
            }
            .apply(5),
            0
        );
        assert_eq!(SliderKey::Page { forward: true }.apply(95), 100);
        fn right(at: u8) -> u8 {
            SliderKey::Arrow {
                forward: true,
                shift: false,
            }
            .apply(at)
        }
    }

    #[test]
    fn pointer_positions_become_whole_percents() {
        assert_eq!(percent_at(310.0, 500.0), 62);
        assert_eq!(percent_at(-40.0, 500.0), 0);
        assert_eq!(percent_at(900.0, 500.0), 100);
        assert_eq!(percent_at(10.0, 0.0), START);
        assert_eq!(percent_at(f64::NAN, 500.0), START);
    }

    #[test]
    fn value_text_says_what_is_revealed() {
        let comparison = pair();
        let (before, after) = slider_pair(&comparison).unwrap();
        let en = &crate::core::messages::EN;
        assert_eq!(value_text(en, 62, before, after), "62% Before, 38% After");
        assert_eq!(value_text(en, 0, before, after), "all After");
        assert_eq!(value_text(en, 100, before, after), "all Before");
    }

    #[test]
    fn a_link_restores_mode_position_and_step() {
        let comparison = pair();
        let view = from_query(&comparison, Some("side-by-side"), Some("62"), Some("after"));
        assert_eq!(
            view,
            ComparisonView {
                mode: Mode::SideBySide,
                at: 62,
                step: 1
            }
        );
        assert_eq!(step_id(&comparison, view.step), Some("after"));
    }

    #[test]
    fn a_bad_link_falls_back_to_the_default_view() {
        let comparison = pair();
        let view = from_query(&comparison, Some("carousel"), Some("250"), Some("nowhere"));
        assert_eq!(view, ComparisonView::default());
        assert_eq!(
            from_query(&comparison, None, Some("-3"), None),
            ComparisonView::default()
        );
    }

    #[test]
    fn every_mode_round_trips_through_its_slug() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_slug(mode.slug()), Some(mode));
        }
    }
}
