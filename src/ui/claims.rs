//! Claims as the visitor reads them: one account at a time, opening with
//! its own voice, or the three accounts as one thread in which each claim
//! stands under the claim it replies to.

use yew::prelude::*;

use super::app::{use_exhibit, use_heading, use_messages};
use super::lens_switch::lens_label;
use super::moment::{redaction, use_moment};
use super::text::RichText;
use crate::core::content::LensId;
use crate::core::lens::thread;
use crate::core::messages::fill;
use crate::core::moment::hidden;

#[derive(Properties, PartialEq)]
pub struct ClaimItemProps {
    /// Position of the station in the exhibit.
    pub station: usize,
    /// The claim's id: looked up, not carried, so no claim is copied into
    /// the props or compared field by field on every render.
    pub claim: AttrValue,
    /// In the thread a claim says which account it belongs to and which
    /// claim it replies to.
    pub lens: Option<LensId>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(ClaimItem)]
pub fn claim_item(props: &ClaimItemProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    let Some(claim) = LensId::ALL
        .into_iter()
        .find_map(|lens| station.lenses.claims(lens).iter().find(|c| *c.id == *props.claim))
    else {
        return html! {};
    };
    let sources = exhibit.cited(&claim.sources);
    // A quotation from a translation says so, whichever lens it stands in.
    let language = claim.lang.as_deref().unwrap_or(&exhibit.language);
    let translated = claim.quote
        && claim
            .sources
            .first()
            .is_some_and(|c| exhibit.is_translated(c, language));
    let moment = use_moment();
    if let Some(why) = hidden(&exhibit, &claim.known, claim.date.as_deref(), moment) {
        return html! {
            <li class={classes!("claim", "redacted", props.lens.map(|l| format!("lens-{}", l.slug())))}>
                if let Some(lens) = props.lens {
                    <p class="claim-voice">{ lens_label(messages, lens) }</p>
                }
                { redaction(&exhibit, messages, moment, &why, None) }
                { props.children.clone() }
            </li>
        };
    }
    let replied = props.lens.and(claim.answers.as_ref()).and_then(|id| {
        LensId::ALL.into_iter().find_map(|lens| {
            station.lenses.claims(lens).iter().find(|c| &c.id == id).map(|c| {
                match hidden(&exhibit, &c.known, c.date.as_deref(), moment) {
                    // Not quoted where the reader cannot read it.
                    Some(_) => (lens, "…".to_string()),
                    None => (lens, excerpt(&c.text)),
                }
            })
        })
    });
    html! {
        <li class={classes!("claim", claim.quote.then_some("claim-quote"), props.lens.map(|l| format!("lens-{}", l.slug())))}>
            if let Some(lens) = props.lens {
                <p class="claim-voice">{ lens_label(messages, lens) }</p>
            }
            if let Some((year, after_stalin)) = claim.era() {
                <p class={classes!("claim-era", after_stalin.then_some("after-stalin"))}>
                    { fill(if after_stalin { messages.official_after_stalin } else { messages.official_when }, &[year]) }
                </p>
            }
            if let Some((lens, words)) = replied {
                <p class="claim-replies">{ fill(messages.replies_to, &[lens_label(messages, lens), &words]) }</p>
            }
            if claim.quote {
                <q lang={claim.lang.clone()}><RichText text={claim.text.clone()} /></q>
            } else {
                <p lang={claim.lang.clone()}><RichText text={claim.text.clone()} /></p>
            }
            <p class="claim-sources">
                if translated { { messages.translation_mark.trim_start() }{ " " } }
                { fill(messages.source_line, &[&sources]) }
            </p>
            { props.children.clone() }
        </li>
    }
}

/// The first words of a claim, to say which claim a reply answers.
fn excerpt(text: &str) -> String {
    let plain = crate::core::marks::plain(text, |_| None);
    let words: Vec<&str> = plain.split_whitespace().collect();
    if words.len() <= 8 {
        words.join(" ")
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

#[derive(Properties, PartialEq)]
pub struct LensPanelProps {
    pub station: usize,
    pub lens: LensId,
    /// The heading's id: one panel on screen, three on paper.
    #[prop_or(AttrValue::Static("lens-heading"))]
    pub heading: AttrValue,
}

/// One account. Its heading is the marker of which account is on screen;
/// its first claim is set large, as the voice the account opens with.
#[function_component(LensPanel)]
pub fn lens_panel(props: &LensPanelProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    let heading_tag = use_heading(0);
    html! {
        <section class={classes!("lens-panel", format!("lens-{}", props.lens.slug()))} aria-labelledby={props.heading.clone()}>
            <@{heading_tag} id={props.heading.clone()} class="account-marker">
                <span class="reading-now">{ messages.reading_now }</span>{ " " }
                <span class="account-name">{ lens_label(messages, props.lens) }</span>
            </@>
            <ul class="claims">
                { for station.lenses.claims(props.lens).iter().map(|claim| html! {
                    <ClaimItem key={claim.id.clone()} station={props.station} claim={claim.id.clone()} lens={None::<LensId>} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub station: usize,
}

/// The three accounts as one thread in date order, each reply nested
/// under the claim it answers (a list inside its item, so a screen reader
/// hears the nesting too).
#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let station = &exhibit.stations[props.station];
    let replies = thread(&station.lenses);
    html! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <h2 id="compare-heading" class="account-marker">{ messages.compare_heading }</h2>
            { nested(props.station, &replies, 0) }
        </section>
    }
}

/// The run of `replies` at `depth` as a list, each with its deeper
/// replies (which follow it in the thread) nested inside it.
fn nested(station: usize, replies: &[crate::core::lens::Reply], depth: usize) -> Html {
    let mut items = Vec::new();
    let mut at = 0;
    while at < replies.len() {
        let reply = replies[at];
        let end = replies[at + 1..]
            .iter()
            .position(|r| r.depth <= depth)
            .map_or(replies.len(), |p| at + 1 + p);
        let under = &replies[at + 1..end];
        items.push(html! {
            <ClaimItem key={reply.claim.id.clone()} {station} claim={reply.claim.id.clone()} lens={Some(reply.lens)}>
                if !under.is_empty() { { nested(station, under, depth + 1) } }
            </ClaimItem>
        });
        at = end;
    }
    html! { <ul class={classes!("claims", "thread", (depth > 0).then_some("replies"))}>{ for items }</ul> }
}
