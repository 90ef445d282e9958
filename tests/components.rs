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
fn the_crash_notice_shows_once_with_a_reload_button_that_needs_no_wasm() {
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
    // After a panic the wasm has aborted, so no wasm closure may be behind
    // the button: its click is the browser's own `location.reload` (added as
    // a listener), and no `onclick` handler calls into the module.
    let onclick = js_sys::Reflect::get(&button, &"onclick".into()).unwrap();
    assert!(onclick.is_null(), "the Reload button must not call into the wasm");
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
    assert!(text.contains("Problems found in the content file: 1."), "{text}");
    assert_eq!(
        root.query_selector("h1").unwrap().unwrap().text_content().unwrap(),
        "The exhibit's content could not be shown"
    );
}

mod comparison_slider {
    use super::*;
    use secret_speech::core::check::load;
    use secret_speech::core::images::ImageFile;
    use secret_speech::ui::comparison::ComparisonFigure;
    use secret_speech::ui::router::Router;
    use secret_speech::ui::ExhibitHandle;
    use wasm_bindgen::JsCast;
    use yew::prelude::*;

    #[function_component(Harness)]
    fn harness() -> Html {
        let exhibit = use_memo((), |_| {
            let text = include_str!("fixtures/exhibit/minimal.json");
            ExhibitHandle(Rc::new(
                load("minimal.json", text, &|_| ImageFile::Unknown).expect("the fixture is sound"),
            ))
        });
        html! {
            <ContextProvider<ExhibitHandle> context={(*exhibit).clone()}>
                <Router base="" memory={Some(AttrValue::from("/station/first/speech"))}>
                    <ComparisonFigure comparison={0} />
                </Router>
            </ContextProvider<ExhibitHandle>>
        }
    }

    async fn mounted() -> web_sys::Element {
        let root = fresh_root();
        yew::Renderer::<Harness>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        root
    }

    fn slider(root: &web_sys::Element) -> web_sys::HtmlElement {
        root.query_selector("[role=slider]")
            .unwrap()
            .expect("a slider")
            .dyn_into()
            .unwrap()
    }

    fn top_layer_style(root: &web_sys::Element) -> String {
        root.query_selector(".state-layer.top")
            .unwrap()
            .unwrap()
            .get_attribute("style")
            .unwrap_or_default()
    }

    fn key(target: &web_sys::HtmlElement, key: &str, shift: bool) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_shift_key(shift);
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
    }

    /// A primary pointer's `kind` event on the stage, at `fraction` of its
    /// width and half its height.
    fn pointer(stage: &web_sys::Element, kind: &str, fraction: f64) {
        let rect = stage.get_bounding_client_rect();
        let init = web_sys::PointerEventInit::new();
        init.set_pointer_id(1);
        init.set_is_primary(true);
        init.set_bubbles(true);
        init.set_client_x((rect.left() + rect.width() * fraction) as i32);
        init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
        let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
        stage.dispatch_event(&event).unwrap();
    }

    #[wasm_bindgen_test]
    async fn keys_move_the_divider_and_its_aria_values() {
        let root = mounted().await;
        let divider = slider(&root);
        assert_eq!(divider.get_attribute("aria-valuenow").as_deref(), Some("50"));
        assert_eq!(divider.get_attribute("aria-orientation").as_deref(), Some("horizontal"));
        key(&divider, "ArrowRight", false);
        yew::scheduler::flush().await;
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("51"));
        key(&slider(&root), "ArrowLeft", true);
        yew::scheduler::flush().await;
        let divider = slider(&root);
        assert_eq!(divider.get_attribute("aria-valuenow").as_deref(), Some("41"));
        assert_eq!(
            divider.get_attribute("aria-valuetext").as_deref(),
            Some("41% Before, 59% After")
        );
        assert!(
            top_layer_style(&root).contains("inset(0 59% 0 0)"),
            "{}",
            top_layer_style(&root)
        );
        key(&divider, "End", false);
        yew::scheduler::flush().await;
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("100"));
        key(&slider(&root), "Home", false);
        yew::scheduler::flush().await;
        assert_eq!(
            slider(&root).get_attribute("aria-valuetext").as_deref(),
            Some("all After")
        );
    }

    /// Two events may come before the next drawing: each moves the divider
    /// from where the one before left it, not from where it was drawn.
    #[wasm_bindgen_test]
    async fn events_before_a_redraw_each_move_from_the_last() {
        let root = mounted().await;
        let divider = slider(&root);
        key(&divider, "ArrowRight", false);
        key(&divider, "ArrowRight", false);
        yew::scheduler::flush().await;
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("52"));
        root.set_attribute("style", "width:400px").unwrap();
        yew::scheduler::flush().await;
        let stage = root.query_selector(".stage").unwrap().unwrap();
        pointer(&stage, "pointerdown", 0.5);
        pointer(&stage, "pointermove", 0.3);
        pointer(&stage, "pointerup", 0.3);
        yew::scheduler::flush().await;
        // The drag's end keeps where it ended; it does not snap back.
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("30"));
    }

    #[wasm_bindgen_test]
    async fn a_pointer_drag_moves_only_the_clip_and_the_divider() {
        let root = mounted().await;
        // Give the stage a known size so pointer positions map to percents.
        root.set_attribute("style", "width:400px").unwrap();
        yew::scheduler::flush().await;
        let stage = root.query_selector(".stage").unwrap().unwrap();
        pointer(&stage, "pointerdown", 0.5);
        pointer(&stage, "pointermove", 0.3);
        pointer(&stage, "pointermove", 0.25);
        yew::scheduler::flush().await;
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("25"));
        assert!(
            top_layer_style(&root).contains("inset(0 75% 0 0)"),
            "{}",
            top_layer_style(&root)
        );
        let divider_style = root
            .query_selector(".divider")
            .unwrap()
            .unwrap()
            .get_attribute("style")
            .unwrap();
        assert_eq!(divider_style, "transform:translateX(25%)");
        pointer(&stage, "pointerup", 0.25);
        // After the pointer is released, moves no longer drag.
        pointer(&stage, "pointermove", 0.9);
        yew::scheduler::flush().await;
        assert_eq!(slider(&root).get_attribute("aria-valuenow").as_deref(), Some("25"));
    }
}
