//! Content text on screen: always as text nodes, never as HTML, so a content
//! file cannot inject markup. Glossary marks become terms that open their
//! definition in place.

use yew::prelude::*;

use super::app::{use_exhibit, use_messages};
use crate::core::marks::{segments, Segment};
use crate::core::messages::fill;

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: AttrValue,
}

#[function_component(RichText)]
pub fn rich_text(props: &RichTextProps) -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let moment = super::moment::use_moment();
    // The checker has already rejected malformed marks; if one slips through
    // it is shown as written rather than lost.
    let Ok(parts) = segments(&props.text) else {
        return html! { { props.text.clone() } };
    };
    parts
        .into_iter()
        .map(|part| match part {
            Segment::Text(text) => html! { { text.to_string() } },
            Segment::Term { shown, id } => match exhibit.glossary_term(id) {
                Some(term) => html! {
                    <TermDisclosure
                        words={AttrValue::from(shown.unwrap_or(&term.term).to_string())}
                        term={AttrValue::from(term.term.clone())}
                        definition={AttrValue::from(match crate::core::moment::hidden(&exhibit, &term.known, None, moment) {
                            None => term.definition.clone(),
                            Some(why) => super::moment::redaction_text(&exhibit, messages, moment, &why),
                        })}
                    />
                },
                None => html! { { shown.unwrap_or(id).to_string() } },
            },
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct TermDisclosureProps {
    /// The words in the running text.
    pub words: AttrValue,
    pub term: AttrValue,
    pub definition: AttrValue,
}

/// A term in the text: a button that shows its definition right after it.
/// Escape closes the definition and keeps focus on the term.
#[function_component(TermDisclosure)]
pub fn term_disclosure(props: &TermDisclosureProps) -> Html {
    let messages = use_messages();
    let open = use_state(|| false);
    let button = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                event.prevent_default();
                open.set(false);
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    html! {
        <span class="term-wrap" {onkeydown}>
            <button type="button" class="term" ref={button} aria-expanded={open.to_string()} onclick={toggle}>
                { props.words.clone() }
            </button>
            if *open {
                <span class="term-definition" role="note" aria-label={fill(messages.definition_of, &[&props.term])}>
                    <strong>{ props.term.clone() }</strong>{ ": " }{ props.definition.clone() }
                </span>
            }
        </span>
    }
}
