//! The quiz on paper: a worksheet with room to answer, numbered in the
//! exhibit's order (ordering questions get boxes to number), and its answer
//! key with each explanation and the address of the evidence. Both are
//! pages of their own, prerendered, and print as they are.

use yew::prelude::*;

use crate::core::comparison::marker_style;
use crate::core::content::{Choice, Exhibit, LensId, Question};
use crate::core::messages::{fill, Messages};
use crate::core::quiz::{evidence_address, worksheet_order};
use crate::ui::app::{use_exhibit, use_messages};
use crate::ui::lens_switch::lens_label;
use crate::ui::picture::{picture, state_picture};
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::text::RichText;

#[function_component(WorksheetPage)]
pub fn worksheet_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let intro = html! {
        <>
            <p>{ messages.worksheet_intro }</p>
            <p class="write-in">
                <span>{ messages.name_line }</span><span class="write-line" aria-hidden="true"></span>
                <span>{ messages.date_line }</span><span class="write-line short" aria-hidden="true"></span>
            </p>
        </>
    };
    let answer = |question: &Question| answer_space(&exhibit, messages, question);
    sheet(
        &exhibit,
        "worksheet",
        messages.worksheet,
        intro,
        answer,
        (Route::AnswerKey, messages.answer_key),
    )
}

/// A page of the quiz on paper: its heading and introduction, each question
/// in the exhibit's order with what goes under its prompt, and a link to the
/// other page.
fn sheet(
    exhibit: &Exhibit,
    class: &'static str,
    heading: &'static str,
    intro: Html,
    under_prompt: impl Fn(&Question) -> Html,
    (other, other_name): (Route, &'static str),
) -> Html {
    html! {
        <main id="main" class={classes!("page", class)} tabindex="-1">
            <h1>{ heading }</h1>
            <p class="intro">{ &exhibit.quiz.title }</p>
            { intro }
            <ol class="worksheet-questions">
                { for exhibit.quiz.questions.iter().map(|question| html! {
                    <li key={question.id().to_string()} class="worksheet-question">
                        <p class="worksheet-prompt"><strong>{ question.prompt() }</strong></p>
                        { under_prompt(question) }
                    </li>
                }) }
            </ol>
            <p class="worksheet-links"><Link to={other}>{ other_name }</Link></p>
        </main>
    }
}

/// Boxes to tick or number, each with its words.
fn boxes<'a>(items: impl Iterator<Item = &'a str>, class: &'static str) -> Html {
    html! {
        <ul class={classes!("answer-boxes", class)}>
            { for items.map(|text| html! { <li><span class="answer-box" aria-hidden="true"></span>{ text.to_string() }</li> }) }
        </ul>
    }
}

fn texts(choices: &[Choice]) -> impl Iterator<Item = &str> {
    choices.iter().map(|c| c.text.as_str())
}

