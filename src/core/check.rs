//! The content checker: everything that can be wrong with an exhibit file,
//! each problem named by file, line, column and field path, with a fix.
//!
//! The native `exhibit-check` tool and the app's loader both call [`load`], so
//! a curator sees the same messages in the terminal and on the error page.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

use super::content::*;
use super::decode;
use super::images::{self, ImageFile};
use super::marks;
use super::moment::{self, Day};
use super::spans::{index, member, Position, Spans};

/// One thing wrong with a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Field path such as `stations[2].lenses.official[0].sources[1]`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "(document)" } else { &self.path };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, path, self.message
        )
    }
}

/// Parses and checks one content file. `image_file` says what an image
/// path (relative to `assets/`) names; the app, which cannot cheaply ask,
/// answers `ImageFile::Unknown` and lets a missing image show its alt text.
pub fn load(file: &str, text: &str, image_file: &dyn Fn(&str) -> ImageFile) -> Result<Exhibit, Vec<Problem>> {
    let value = parse(file, text)?;
    examine(file, text, &value, image_file)
}

/// The first half of `load`: the file as JSON, or its syntax error. The app
/// lets the browser have a turn between the halves.
pub fn parse(file: &str, text: &str) -> Result<Value, Vec<Problem>> {
    serde_json::from_str(text).map_err(|error| {
        vec![Problem {
            file: file.to_string(),
            line: error.line().max(1),
            column: char_column(text, error.line(), error.column()).max(1),
            path: String::new(),
            message: syntax_message(&error),
        }]
    })
}

/// The second half of `load`: the parsed file `value` (of `text`) as an
/// exhibit, or every problem in it.
pub fn examine(
    file: &str,
    text: &str,
    value: &Value,
    image_file: &dyn Fn(&str) -> ImageFile,
) -> Result<Exhibit, Vec<Problem>> {
    let mut report = CheckReport {
        file,
        text,
        spans: None,
        problems: Vec::new(),
    };
    for path in Spans::duplicate_keys(text) {
        report.problem(
            &path,
            "appears twice in the same object; keep one (the last one would silently win)",
        );
    }
    report.empty_strings(value, "");
    let mut found = Vec::new();
    let exhibit = decode::exhibit(value, &mut found);
    for (path, message) in found {
        report.problem(&path, message);
    }
    if let Some(exhibit) = &exhibit {
        Checks::new(&mut report, exhibit, image_file).run();
    }
    match exhibit {
        Some(exhibit) if report.problems.is_empty() => Ok(exhibit),
        _ => {
            super::order::sort_by(&mut report.problems, |a, b| (a.line, a.column).cmp(&(b.line, b.column)));
            report.problems.dedup();
            Err(report.problems)
        }
    }
}

/// serde_json counts columns in bytes; every other column here counts
/// characters, as editors do, so a line of Russian text does not push the
/// column of a syntax error to the right.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let before = line.char_indices().take_while(|(i, _)| *i < byte_column).count();
    before + byte_column.saturating_sub(line.len())
}

fn syntax_message(error: &serde_json::Error) -> String {
    // serde_json's own text ends with " at line L column C"; we print those in front.
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => &text,
    };
    format!("the file is not valid JSON ({text}); look for a missing comma, quote or bracket just before here")
}

struct CheckReport<'a> {
    file: &'a str,
    text: &'a str,
    /// Every value's position: scanned only once there is a problem to
    /// place, since a sound file (every visit's case) never needs it.
    spans: Option<Spans>,
    problems: Vec<Problem>,
}

impl CheckReport<'_> {
    fn locate(&mut self, path: &str) -> Position {
        let text = self.text;
        self.spans.get_or_insert_with(|| Spans::scan(text)).locate(path)
    }

    fn problem(&mut self, path: &str, message: impl Into<String>) {
        let Position { line, column } = self.locate(path);
        self.problems.push(Problem {
            file: self.file.to_string(),
            line,
            column,
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// Every string in the format carries words a visitor reads or an id;
    /// none may be blank (optional ones are left out instead).
    fn empty_strings(&mut self, value: &Value, path: &str) {
        match value {
            Value::String(s) if s.trim().is_empty() => {
                self.problem(path, "is empty; write the text, or remove the field if it is optional")
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.empty_strings(item, &index(path, i));
                }
            }
            Value::Object(members) => {
                for (key, item) in members {
                    self.empty_strings(item, &member(path, key));
                }
            }
            _ => {}
        }
    }
}

/// The checks beyond the format: ids, references, files, geometry, answer keys.
struct Checks<'r, 'a, 'e> {
    report: &'r mut CheckReport<'a>,
    exhibit: &'e Exhibit,
    image_file: &'e dyn Fn(&str) -> ImageFile,
    sources: HashSet<&'e str>,
    stations: HashSet<&'e str>,
    comparisons: HashMap<&'e str, &'e Comparison>,
    terms: HashSet<&'e str>,
}

