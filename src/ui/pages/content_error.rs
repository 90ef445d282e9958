//! Shown instead of the exhibit when its content file cannot be used: the
//! same messages `exhibit-check` prints, so a curator can fix the file.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::check::Problem;
use crate::core::messages::fill;
use crate::ui::app::use_messages;

#[derive(Properties, PartialEq)]
pub struct ContentErrorProps {
    pub problems: Rc<Vec<Problem>>,
}

#[function_component(ContentError)]
pub fn content_error(props: &ContentErrorProps) -> Html {
    let count = props.problems.len();
    let messages = use_messages();
    html! {
        <main id="main" class="page content-error" tabindex="-1">
            <h1>{ messages.content_error }</h1>
            <p>
                { fill(messages.content_error_count, &[&count.to_string()]) }
                { messages.content_error_help }{ " " }
                <code>{ "cargo run --bin exhibit-check" }</code>{ "." }
            </p>
            <ol class="problems">
                { for props.problems.iter().map(|p| html! {
                    <li>
                        <code class="problem-place">{ format!("{}:{}:{}", p.file, p.line, p.column) }</code>
                        { " " }
                        <code class="problem-field">{ if p.path.is_empty() { "(document)".to_string() } else { p.path.clone() } }</code>
                        <span class="problem-message">{ format!(": {}", p.message) }</span>
                    </li>
                }) }
            </ol>
        </main>
    }
}
