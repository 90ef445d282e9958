//! Content text on screen: always as text nodes, never as HTML, so a content
//! file cannot inject markup. Glossary marks become marked terms.

use yew::prelude::*;

use super::app::use_exhibit;
use crate::core::marks::{segments, Segment};

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    pub text: AttrValue,
}

#[function_component(RichText)]
pub fn rich_text(props: &RichTextProps) -> Html {
    let exhibit = use_exhibit();
    // The checker has already rejected malformed marks; if one slips through
    // it is shown as written rather than lost.
    let Ok(parts) = segments(&props.text) else {
        return html! { { props.text.clone() } };
    };
    parts
        .into_iter()
        .map(|part| match part {
            Segment::Text(text) => html! { { text.to_string() } },
            Segment::Term { shown, id } => {
                let words = shown
                    .or_else(|| exhibit.glossary_term(id).map(|t| t.term.as_str()))
                    .unwrap_or(id);
                html! { <span class="term" data-term={id.to_string()}>{ words.to_string() }</span> }
            }
        })
        .collect()
}
