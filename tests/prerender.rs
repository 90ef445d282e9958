//! The prerendered pages (src/ui/prerender.rs, written by src/bin/prerender.rs):
//! every view drawn natively by the app's own components, with links that
//! work from the page's folder, on any host path and from disk.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use secret_speech::core::address;
use secret_speech::core::check;
use secret_speech::core::content::{Exhibit, LensId};
use secret_speech::core::images::ImageFile;
use secret_speech::core::lens::StationView;
use secret_speech::core::messages::Language;
use secret_speech::core::moment::Moment;
use secret_speech::ui::prerender::{self, Page};
use secret_speech::ui::route::{self, Route};

fn exhibit(language: Language) -> Rc<Exhibit> {
    let name = format!("assets/exhibit/{}.json", language.code());
    let text = std::fs::read_to_string(format!("{}/{name}", env!("CARGO_MANIFEST_DIR"))).expect("the content file");
    Rc::new(check::load(&name, &text, &|_| ImageFile::Unknown).expect("the shipped content is sound"))
}

/// The page's `<h1>`, as text.
fn heading(html: &str) -> &str {
    let start = html.find("<h1").expect("a heading");
    let start = start + html[start..].find('>').unwrap() + 1;
    &html[start..start + html[start..].find("</h1>").unwrap()]
}

/// A head as Trunk writes it: minified, with the code and style links.
const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><base href=\"./\"><title>Old</title>\
<meta content='Old words' name=description><script src=start.js></script></head><body>\
<div id=first-screen><main><p>Loading</p></main></div><div id=app></div></body></html>";

#[test]
fn every_view_in_every_language_is_drawn_with_its_own_heading() {
    for language in Language::ALL {
        let exhibit = exhibit(language);
        let views = prerender::views(&exhibit);
        // Home, 5 views of each station, timeline, glossary, quiz, worksheet,
        // answer key, handout, accessibility, attract screen, not found.
        assert_eq!(views.len(), 1 + 5 * exhibit.stations.len() + 9);
        for view in &views {
            let html = prerender::render(exhibit.clone(), language, view, Moment::Today);
            let expected = match view {
                Route::Home => exhibit.title.clone(),
                Route::Station { id } | Route::StationView { id, .. } => exhibit.station(id).unwrap().title.clone(),
                Route::Quiz => exhibit.quiz.title.clone(),
                _ => String::new(),
            };
            assert!(!heading(&html).is_empty(), "{view:?} in {language:?} has a heading");
            if !expected.is_empty() {
                assert_eq!(
                    heading(&html),
                    expected.replace('&', "&amp;"),
                    "{view:?} in {language:?}"
                );
            }
            // The shell is the app's: its header and footer (but on the
            // attract screen, which is the whole screen), and no hydration markers.
            let shell = html.contains("class=\"site-header\"") && html.contains("class=\"site-footer\"");
            assert_eq!(shell, *view != Route::Attract, "{view:?} in {language:?}");
            assert!(!html.contains("<!--<[]>-->"), "plain HTML, not hydration markup");
        }
    }
}

#[test]
fn a_lens_page_shows_that_account_and_marks_it_current() {
    let exhibit = exhibit(Language::En);
    let station = &exhibit.stations[0];
    let view = Route::station(&station.id, StationView::Lens(LensId::Historians));
    let html = prerender::render(exhibit.clone(), Language::En, &view, Moment::Today);
    assert!(html.contains(&format!(
        "<a href=\"/station/{}/historians/\" aria-current=\"page\" class=\"lens-option lens-historians checked\">",
        station.id
    )));
    assert!(html.contains("You are reading"));
}

#[test]
fn the_handout_as_of_a_moment_says_so_and_links_to_its_page_of_today() {
    let exhibit = exhibit(Language::En);
    let html = prerender::render(exhibit.clone(), Language::En, &Route::Handout, Moment::Y1938);
    assert!(html.contains("You are reading in 1938."));
    // No app runs there to change the moment in place: a link does.
    assert!(
        html.contains("<a href=\"/handout/\" class=\"today-link\">Back to today</a>"),
        "{html}"
    );
    // Its other links read as of 1938, and what a reader then could not know is blacked out.
    assert!(html.contains("href=\"/timeline/?as-of=1938\""));
    assert!(html.matches("class=\"redaction\"").count() > 10);
    let today = prerender::render(exhibit.clone(), Language::En, &Route::Handout, Moment::Today);
    assert!(!today.contains("class=\"redaction\"") && !today.contains("today-link"));
}

#[test]
fn links_become_files_beside_the_page_and_the_page_names_its_view() {
    let exhibit = exhibit(Language::Ru);
    let station = &exhibit.stations[1];
    let view = Route::station(&station.id, StationView::Lens(LensId::Speech));
    let file = address::page_file(Language::Ru, &view.to_path());
    assert_eq!(file, format!("ru/station/{}/speech/index.html", station.id));
    let body = prerender::render(exhibit.clone(), Language::Ru, &view, Moment::Today);
    let page = Page {
        language: Language::Ru,
        title: &route::title(&exhibit, Language::Ru.messages(), &view),
        description: "Слова & «кавычки» <b>",
        file: &file,
        body: &body,
    }
    .fill(TEMPLATE);
    assert!(page.starts_with("<!doctype html><html lang=\"ru\"><meta charset=utf-8><base href=\"../../../../\">"));
    assert_eq!(page.matches("<base ").count(), 1);
    assert!(page.contains(&format!("<title>{} (", station.title)));
    assert!(page.contains("<meta name=\"description\" content=\"Слова &amp; «кавычки» &lt;b&gt;\">"));
    assert!(!page.contains("Old words") && !page.contains("Loading"));
    // Every link from the root is now a file relative to the base…
    assert!(!page.contains("href=\"/"), "no link is left absolute");
    assert!(page.contains("href=\"ru/index.html\""));
    assert!(page.contains(&format!("href=\"ru/station/{}/historians/index.html\"", station.id)));
    // …the language link goes to the English twin…
    assert!(page.contains(&format!(
        "href=\"station/{}/speech/index.html\" lang=\"en\"",
        station.id
    )));
    // …and a link within the page names the page, which the base would otherwise replace.
    assert!(page.contains(&format!("href=\"{file}#main\"")));
    assert!(page.ends_with("<div id=\"app\"></div></body></html>"));
}

#[test]
fn filling_a_filled_page_again_gives_the_same_page() {
    let exhibit = exhibit(Language::En);
    let body = prerender::render(exhibit.clone(), Language::En, &Route::Timeline, Moment::Today);
    let page = |template: &str| {
        Page {
            language: Language::En,
            title: "Timeline",
            description: "d",
            file: "timeline/index.html",
            body: &body,
        }
        .fill(template)
    };
    let once = page(TEMPLATE);
    assert_eq!(page(&once), once);
}
