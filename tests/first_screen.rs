//! The static first screen of `index.html` is drawn before the wasm arrives,
//! so it repeats a few of the interface's words by hand. These tests keep
//! them the interface's words: the header reads the same before and after
//! the exhibit takes over, and nothing moves.
#![cfg(not(target_arch = "wasm32"))]

use secret_speech::core::messages::Language;

fn first_screen() -> String {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html");
    let start = page
        .find(r#"<div id="first-screen">"#)
        .expect("index.html has the first screen");
    let end = page[start..].find("</main>").expect("the first screen has a <main>") + start;
    page[start..end].to_string()
}

#[test]
fn the_header_links_and_labels_are_the_english_interface() {
    let screen = first_screen();
    let en = Language::En.messages();
    for (href, label) in [
        ("#/", en.nav_stations),
        ("#/timeline", en.nav_timeline),
        ("#/glossary", en.nav_glossary),
        ("#/quiz", en.nav_quiz),
    ] {
        let link = format!(r##"<a href="{href}">{label}</a>"##);
        assert!(screen.contains(&link), "the first screen's nav should have {link}");
    }
    assert!(screen.contains(&format!(r#"aria-label="{}""#, en.nav_label)));
    // The phone's one-line header: the menu button keeps its place too.
    assert!(
        screen.contains(&format!(
            r#"class="menu-button" aria-expanded="false" disabled>{}</button>"#,
            en.menu
        )),
        "the first screen should have the menu button"
    );
    for language in Language::ALL {
        let name = language.messages().language_name;
        assert!(
            screen.contains(&format!(">{name}</button>")),
            "the language switch's place should hold {name}"
        );
    }
}

#[test]
fn the_cover_has_the_places_the_build_fills_in() {
    // tools/post-build.mjs writes the exhibit's title and introduction here.
    let screen = first_screen();
    assert!(screen.contains(r##"<p class="site-title"><a href="#/">"##));
    assert!(screen.contains("<h1>"));
    assert!(screen.contains(r#"<p class="intro">"#));
}
