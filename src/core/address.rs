//! Where a page of the exhibit is: the folder the exhibit was deployed to
//! (any sub-path of any host, or a folder on disk), the language, and the
//! view. Every view is a real file, `<language/>view/index.html`, written
//! at build time; these are the rules that name those files, shared by the
//! prerender (which writes them) and the app (which reads its address).
//! `assets/start.js` follows the same rules before any Rust has loaded.

use super::lens::StationView;
use super::messages::Language;

/// The folder a language's pages live in, relative to the exhibit's root:
/// English at the root, so the plain address is the English home; every
/// other language under its code.
pub fn language_folder(language: Language) -> &'static str {
    match language {
        Language::En => "",
        Language::Ru => "ru/",
    }
}

/// The language and view of `path` (an address's path), given the root
/// folder's path `root` (ending in `/`). The view keeps its leading `/`, as
/// the router reads it: `/station/x/speech/`.
pub fn locate<'a>(root: &str, path: &'a str) -> (Language, &'a str) {
    let inside = path.strip_prefix(root.trim_end_matches('/')).unwrap_or(path);
    for language in Language::ALL {
        let folder = language_folder(language);
        if folder.is_empty() {
            continue;
        }
        let name = folder.trim_end_matches('/');
        if let Some(rest) = inside.strip_prefix('/').and_then(|rest| rest.strip_prefix(name)) {
            if rest.is_empty() || rest.starts_with('/') {
                return (language, if rest.is_empty() { "/" } else { rest });
            }
        }
    }
    (Language::En, if inside.is_empty() { "/" } else { inside })
}

/// The router's base for `language`: the root's path plus the language's
/// folder, without a trailing `/` (a view's path starts with one).
pub fn basename(root: &str, language: Language) -> String {
    format!("{}{}", root, language_folder(language))
        .trim_end_matches('/')
        .to_string()
}

/// The prerendered file of a view, relative to the exhibit's root:
/// `view` is a router path such as `/station/x/speech/` (with any query
/// after it), and the file is the folder's `index.html`, named in full so
/// the link also opens from disk, where a folder shows as a listing.
pub fn page_file(language: Language, view: &str) -> String {
    let (path, query) = match view.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (view, None),
    };
    let folder = path.trim_start_matches('/');
    let folder = if folder.is_empty() || folder.ends_with('/') {
        folder.to_string()
    } else {
        format!("{folder}/")
    };
    let file = format!("{}{folder}index.html", language_folder(language));
    match query {
        Some(query) if !query.is_empty() => format!("{file}?{query}"),
        _ => file,
    }
}

/// The `<base href>` of a page at `file` (relative to the root): one `../`
/// per folder, so every relative address in the page, and the router's
/// base, resolve to the exhibit's root wherever it was deployed.
pub fn root_from(file: &str) -> String {
    let depth = file.split('?').next().unwrap_or(file).matches('/').count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// The exhibit's views, as an address names them from the language's
/// folder (`/station/x/speech/`). Every path ends in `/`: each view is the
/// folder of its prerendered file. Ids are slugs (the checker holds them to
/// lowercase ASCII, digits and `-`), so a path needs no percent-encoding.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Home,
    /// A station in the visitor's last lens.
    Station {
        id: String,
    },
    /// A station in a named view: a lens slug or `compare`.
    StationView {
        id: String,
        view: String,
    },
    Timeline,
    Glossary,
    Quiz,
    /// The quiz on paper, and its answers.
    Worksheet,
    AnswerKey,
    /// The whole exhibit as one printable reader.
    Handout,
    Accessibility,
    /// Kiosk mode's resting screen, which invites the next visitor.
    Attract,
    NotFound,
}

impl Route {
    pub fn station(id: &str, view: StationView) -> Route {
        Route::StationView {
            id: id.to_string(),
            view: view.slug().to_string(),
        }
    }

