//! Shown instead of the exhibit when its content file cannot be used: the
//! same messages `exhibit-check` prints, so a curator can fix the file.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::check::Problem;

#[derive(Properties, PartialEq)]
pub struct ContentErrorProps {
    pub problems: Rc<Vec<Problem>>,
}

#[function_component(ContentError)]
pub fn content_error(props: &ContentErrorProps) -> Html {
    let count = props.problems.len();
    html! {
        <main id="main" class="page content-error" tabindex="-1">
            <h1>{ "The exhibit's content could not be shown" }</h1>
            <p>
                { format!("The content file has {count} problem{}. ", if count == 1 { "" } else { "s" }) }
                { "Each line below names the file, the line and column, and the field; the same check runs with " }
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
