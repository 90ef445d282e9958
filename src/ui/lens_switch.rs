//! The lens switch: a link to the station in each account, drawn as one
//! equal-width three-part control, and a link that opens and closes the
//! compare view. Links, because every view is its own prerendered page: the
//! switch works before the app runs and with no script at all. Once the app
//! runs, a click is caught and the view changes in place, remembering the
//! lens in the same render.

use yew::prelude::*;

use super::app::use_messages;
use crate::core::content::LensId;
use crate::core::lens::StationView;
use crate::core::messages::Messages;
use crate::ui::route::{follow_in_place, Route};
use crate::ui::router::use_navigator;

/// The words a visitor sees for each lens.
pub fn lens_label(messages: &'static Messages, lens: LensId) -> &'static str {
    match lens {
        LensId::Official => messages.lens_official,
        LensId::Speech => messages.lens_speech,
        LensId::Historians => messages.lens_historians,
    }
}

#[derive(Properties, PartialEq)]
pub struct LensSwitchProps {
    /// The station's id, for the links.
    pub station: AttrValue,
    pub view: StationView,
    /// The lens to select when the compare view is left.
    pub lens: LensId,
    pub on_choose: Callback<StationView>,
}

#[function_component(LensSwitch)]
pub fn lens_switch(props: &LensSwitchProps) -> Html {
    let messages = use_messages();
    let navigator = use_navigator();
    let link = |view: StationView, classes: Classes, current: bool, label: &'static str| {
        let href = navigator.href(&Route::station(&props.station, view), "");
        let onclick = follow_in_place(props.on_choose.clone(), view);
        html! {
            <a {href} class={classes} aria-current={current.then_some("page")} {onclick}>
                <span>{ label }</span>
            </a>
        }
    };
    let comparing = props.view == StationView::Compare;
    html! {
        <div class="lens-switch">
            <nav class="lens-options" aria-label={messages.whose_account}>
                { for LensId::ALL.into_iter().map(|lens| {
                    let current = props.view == StationView::Lens(lens);
                    let classes = classes!("lens-option", format!("lens-{}", lens.slug()), current.then_some("checked"));
                    link(StationView::Lens(lens), classes, current, lens_label(messages, lens))
                }) }
            </nav>
            { if comparing {
                link(StationView::Lens(props.lens), classes!("compare-toggle"), false, messages.compare_close)
            } else {
                link(StationView::Compare, classes!("compare-toggle"), false, messages.compare_toggle)
            } }
        </div>
    }
}
