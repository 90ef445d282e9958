//! Claims as the visitor reads them: one lens at a time, or the three lenses
//! side by side with each claim linked to the claim it answers.

use yew::prelude::*;

use super::app::{use_exhibit, use_messages};
use super::lens_switch::lens_label;
use super::text::RichText;
use crate::core::content::{Claim, LensId};
use crate::core::messages::fill;

/// The element id of a claim, for the "answers" links.
fn claim_anchor(id: &str) -> String {
    format!("claim-{id}")
}

/// Moves focus to a claim (claims have tabindex -1); in-page fragment links
/// would be taken for routes by the hash router.
fn focus_claim(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(&claim_anchor(id)) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ClaimItemProps {
    /// Position of the station in the exhibit.
    pub station: usize,
    pub claim: Claim,
    /// In the compare view a claim shows which claim it answers.
    pub linked: bool,
}

#[function_component(ClaimItem)]
pub fn claim_item(props: &ClaimItemProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    let claim = &props.claim;
    let sources = exhibit.cited(&claim.sources);
    // A quotation from a translation says so, whichever lens it stands in.
    let language = claim.lang.as_deref().unwrap_or(&exhibit.language);
    let translated = claim.quote
        && claim
            .sources
            .first()
            .is_some_and(|c| exhibit.is_translated(c, language));
    let answered = claim.answers.as_ref().and_then(|id| {
        LensId::ALL.into_iter().find_map(|lens| {
            station
                .lenses
                .claims(lens)
                .iter()
                .find(|c| &c.id == id)
                .map(|c| (lens, c.clone()))
        })
    });
    html! {
        <li class={classes!("claim", claim.quote.then_some("claim-quote"))} id={claim_anchor(&claim.id)} tabindex="-1">
            if let Some((year, after_stalin)) = claim.era() {
                <p class={classes!("claim-era", after_stalin.then_some("after-stalin"))}>
                    { fill(if after_stalin { messages.official_after_stalin } else { messages.official_when }, &[year]) }
                </p>
            }
            if claim.quote {
                <q lang={claim.lang.clone()}><RichText text={claim.text.clone()} /></q>
            } else {
                <p lang={claim.lang.clone()}><RichText text={claim.text.clone()} /></p>
            }
            if let (true, Some((lens, answered))) = (props.linked, answered) {
                <p class="claim-answers">
                    { messages.answers }{ " " }
                    <button type="button" class="link-button" onclick={
                        let id = answered.id.clone();
                        Callback::from(move |_| focus_claim(&id))
                    }>
                        { format!("{}: “{}”", lens_label(messages, lens), excerpt(&answered.text)) }
                    </button>
                </p>
            }
            <p class="claim-sources">
                if translated { { messages.translation_mark.trim_start() }{ " " } }
                { fill(messages.source_line, &[&sources]) }
            </p>
        </li>
    }
}

/// The first words of a claim, for a link's name.
fn excerpt(text: &str) -> String {
    let plain = crate::core::marks::plain(text, |_| None);
    let words: Vec<&str> = plain.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{}…", words[..12].join(" "))
    }
}

#[derive(Properties, PartialEq)]
pub struct LensPanelProps {
    pub station: usize,
    pub lens: LensId,
}

#[function_component(LensPanel)]
pub fn lens_panel(props: &LensPanelProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    html! {
        <section class={classes!("lens-panel", format!("lens-{}", props.lens.slug()))} aria-labelledby="lens-heading">
            <h2 id="lens-heading">{ lens_label(messages, props.lens) }</h2>
            <ul class="claims">
                { for station.lenses.claims(props.lens).iter().map(|claim| html! {
                    <ClaimItem key={claim.id.clone()} station={props.station} claim={claim.clone()} linked={false} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub station: usize,
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    html! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ messages.compare_heading }</h2>
            <div class="compare-columns">
                { for LensId::ALL.into_iter().map(|lens| html! {
                    <section class={classes!("compare-column", format!("lens-{}", lens.slug()))} aria-labelledby={format!("compare-{}", lens.slug())}>
                        <h3 id={format!("compare-{}", lens.slug())}>{ lens_label(messages, lens) }</h3>
                        <ul class="claims">
                            { for station.lenses.claims(lens).iter().map(|claim| html! {
                                <ClaimItem key={claim.id.clone()} station={props.station} claim={claim.clone()} linked={true} />
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
        </section>
    }
}
