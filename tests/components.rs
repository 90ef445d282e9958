//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts
//! into a fresh element and awaits Yew's scheduler rather than sleeping.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use secret_speech::browser::panic::{show_crash_notice, NOTICE_ID};
use secret_speech::core::check::Problem;
use secret_speech::ui::pages::{ContentError, ContentErrorProps};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
fn a_panic_leaves_a_visible_notice_with_a_reload_button() {
    show_crash_notice();
    show_crash_notice();
    let document = gloo::utils::document();
    let notices = document.query_selector_all(&format!("#{NOTICE_ID}")).unwrap();
    assert_eq!(notices.length(), 1, "a second panic must not stack a second notice");
    let notice = document.get_element_by_id(NOTICE_ID).unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice.text_content().unwrap().contains("Something went wrong"));
    let button = notice.query_selector("button").unwrap().expect("a reload button");
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    notice.remove();
}

#[wasm_bindgen_test]
async fn the_content_error_page_names_file_line_and_field() {
    let root = fresh_root();
    let problems = Rc::new(vec![Problem {
        file: "assets/exhibit/en.json".into(),
        line: 12,
        column: 7,
        path: "stations[0].titel".into(),
        message: "unknown field `titel`".into(),
    }]);
    yew::Renderer::<ContentError>::with_root_and_props(root.clone(), ContentErrorProps { problems }).render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("assets/exhibit/en.json:12:7"), "{text}");
    assert!(text.contains("stations[0].titel"), "{text}");
    assert!(text.contains("1 problem."), "{text}");
    assert_eq!(
        root.query_selector("h1").unwrap().unwrap().text_content().unwrap(),
        "The exhibit's content could not be shown"
    );
}
