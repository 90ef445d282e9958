//! The lens switch: native radio buttons, so assistive technology hears a
//! radio group and arrow keys move between lenses for free, drawn as one
//! equal-width three-part control; plus the button that opens and closes
//! the compare view. The radios stay live while comparing: choosing an
//! account closes the comparison onto it.

use yew::prelude::*;

use super::app::use_messages;
use crate::core::content::LensId;
use crate::core::lens::View;
use crate::core::messages::Messages;

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
    pub view: View,
    /// The lens to select when the compare view is left.
    pub lens: LensId,
    pub on_choose: Callback<View>,
}

#[function_component(LensSwitch)]
pub fn lens_switch(props: &LensSwitchProps) -> Html {
    let messages = use_messages();
    let comparing = props.view == View::Compare;
    let toggle = {
        let on_choose = props.on_choose.clone();
        let next = if comparing {
            View::Lens(props.lens)
        } else {
            View::Compare
        };
        Callback::from(move |_| on_choose.emit(next))
    };
    html! {
        <div class="lens-switch">
            <fieldset class="lens-radios">
                <legend class="visually-hidden">{ messages.whose_account }</legend>
                { for LensId::ALL.into_iter().map(|lens| {
                    let on_choose = props.on_choose.clone();
                    let onchange = Callback::from(move |_| on_choose.emit(View::Lens(lens)));
                    let checked = props.view == View::Lens(lens);
                    html! {
                        <label class={classes!("lens-option", format!("lens-{}", lens.slug()), checked.then_some("checked"))}>
                            <input type="radio" name="lens" value={lens.slug()} {checked} {onchange} />
                            <span>{ lens_label(messages, lens) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <button type="button" class="compare-toggle" onclick={toggle}>
                { if comparing { messages.compare_close } else { messages.compare_toggle } }
            </button>
        </div>
    }
}
