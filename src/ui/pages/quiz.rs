//! The quiz's entrance.

use yew::prelude::*;

use crate::ui::app::use_exhibit;

#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let exhibit = use_exhibit();
    let quiz = &exhibit.quiz;
    html! {
        <main id="main" class="page quiz" tabindex="-1">
            <h1>{ &quiz.title }</h1>
            <p>{ format!("{} questions; {}% to pass.", quiz.questions.len(), quiz.pass_mark) }</p>
        </main>
    }
}