    /// The view's path from the language's folder.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Station { id } => format!("/station/{id}/"),
            Route::StationView { id, view } => format!("/station/{id}/{view}/"),
            Route::Timeline => "/timeline/".to_string(),
            Route::Glossary => "/glossary/".to_string(),
            Route::Quiz => "/quiz/".to_string(),
            Route::Worksheet => "/quiz/worksheet/".to_string(),
            Route::AnswerKey => "/quiz/answers/".to_string(),
            Route::Handout => "/handout/".to_string(),
            Route::Accessibility => "/accessibility/".to_string(),
            Route::Attract => "/attract/".to_string(),
            Route::NotFound => "/not-found/".to_string(),
        }
    }

    /// A page the app leaves as it was prerendered: complete without it
    /// (pages to print, and kiosk mode's attract screen, whose pictures
    /// move by CSS), so the wasm carries none of their code, the app does
    /// not start there, and a link to one loads it. `assets/start.js` and
    /// the e2e fixture (`tests/e2e/support.js`) know the same paths.
    pub fn left_prerendered(&self) -> bool {
        matches!(
            self,
            Route::Worksheet | Route::AnswerKey | Route::Handout | Route::Attract
        )
    }

    /// The view a path from the language's folder names; the trailing `/`
    /// and a file name `index.html` (a page opened by its file) are
    /// optional. Anything else is not found.
    pub fn recognize(path: &str) -> Route {
        let path = path.strip_suffix("/index.html").unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route::Home;
        }
        if path.split('/').any(str::is_empty) {
            return Route::NotFound;
        }
        let mut parts = path.split('/');
        let parts: [Option<&str>; 4] = std::array::from_fn(|_| parts.next());
        match parts {
            [Some("timeline"), None, ..] => Route::Timeline,
            [Some("glossary"), None, ..] => Route::Glossary,
            [Some("quiz"), None, ..] => Route::Quiz,
            [Some("quiz"), Some("worksheet"), None, _] => Route::Worksheet,
            [Some("quiz"), Some("answers"), None, _] => Route::AnswerKey,
            [Some("handout"), None, ..] => Route::Handout,
            [Some("accessibility"), None, ..] => Route::Accessibility,
            [Some("attract"), None, ..] => Route::Attract,
            [Some("station"), Some(id), None, _] => Route::Station { id: id.to_string() },
            [Some("station"), Some(id), Some(view), None] => Route::StationView {
                id: id.to_string(),
                view: view.to_string(),
            },
            _ => Route::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let routes = [
            Route::Home,
            Route::Station {
                id: "the-speech".into(),
            },
            Route::StationView {
                id: "the-speech".into(),
                view: "compare".into(),
            },
            Route::Timeline,
            Route::Glossary,
            Route::Quiz,
            Route::Worksheet,
            Route::AnswerKey,
            Route::Handout,
            Route::Accessibility,
            Route::Attract,
            Route::NotFound,
        ];
        for route in routes {
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
    }

    #[test]
    fn the_pages_to_print_and_the_attract_screen_are_left_as_prerendered() {
        let left: Vec<String> = [
            "/",
            "/station/x/",
            "/quiz/",
            "/quiz/worksheet/",
            "/quiz/answers/",
            "/handout/",
            "/attract/",
            "/glossary/",
        ]
        .into_iter()
        .filter(|path| Route::recognize(path).left_prerendered())
        .map(String::from)
        .collect();
        assert_eq!(left, ["/quiz/worksheet/", "/quiz/answers/", "/handout/", "/attract/"]);
    }

    #[test]
    fn a_path_may_drop_its_last_slash_or_name_its_file() {
        assert_eq!(Route::recognize(""), Route::Home);
        assert_eq!(Route::recognize("/index.html"), Route::Home);
        assert_eq!(Route::recognize("/quiz"), Route::Quiz);
        assert_eq!(Route::recognize("/station/x"), Route::Station { id: "x".into() });
        assert_eq!(
            Route::recognize("/station/x/speech/index.html"),
            Route::StationView {
                id: "x".into(),
                view: "speech".into()
            }
        );
    }

    #[test]
    fn any_other_path_is_not_found() {
        for path in [
            "/nowhere/",
            "/quiz/extra/",
            "/station/",
            "/station/x/speech/more/",
            "/not-found/",
            "//quiz/",
            "/station//x/",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn a_view_is_found_under_any_root_and_in_its_language() {
        assert_eq!(locate("/", "/"), (Language::En, "/"));
        assert_eq!(locate("/", "/station/x/speech/"), (Language::En, "/station/x/speech/"));
        assert_eq!(locate("/c/ex/", "/c/ex/ru/station/x/"), (Language::Ru, "/station/x/"));
        assert_eq!(locate("/c/ex/", "/c/ex/ru/"), (Language::Ru, "/"));
        assert_eq!(locate("/c/ex/", "/c/ex/ru"), (Language::Ru, "/"));
        assert_eq!(locate("/c/ex/", "/c/ex/"), (Language::En, "/"));
        // A station whose id starts like a language folder stays English.
        assert_eq!(locate("/", "/rural/"), (Language::En, "/rural/"));
    }

    #[test]
    fn the_router_base_is_the_root_and_the_language_folder() {
        assert_eq!(basename("/", Language::En), "");
        assert_eq!(basename("/", Language::Ru), "/ru");
        assert_eq!(basename("/c/ex/", Language::En), "/c/ex");
        assert_eq!(basename("/c/ex/", Language::Ru), "/c/ex/ru");
    }

    #[test]
    fn every_view_is_an_index_file_in_its_folder() {
        assert_eq!(page_file(Language::En, "/"), "index.html");
        assert_eq!(page_file(Language::Ru, "/"), "ru/index.html");
        assert_eq!(
            page_file(Language::En, "/station/x/speech/"),
            "station/x/speech/index.html"
        );
        assert_eq!(page_file(Language::Ru, "/quiz"), "ru/quiz/index.html");
        assert_eq!(
            page_file(Language::En, "/station/x/?from=quiz"),
            "station/x/index.html?from=quiz"
        );
    }

    #[test]
    fn a_page_finds_the_root_one_folder_up_per_folder_down() {
        assert_eq!(root_from("index.html"), "./");
        assert_eq!(root_from("quiz/index.html"), "../");
        assert_eq!(root_from("ru/station/x/speech/index.html"), "../../../../");
        assert_eq!(root_from("station/x/index.html?a=b/c"), "../../");
    }
}