/// Where a question is answered on paper.
fn answer_space(exhibit: &Exhibit, messages: &'static Messages, question: &Question) -> Html {
    match question {
        Question::SingleChoice { choices, .. } => html! {
            <>
                <p class="answer-how">{ messages.tick_one }</p>
                { boxes(texts(choices), "tick") }
            </>
        },
        Question::MultipleChoice { choices, .. } => html! {
            <>
                <p class="answer-how">{ messages.tick_all }</p>
                { boxes(texts(choices), "tick") }
            </>
        },
        Question::TrueFalse { .. } => boxes([messages.true_word, messages.false_word].into_iter(), "tick inline"),
        Question::Ordering { id, items, .. } => {
            let order = worksheet_order(id, items);
            html! {
                <>
                    <p class="answer-how">{ messages.number_in_order }</p>
                    { boxes(order.into_iter().map(|i| items[i].text.as_str()), "number") }
                </>
            }
        }
        Question::WhichVoice { claim, .. } => html! {
            <>
                <blockquote class="worksheet-claim"><p>{ claim }</p></blockquote>
                <p class="answer-how">{ messages.tick_one }</p>
                { boxes(LensId::ALL.into_iter().map(|lens| lens_label(messages, lens)), "tick") }
            </>
        },
        Question::SpotTheChange { comparison, state, .. } => {
            let Some(comparison) = exhibit.comparisons.iter().find(|c| &c.id == comparison) else {
                return html! {};
            };
            let Some(state) = comparison.states.iter().find(|s| &s.id == state) else {
                return html! {};
            };
            let places: Vec<_> = comparison.hotspots.iter().filter(|h| h.state == state.id).collect();
            let numbered: Vec<String> = places
                .iter()
                .enumerate()
                .map(|(i, h)| format!("{}. {}", i + 1, h.label))
                .collect();
            html! {
                <>
                    { picture(html! {
                        <div class="stage" style={format!("aspect-ratio:{}/{}", state.width, state.height)}>
                            { state_picture(state, false, true, None, None, crate::core::images::SIZES_SPOT) }
                            { for places.iter().enumerate().map(|(i, h)| html! {
                                <span class="hotspot" aria-hidden="true" style={marker_style(h.x, h.y, state.width, state.height)}>
                                    <span class="hotspot-disc">{ i + 1 }</span>
                                </span>
                            }) }
                        </div>
                    }, &[state], None) }
                    <p class="answer-how">{ messages.tick_one }</p>
                    { boxes(numbered.iter().map(String::as_str), "tick") }
                </>
            }
        }
    }
}

/// The right answer in words.
fn answer_words(exhibit: &Exhibit, messages: &'static Messages, question: &Question) -> String {
    let choice = |choices: &[Choice], id: &str| {
        choices
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.text.clone())
            .unwrap_or_default()
    };
    match question {
        Question::SingleChoice { choices, answer, .. } => choice(choices, answer),
        Question::MultipleChoice { choices, answers, .. } => answers
            .iter()
            .map(|id| choice(choices, id))
            .collect::<Vec<_>>()
            .join("; "),
        Question::TrueFalse { answer, .. } => (if *answer {
            messages.true_word
        } else {
            messages.false_word
        })
        .to_string(),
        Question::Ordering { items, .. } => items
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{}. {}", i + 1, c.text))
            .collect::<Vec<_>>()
            .join("; "),
        Question::WhichVoice { answer, .. } => lens_label(messages, *answer).to_string(),
        Question::SpotTheChange {
            comparison,
            state,
            answer,
            ..
        } => exhibit
            .comparisons
            .iter()
            .find(|c| &c.id == comparison)
            .and_then(|c| {
                c.hotspots
                    .iter()
                    .filter(|h| &h.state == state)
                    .enumerate()
                    .find(|(_, h)| &h.id == answer)
                    .map(|(i, h)| format!("{}. {}", i + 1, h.label))
            })
            .unwrap_or_default(),
    }
}

#[function_component(AnswerKeyPage)]
pub fn answer_key_page() -> Html {
    let exhibit = use_exhibit();
    let messages = use_messages();
    let intro = html! { <p>{ messages.answer_key_intro }</p> };
    let answer = |question: &Question| {
        let evidence = question.evidence();
        let station = exhibit.station(&evidence.station);
        let (route, query) = evidence_address(evidence);
        html! {
            <>
                <p class="answer">{ fill(messages.answer_is, &[&answer_words(&exhibit, messages, question)]) }</p>
                <p><RichText text={question.explanation().to_string()} /></p>
                if let Some(station) = station {
                    <p class="evidence-at">
                        { fill(messages.evidence_at, &[&station.title]) }{ " " }
                        // Printed in full, so a reader of the paper can
                        // type it: `assets/start.js` writes the link's
                        // whole address as its words where the page is
                        // opened; until then, the path.
                        <Link to={route.clone()} query={query.clone()} classes="full-address">{ route.to_path().trim_start_matches('/').to_string() }{ "?" }{ query }</Link>
                    </p>
                }
            </>
        }
    };
    sheet(
        &exhibit,
        "answer-key",
        messages.answer_key,
        intro,
        answer,
        (Route::Worksheet, messages.worksheet),
    )
}