impl<'r, 'a, 'e> Checks<'r, 'a, 'e> {
    fn new(report: &'r mut CheckReport<'a>, exhibit: &'e Exhibit, image_file: &'e dyn Fn(&str) -> ImageFile) -> Self {
        let terms = exhibit
            .stations
            .iter()
            .flat_map(|s| &s.glossary)
            .map(|t| t.id.as_str())
            .collect();
        Checks {
            report,
            exhibit,
            image_file,
            sources: exhibit.sources.iter().map(|s| s.id.as_str()).collect(),
            stations: exhibit.stations.iter().map(|s| s.id.as_str()).collect(),
            comparisons: exhibit.comparisons.iter().map(|c| (c.id.as_str(), c)).collect(),
            terms,
        }
    }

    fn run(mut self) {
        let exhibit = self.exhibit;
        self.ids();
        if exhibit.stations.is_empty() {
            self.report
                .problem("stations", "has no stations; an exhibit needs at least one");
        }
        for (i, station) in exhibit.stations.iter().enumerate() {
            self.station(station, &index("stations", i));
        }
        for (i, comparison) in exhibit.comparisons.iter().enumerate() {
            self.comparison(comparison, &index("comparisons", i));
        }
        for (i, event) in exhibit.timeline.iter().enumerate() {
            let path = index("timeline", i);
            if !is_sortable_date(&event.date) {
                self.report.problem(
                    &member(&path, "date"),
                    format!("`{}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", event.date),
                );
            }
            self.known(&event.known, Some(&event.date), &path);
            if let Some(station) = &event.station {
                self.station_ref(station, &member(&path, "station"));
            }
            self.text(&event.text, &member(&path, "text"));
            self.source_list(&event.sources, &member(&path, "sources"));
        }
        for (i, source) in exhibit.sources.iter().enumerate() {
            if let Some(published) = &source.published {
                if !is_sortable_date(published) {
                    self.report.problem(
                        &member(&index("sources", i), "published"),
                        format!("`{published}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
                    );
                }
            }
            if let Some(url) = &source.url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.report.problem(
                        &member(&index("sources", i), "url"),
                        format!("`{url}` is not a web address; it must start with https:// (or http://)"),
                    );
                }
            }
        }
        self.quiz();
        self.kiosk();
    }

    /// A kiosk's idle time a visitor can live with, and a public address a
    /// phone can open: each station's code is that address plus the
    /// station's own path.
    fn kiosk(&mut self) {
        let kiosk = &self.exhibit.kiosk;
        if !(MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS).contains(&kiosk.idle_seconds) {
            self.report.problem(
                "kiosk.idle_seconds",
                format!(
                    "{} seconds is outside {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS}; a shorter wait resets a visitor who is still reading, a longer one leaves the last visit on the screen",
                    kiosk.idle_seconds
                ),
            );
        }
        if let Some(url) = &kiosk.public_url {
            let web = url.starts_with("https://") || url.starts_with("http://");
            if !web || !url.ends_with('/') || url.contains(|c: char| c.is_whitespace() || c == '?' || c == '#') {
                self.report.problem(
                    "kiosk.public_url",
                    format!(
                        "`{url}` is not the address of a folder; write it as https://… ending in /, without ? or #"
                    ),
                );
            }
        }
    }

    /// Ids must be unique where they are looked up, and URL-safe where they
    /// appear in links.
    fn ids(&mut self) {
        let exhibit = self.exhibit;
        let mut global: Vec<(String, &str)> = Vec::new();
        for (i, s) in exhibit.stations.iter().enumerate() {
            let path = index("stations", i);
            global.push((member(&path, "id"), &s.id));
            for lens in LensId::ALL {
                let lens_path = member(&member(&path, "lenses"), lens.slug());
                for (j, claim) in s.lenses.claims(lens).iter().enumerate() {
                    global.push((member(&index(&lens_path, j), "id"), &claim.id));
                }
            }
            for (j, term) in s.glossary.iter().enumerate() {
                global.push((member(&index(&member(&path, "glossary"), j), "id"), &term.id));
            }
        }
        // Stations, claims and glossary terms share one namespace: all three
        // are linked to by bare id from text and from the quiz.
        self.unique(&global, "the exhibit");
        let list = |name: &str, ids: Vec<&'e str>| -> Vec<(String, &'e str)> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (member(&index(name, i), "id"), id))
                .collect()
        };
        let comparisons = list(
            "comparisons",
            exhibit.comparisons.iter().map(|c| c.id.as_str()).collect(),
        );
        self.unique(&comparisons, "comparisons");
        let timeline = list("timeline", exhibit.timeline.iter().map(|c| c.id.as_str()).collect());
        self.unique(&timeline, "timeline");
        let sources = list("sources", exhibit.sources.iter().map(|c| c.id.as_str()).collect());
        self.unique(&sources, "sources");
        let questions = list(
            "quiz.questions",
            exhibit.quiz.questions.iter().map(|q| q.id()).collect(),
        );
        self.unique(&questions, "the quiz");
        // Image states are named in links too (`step=`), so their ids must be link-safe.
        let states: Vec<(String, &str)> = exhibit
            .comparisons
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                c.states.iter().enumerate().map(move |(j, state)| {
                    (
                        member(&index(&member(&index("comparisons", i), "states"), j), "id"),
                        state.id.as_str(),
                    )
                })
            })
            .collect();
        for (path, id) in global.iter().chain(&comparisons).chain(&questions).chain(&states) {
            if !is_slug(id) {
                self.report.problem(
                    path,
                    format!("`{id}` cannot be used in a link; use lowercase letters, digits and hyphens"),
                );
            }
        }
    }

    fn unique(&mut self, ids: &[(String, &str)], scope: &str) {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.get(id) {
                let first_at = self.report.locate(first);
                self.report.problem(
                    path,
                    format!(
                        "id `{id}` is already used in {scope} at line {} ({first}); give this one another id",
                        first_at.line
                    ),
                );
            } else {
                seen.insert(id, path);
            }
        }
    }

    fn station(&mut self, station: &'e Station, path: &str) {
        if station.excerpts.is_empty() {
            self.report
                .problem(&member(path, "excerpts"), "has no excerpt; quote at least one passage");
        }
        for (i, excerpt) in station.excerpts.iter().enumerate() {
            let at = index(&member(path, "excerpts"), i);
            self.citation(&excerpt.citation, &member(&at, "citation"));
            self.translation_mark(excerpt, &at);
            self.known(&excerpt.known, None, &at);
        }
        if station.context.is_empty() {
            self.report
                .problem(&member(path, "context"), "has no paragraph; write at least one");
        }
        for (i, paragraph) in station.context.iter().enumerate() {
            let at = index(&member(path, "context"), i);
            self.text(&paragraph.text, &member(&at, "text"));
            self.source_list(&paragraph.sources, &member(&at, "sources"));
            self.known(&paragraph.known, None, &at);
        }
        for (i, term) in station.glossary.iter().enumerate() {
            let at = index(&member(path, "glossary"), i);
            self.text(&term.definition, &member(&at, "definition"));
            self.source_list(&term.sources, &member(&at, "sources"));
            self.known(&term.known, None, &at);
        }
        for (i, id) in station.comparisons.iter().enumerate() {
            if !self.comparisons.contains_key(id.as_str()) {
                self.report.problem(
                    &index(&member(path, "comparisons"), i),
                    format!("no comparison has id `{id}`; use the id of an entry in `comparisons`"),
                );
            }
        }
        for lens in LensId::ALL {
            let lens_path = member(&member(path, "lenses"), lens.slug());
            let claims = station.lenses.claims(lens);
            if claims.is_empty() {
                self.report
                    .problem(&lens_path, "has no claim; each lens needs at least one");
            }
            for (i, claim) in claims.iter().enumerate() {
                let at = index(&lens_path, i);
                self.text(&claim.text, &member(&at, "text"));
                self.source_list(&claim.sources, &member(&at, "sources"));
                self.claim_date(claim, lens, &at);
                // An official claim without a date is reported by `claim_date`;
                // an empty own date keeps `known` from saying it again.
                let own = claim.date.as_deref().or((lens == LensId::Official).then_some(""));
                self.known(&claim.known, own, &at);
                if let Some(answered) = &claim.answers {
                    let elsewhere = LensId::ALL
                        .into_iter()
                        .filter(|other| *other != lens)
                        .any(|other| station.lenses.claims(other).iter().any(|c| &c.id == answered));
                    if !elsewhere {
                        self.report.problem(
                            &member(&at, "answers"),
                            format!(
                                "no claim `{answered}` in another lens of station `{}`; name a claim of this station's other lenses",
                                station.id
                            ),
                        );
                    }
                }
            }
        }
        self.source_ids(&station.sources, &member(path, "sources"));
        self.known(&station.known, None, path);
    }

    fn comparison(&mut self, comparison: &'e Comparison, path: &str) {
        if comparison.states.len() < 2 {
            self.report
                .problem(&member(path, "states"), "needs at least two image states to compare");
        }
        let states: Vec<(String, &str)> = comparison
            .states
            .iter()
            .enumerate()
            .map(|(i, s)| (member(&index(&member(path, "states"), i), "id"), s.id.as_str()))
            .collect();
        for (i, mode) in comparison.modes.iter().enumerate() {
            if comparison.modes[..i].contains(mode) {
                self.report.problem(
                    &index(&member(path, "modes"), i),
                    format!("`{}` is listed twice; list each mode once", mode.slug()),
                );
            }
        }
        self.unique(&states, &format!("comparison `{}`", comparison.id));
        for (i, state) in comparison.states.iter().enumerate() {
            let at = index(&member(path, "states"), i);
            let image_at = member(&at, "image");
            if !is_safe_asset_path(&state.image) {
                self.report.problem(
                    &image_at,
                    format!(
                        "`{}` must be a path inside assets/, like `images/name.svg`, with no `..`, leading `/` or web address",
                        state.image
                    ),
                );
            } else {
                self.image_file(state, &at);
            }
            for (field, size) in [("width", state.width), ("height", state.height)] {
                if size == 0 {
                    self.report
                        .problem(&member(&at, field), "must be more than 0: the image's size in pixels");
                }
            }
            for (j, label) in state.labels.iter().enumerate() {
                self.inside(state, label.x, label.y, &index(&member(&at, "labels"), j));
            }
            self.known(&state.known, None, &at);
        }
        self.same_shape(comparison, path);
        let hotspots: Vec<(String, &str)> = comparison
            .hotspots
            .iter()
            .enumerate()
            .map(|(i, h)| (member(&index(&member(path, "hotspots"), i), "id"), h.id.as_str()))
            .collect();
        self.unique(&hotspots, &format!("comparison `{}`", comparison.id));
        for (i, hotspot) in comparison.hotspots.iter().enumerate() {
            let at = index(&member(path, "hotspots"), i);
            match comparison.states.iter().find(|s| s.id == hotspot.state) {
                None => self.report.problem(
                    &member(&at, "state"),
                    format!(
                        "no state `{}` in comparison `{}`; use one of: {}",
                        hotspot.state,
                        comparison.id,
                        comparison
                            .states
                            .iter()
                            .map(|s| s.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                Some(state) => {
                    self.inside(state, hotspot.x, hotspot.y, &at);
                    if let Some(marker) = hotspot.marker {
                        self.inside(state, marker.x, marker.y, &member(&at, "marker"));
                    }
                }
            }
            self.text(&hotspot.explanation, &member(&at, "explanation"));
            self.source_list(&hotspot.sources, &member(&at, "sources"));
            self.known(&hotspot.known, None, &at);
        }
        self.source_list(&comparison.sources, &member(path, "sources"));
        self.known(&comparison.known, None, path);
    }

    /// What the state's file is, against what the state says of it: a scan
    /// is its declared size, large enough for every variant, not too large
    /// to build from, and shown on the terms of its licence.
    ///
    /// Only where the files can be read (`exhibit-check`, the build): in the
    /// browser every file is `Unknown`, so the rules are left out of the wasm.
    fn image_file(&mut self, state: &ImageState, at: &str) {
        if cfg!(target_arch = "wasm32") {
            return;
        }
        let image_at = member(at, "image");
        match (self.image_file)(&state.image) {
            ImageFile::Unknown => {}
            ImageFile::Drawing => {
                if state.crop.is_some() {
                    self.report.problem(
                        &member(at, "crop"),
                        "only a scan (JPEG, PNG or WebP) is cut to a crop; crop the drawing itself, or remove `crop`",
                    );
                }
            }
            ImageFile::Missing => self.report.problem(
                &image_at,
                format!("image file `assets/{}` does not exist; add the file or fix the path", state.image),
            ),
            ImageFile::Unreadable => self.report.problem(
                &image_at,
                format!(
                    "`assets/{}` is not an image the exhibit can show, or its header cannot be read; use SVG, JPEG, PNG or WebP",
                    state.image
                ),
            ),
            ImageFile::Raster { width, height, bytes } => {
                if !state.image.starts_with("images/") {
                    self.report.problem(
                        &image_at,
                        format!(
                            "a scan lives in assets/images/ (the folder the build copies and makes its copies in); move it to `images/{}`",
                            state.image.rsplit('/').next().unwrap_or_default()
                        ),
                    );
                }
                if u64::from(width) * u64::from(height) > images::MAX_SCAN_PIXELS {
                    self.report.problem(
                        &image_at,
                        format!(
                            "the scan is {} megapixels; the build takes up to {} (decoding takes memory in proportion), so export it smaller",
                            (u64::from(width) * u64::from(height)).div_ceil(1_000_000),
                            images::MAX_SCAN_PIXELS / 1_000_000
                        ),
                    );
                }
                // What is shown: the crop when there is one, else the whole file.
                let (shown, what) = match state.crop {
                    Some(crop) => ((crop.width, crop.height), "the crop"),
                    None => ((width, height), "the file"),
                };
                if let Some(crop) = state.crop {
                    let fits = u64::from(crop.x) + u64::from(crop.width) <= u64::from(width)
                        && u64::from(crop.y) + u64::from(crop.height) <= u64::from(height);
                    if crop.width == 0 || crop.height == 0 || !fits {
                        self.report.problem(
                            &member(at, "crop"),
                            format!(
                                "must be a part of the scan, which is {width}×{height} pixels: more than 0 wide and high, with x + width within {width} and y + height within {height}"
                            ),
                        );
                        return;
                    }
                }
                if shown != (state.width, state.height) {
                    self.report.problem(
                        &member(at, "width"),
                        format!(
                            "{what} (`assets/{}`) is {}×{} pixels, but the state says {}×{}; write its size, so the page keeps its place and the marks land where they should",
                            state.image, shown.0, shown.1, state.width, state.height
                        ),
                    );
                }
                if shown.0 < images::MIN_SCAN_WIDTH {
                    self.report.problem(
                        &image_at,
                        format!(
                            "the scan shows {} pixels across; a large screen shows it up to {} pixels wide, so use a scan (or a crop) at least that wide",
                            shown.0,
                            images::MIN_SCAN_WIDTH
                        ),
                    );
                }
                if bytes > images::MAX_SCAN_BYTES {
                    self.report.problem(
                        &image_at,
                        format!(
                            "the file is {} MB; the build takes scans up to {} MB, so export it smaller (a JPEG of quality 90 is enough)",
                            bytes.div_ceil(1_000_000),
                            images::MAX_SCAN_BYTES / 1_000_000
                        ),
                    );
                }
                if state.licence.is_none() {
                    self.report.problem(
                        at,
                        "a photograph or scan needs `licence`: the terms under which the exhibit shows it (and `credit`: whose it is)",
                    );
                }
            }
        }
    }

    /// The slider and the steps lay one state over another, so the states of
    /// a comparison shown that way have one shape (width to height, within
    /// 1 %); side by side, two different pictures may differ.
    fn same_shape(&mut self, comparison: &Comparison, path: &str) {
        let overlaid = comparison.modes.is_empty() || comparison.modes.iter().any(|m| *m != Mode::SideBySide);
        let Some(first) = comparison.states.first() else { return };
        if !overlaid || first.width == 0 || first.height == 0 {
            return;
        }
        let ratio = |s: &ImageState| f64::from(s.width) / f64::from(s.height);
        for (i, state) in comparison.states.iter().enumerate().skip(1) {
            if state.width == 0 || state.height == 0 {
                continue;
            }
            if (ratio(state) / ratio(first) - 1.0).abs() > 0.01 {
                self.report.problem(
                    &member(&index(&member(path, "states"), i), "width"),
                    format!(
                        "is {}×{}, another shape than the first state's {}×{}; the slider lays one over the other, so crop the image to the same shape (or show this comparison only side by side: \"modes\": [\"side-by-side\"])",
                        state.width, state.height, first.width, first.height
                    ),
                );
            }
        }
    }

    /// A point placed on an image lies on it.
    fn inside(&mut self, state: &ImageState, x: f64, y: f64, path: &str) {
        // A zero size is reported on its own; every point would follow it.
        if state.width == 0 || state.height == 0 {
            return;
        }
        for (field, value, limit) in [("x", x, state.width), ("y", y, state.height)] {
            if !(0.0..=f64::from(limit)).contains(&value) {
                self.report.problem(
                    &member(path, field),
                    format!(
                        "{} lies outside the image `{}` ({}×{}); use a value from 0 to {limit}",
                        crate::core::comparison::coordinate_text(value),
                        state.id,
                        state.width,
                        state.height
                    ),
                );
            }
        }
    }

    fn quiz(&mut self) {
        let quiz = &self.exhibit.quiz;
        if quiz.questions.is_empty() {
            self.report
                .problem("quiz.questions", "has no question; write at least one");
        }
        for (i, question) in quiz.questions.iter().enumerate() {
            let path = index("quiz.questions", i);
            self.text(question.explanation(), &member(&path, "explanation"));
            self.evidence(question.evidence(), &member(&path, "evidence"));
            match question {
                Question::SingleChoice { choices, answer, .. } => {
                    self.choices(choices, &member(&path, "choices"), 2);
                    self.choice_ref(choices, answer, &member(&path, "answer"));
                }
                Question::MultipleChoice { choices, answers, .. } => {
                    self.choices(choices, &member(&path, "choices"), 2);
                    if answers.is_empty() {
                        self.report
                            .problem(&member(&path, "answers"), "lists no right choice; name at least one");
                    }
                    let mut seen = HashSet::new();
                    for (j, answer) in answers.iter().enumerate() {
                        let at = index(&member(&path, "answers"), j);
                        if !seen.insert(answer) {
                            self.report
                                .problem(&at, format!("`{answer}` is listed twice; list each right choice once"));
                        }
                        self.choice_ref(choices, answer, &at);
                    }
                }
                Question::Ordering { items, .. } => self.choices(items, &member(&path, "items"), 2),
                Question::SpotTheChange {
                    comparison,
                    state,
                    answer,
                    ..
                } => self.spot_the_change(comparison, state, answer, &path),
                Question::TrueFalse { .. } | Question::WhichVoice { .. } => {}
            }
        }
    }

    fn spot_the_change(&mut self, comparison: &str, state: &str, answer: &str, path: &str) {
        let Some(found) = self.comparisons.get(comparison).copied() else {
            self.report.problem(
                &member(path, "comparison"),
                format!("no comparison has id `{comparison}`; use the id of an entry in `comparisons`"),
            );
            return;
        };
        if !found.states.iter().any(|s| s.id == state) {
            self.report.problem(
                &member(path, "state"),
                format!("no state `{state}` in comparison `{comparison}`; name one of its states"),
            );
            return;
        }
        let on_state: Vec<&Hotspot> = found.hotspots.iter().filter(|h| h.state == state).collect();
        if on_state.len() < 2 {
            self.report.problem(
                &member(path, "state"),
                format!("state `{state}` of `{comparison}` has {} hotspot(s); the visitor needs at least two places to choose from", on_state.len()),
            );
        }
        if !on_state.iter().any(|h| h.id == answer) {
            self.report.problem(
                &member(path, "answer"),
                format!("`{answer}` is not a hotspot on state `{state}` of `{comparison}`; name one of that state's hotspots"),
            );
        }
    }

    fn choices(&mut self, choices: &[Choice], path: &str, at_least: usize) {
        if choices.len() < at_least {
            self.report
                .problem(path, format!("has {} entries; give at least {at_least}", choices.len()));
        }
        let ids: Vec<(String, &str)> = choices
            .iter()
            .enumerate()
            .map(|(i, c)| (member(&index(path, i), "id"), c.id.as_str()))
            .collect();
        self.unique(&ids, "this question");
    }

    fn choice_ref(&mut self, choices: &[Choice], answer: &str, path: &str) {
        if !choices.iter().any(|c| c.id == answer) {
            let ids: Vec<&str> = choices.iter().map(|c| c.id.as_str()).collect();
            self.report.problem(
                path,
                format!(
                    "`{answer}` is not one of this question's choices; use one of: {}",
                    ids.join(", ")
                ),
            );
        }
    }

    fn evidence(&mut self, evidence: &Evidence, path: &str) {
        self.station_ref(&evidence.station, &member(path, "station"));
        if let Some(comparison) = &evidence.comparison {
            match self.comparisons.get(comparison.as_str()) {
                None => self.report.problem(
                    &member(path, "comparison"),
                    format!("no comparison has id `{comparison}`; use the id of an entry in `comparisons`"),
                ),
                Some(found) => {
                    if let Some(step) = &evidence.step {
                        if !found.states.iter().any(|s| &s.id == step) {
                            self.report.problem(
                                &member(path, "step"),
                                format!("no state `{step}` in comparison `{comparison}`; name one of its states"),
                            );
                        }
                    }
                }
            }
        } else if evidence.step.is_some() {
            self.report
                .problem(&member(path, "step"), "a step needs a `comparison` beside it; add one");
        }
    }

    fn station_ref(&mut self, id: &str, path: &str) {
        if !self.stations.contains(id) {
            self.report.problem(
                path,
                format!("no station has id `{id}`; use the id of an entry in `stations`"),
            );
        }
    }

    fn source_ref(&mut self, id: &str, path: &str) {
        if !self.sources.contains(id) {
            self.report.problem(
                path,
                format!("no source has id `{id}`; add it to `sources` or fix the id"),
            );
        }
    }

    /// A station's list of sources to read: ids only.
    fn source_ids(&mut self, ids: &[String], path: &str) {
        if ids.is_empty() {
            self.report
                .problem(path, "cites no source; name at least one id from `sources`");
        }
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(id, &index(path, i));
        }
    }

    /// Every statement the exhibit makes cites a source, each with the place
    /// in it (the decoder has already refused a citation without a locator).
    fn source_list(&mut self, citations: &[Citation], path: &str) {
        if citations.is_empty() {
            self.report.problem(
                path,
                "cites no source; add at least one `{ \"source\": id, \"locator\": page or section }`",
            );
        }
        for (i, citation) in citations.iter().enumerate() {
            self.citation(citation, &index(path, i));
        }
    }

    fn citation(&mut self, citation: &Citation, path: &str) {
        self.source_ref(&citation.source, &member(path, "source"));
    }

    /// No quotation reads as an original unless it is one: an excerpt is
    /// marked a translation exactly when its source gives a translation or
    /// its words are in another language than the source's.
    ///
    /// Like the dating rules (`known`), checked by `exhibit-check` and the
    /// build, which writes no page from content that breaks it, not in the
    /// browser: a wrong mark misleads but cannot spoil a page.
    fn translation_mark(&mut self, excerpt: &Excerpt, path: &str) {
        if cfg!(target_arch = "wasm32") {
            return;
        }
        let Some(source) = self.exhibit.source(&excerpt.citation.source) else {
            return;
        };
        let language = excerpt.lang.as_deref().unwrap_or(&self.exhibit.language);
        let translated = self.exhibit.is_translated(&excerpt.citation, language);
        if translated && !excerpt.translation {
            let why = if source.translation {
                format!("source `{}` gives a translation", source.id)
            } else {
                format!(
                    "source `{}` is in `{}`, the words in `{language}`",
                    source.id, source.language
                )
            };
            self.report.problem(
                &member(path, "translation"),
                format!("is shown as an original, but {why}; set `\"translation\": true`, or quote and cite the original edition"),
            );
        } else if !translated && excerpt.translation {
            self.report.problem(
                &member(path, "translation"),
                format!(
                    "marks an original as a translation: source `{}` gives the original in `{language}`; remove `\"translation\": true`",
                    source.id
                ),
            );
        }
    }

    /// The official lens is "the official account of its time": each of its
    /// claims says which time.
    fn claim_date(&mut self, claim: &Claim, lens: LensId, path: &str) {
        match &claim.date {
            None if lens == LensId::Official => self.report.problem(
                path,
                "an official claim needs a `date` (YYYY, YYYY-MM or YYYY-MM-DD): when the state said it",
            ),
            Some(date) if !is_sortable_date(date) => self.report.problem(
                &member(path, "date"),
                format!("`{date}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
            ),
            _ => {}
        }
    }

    /// From when a thing was known names dated events or sources of this
    /// exhibit, in an order that can be true: never before the thing's own
    /// date (`not_before`), heard before it was published, withdrawn after
    /// it was shown.
    ///
    /// Checked by `exhibit-check` and the build, not in the browser: a name
    /// that finds nothing hides nothing there (`moment::hidden`), so it
    /// cannot spoil a page, and every visitor's wasm is 1.8 KB smaller.
    fn known(&mut self, known: &Known, not_before: Option<&str>, path: &str) {
        if cfg!(target_arch = "wasm32") {
            return;
        }
        let path = member(path, "known");
        let exhibit = self.exhibit;
        let mut day = |field: &str, id: &str| -> Option<Day> {
            let found = moment::marker(exhibit, id, not_before);
            // A date that is no date (the thing's own, an event's, a
            // source's) is reported where it is written.
            let reported_there = if id == moment::AT_THE_TIME {
                not_before.is_some()
            } else {
                exhibit.timeline.iter().any(|e| e.id == id)
                    || exhibit.sources.iter().any(|s| s.id == id && s.published.is_some())
            };
            if found.is_none() && !reported_there {
                let why = match exhibit.sources.iter().find(|s| s.id == id) {
                    _ if id == moment::AT_THE_TIME => format!("`{id}` needs a date of the thing's own; name the event or publication from which a reader could know it"),
                    Some(_) => format!("source `{id}` has no `published` date; add one (YYYY, YYYY-MM or YYYY-MM-DD) or name a timeline event"),
                    None => format!("`{id}` is neither a timeline event nor a source; name the event or the publication from which a reader could know this"),
                };
                self.report.problem(&member(&path, field), why);
            }
            found.map(|m| m.day)
        };
        let soviet = day("soviet", &known.soviet);
        let west = day("west", &known.west);
        let heard = known.heard.as_deref().map(|id| day("heard", id));
        let withdrawn = known.withdrawn.as_deref().map(|id| day("withdrawn", id));
        if let Some(own) = not_before.and_then(Day::first_of) {
            for (field, known) in [("soviet", soviet), ("west", west)] {
                if known.is_some_and(|d| d < own) {
                    self.report.problem(
                        &member(&path, field),
                        format!(
                            "is before the date of the thing itself ({}); a reader could not know it earlier",
                            not_before.unwrap_or_default()
                        ),
                    );
                }
            }
        }
        if let (Some(Some(heard)), Some(soviet)) = (heard, soviet) {
            if heard >= soviet {
                self.report.problem(
                    &member(&path, "heard"),
                    "is not before `soviet`; `heard` is for what was read out before it was published, so drop it or name an earlier event",
                );
            }
        }
        if let (Some(Some(withdrawn)), Some(soviet)) = (withdrawn, soviet) {
            if withdrawn <= soviet {
                self.report.problem(
                    &member(&path, "withdrawn"),
                    "is not after `soviet`; a thing is withdrawn after a reader could see it",
                );
            }
        }
    }

    /// Glossary marks in running text must parse and name a known term.
    fn text(&mut self, text: &str, path: &str) {
        match marks::segments(text) {
            Err(error) => self.report.problem(path, error.to_string()),
            Ok(parts) => {
                for part in parts {
                    if let marks::Segment::Term { id, .. } = part {
                        if !self.terms.contains(id) {
                            self.report.problem(
                                path,
                                format!("glossary mark `[[{id}]]` names no term; add `{id}` to a station's `glossary` or fix the id"),
                            );
                        }
                    }
                }
            }
        }
    }
}

/// The shortest and longest idle times a kiosk may wait before asking.
pub const MIN_IDLE_SECONDS: u32 = 30;
pub const MAX_IDLE_SECONDS: u32 = 3600;

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn is_safe_asset_path(path: &str) -> bool {
    !path.starts_with('/')
        && !path.contains("..")
        && !path.contains(':')
        && !path.contains('\\')
        && !path.starts_with("//")
}

fn is_sortable_date(date: &str) -> bool {
    Day::last_of(date).is_some()
}
