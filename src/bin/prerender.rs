//! Writes every view of a built exhibit as its own HTML file, drawn by the
//! app's own components (`ui::prerender`): a visitor gets the page at once,
//! reads and moves through the exhibit before the wasm arrives, with no
//! script, or from a folder on disk; the app then draws the same page in
//! its place (`ui::start`).
//!
//!   prerender DIR
//!
//! DIR is a Trunk build: its `index.html` is the template (Trunk's head,
//! with the code and style links) and `assets/exhibit/<lang>.json` the
//! content. `tools/post-build.mjs` runs this before it writes the policy,
//! the build stamp and the service worker, which then cover every page.
//! It also makes the smaller copies of every scan the content names
//! (`build::images`), kept between builds in `target/scan-variants`, and
//! kiosk mode's take-home codes when the content names a public address.
//! Running it twice on one folder gives the same result.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;
    use std::rc::Rc;

    use secret_speech::build::images::make_variants;
    use secret_speech::build::take_home::code_svg;
    use secret_speech::core::address;
    use secret_speech::core::check;
    use secret_speech::core::images::is_raster;
    use secret_speech::core::kiosk::{take_home_code_file, take_home_url};
    use secret_speech::core::messages::Language;
    use secret_speech::core::moment::{moment_path, Moment};
    use secret_speech::ui::{prerender, route};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: prerender DIR   (a built exhibit, e.g. dist)");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    let template = match std::fs::read_to_string(dir.join("index.html")) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("prerender: {}/index.html: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let mut written = 0;
    let mut variants = 0;
    let mut codes = 0;
    let mut scans = std::collections::BTreeSet::new();
    let cache = Path::new(&std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into())).join("scan-variants");
    for language in Language::ALL {
        let name = format!("assets/exhibit/{}.json", language.code());
        let text = match std::fs::read_to_string(dir.join(&name)) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("prerender: {name}: {error}");
                return ExitCode::FAILURE;
            }
        };
        // The same checks as exhibit-check and the app: a page is never
        // drawn from content the app would refuse, nor from images that
        // are missing or not what the content says.
        let assets = dir.join("assets");
        let image_file = |image: &str| secret_speech::build::images::probe(&assets, image);
        let exhibit = match check::load(&name, &text, &image_file) {
            Ok(exhibit) => Rc::new(exhibit),
            Err(problems) => {
                for problem in &problems {
                    eprintln!("{problem}");
                }
                eprintln!("prerender: {name} has {} problem(s); no pages written", problems.len());
                return ExitCode::FAILURE;
            }
        };
        for state in exhibit.comparisons.iter().flat_map(|c| &c.states) {
            let key = (state.image.clone(), state.crop.map(|c| (c.x, c.y, c.width, c.height)));
            if is_raster(&state.image) && scans.insert(key) {
                match make_variants(&assets, state, &cache) {
                    Ok(made) => variants += made.len(),
                    Err(error) => {
                        eprintln!("prerender: copies of a scan: {error}");
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
        // Kiosk mode's take-home codes, one per station, named by address.
        if let Some(public_url) = &exhibit.kiosk.public_url {
            for station in &exhibit.stations {
                let url = take_home_url(public_url, language, &station.id);
                let path = dir.join(take_home_code_file(&url));
                let made = code_svg(&url).and_then(|svg| {
                    path.parent()
                        .map_or(Ok(()), std::fs::create_dir_all)
                        .and_then(|()| std::fs::write(&path, svg))
                        .map_err(|error| format!("{}: {error}", path.display()))
                });
                if let Err(error) = made {
                    eprintln!("prerender: take-home code: {error}");
                    return ExitCode::FAILURE;
                }
                codes += 1;
            }
        }
        let messages = language.messages();
        // Every view as of today; the handout and the attract screen also as
        // of each past moment, in a folder named for it (`handout/1938/`).
        let today = prerender::views(&exhibit).into_iter().map(|view| (view, Moment::Today));
        let past = prerender::moment_views().into_iter().flat_map(|view| {
            Moment::ALL
                .into_iter()
                .filter(|m| *m != Moment::Today)
                .map(move |m| (view.clone(), m))
        });
        for (view, moment) in today.chain(past) {
            let file = address::page_file(language, &moment_path(&view.to_path(), moment));
            let body = prerender::render(exhibit.clone(), language, &view, moment);
            let title = route::title(&exhibit, messages, &view);
            let title = match moment {
                Moment::Today => title,
                _ => format!("{title} ({} {})", messages.reading_in, messages.moments[moment.index()]),
            };
            let page = prerender::Page {
                language,
                title: &title,
                description: route::description(&exhibit, &view),
                file: &file,
                body: &body,
            };
            let path = dir.join(&file);
            let written_ok = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, page.fill(&template)));
            if let Err(error) = written_ok {
                eprintln!("prerender: {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
            written += 1;
        }
    }
    println!(
        "prerender: {written} pages written; {variants} copies of {} scan(s); {codes} take-home code(s)",
        scans.len()
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
