//! The content checker: everything that can be wrong with an exhibit file,
//! each problem named by file, line, column and field path, with a fix.
//!
//! The native `exhibit-check` tool and the app's loader both call [`load`], so
//! a curator sees the same messages in the terminal and on the error page.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::content::*;
use super::marks;
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

/// Parses and checks one content file. `image_exists` answers whether an
/// image path (relative to `assets/`) names a real file; the app, which
/// cannot cheaply ask, passes `|_| true` and lets the image show its alt text.
pub fn load(file: &str, text: &str, image_exists: &dyn Fn(&str) -> bool) -> Result<Exhibit, Vec<Problem>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let message = syntax_message(&error);
            return Err(vec![Problem {
                file: file.to_string(),
                line: error.line().max(1),
                column: char_column(text, error.line(), error.column()).max(1),
                path: String::new(),
                message,
            }]);
        }
    };
    let mut report = Report {
        file,
        spans: Spans::scan(text),
        problems: Vec::new(),
    };
    report.empty_strings(&value, "");
    let exhibit = report.typed(&value);
    if let Some(exhibit) = &exhibit {
        Checks::new(&mut report, exhibit, image_exists).run();
    }
    match exhibit {
        Some(exhibit) if report.problems.is_empty() => Ok(exhibit),
        _ => {
            report.problems.sort_by_key(|p| (p.line, p.column));
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

struct Report<'a> {
    file: &'a str,
    spans: Spans,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        let Position { line, column } = self.spans.locate(path);
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

    /// Deserializes the exhibit piece by piece, so one wrong field in one
    /// station does not hide the wrong fields in the others.
    fn typed(&mut self, value: &Value) -> Option<Exhibit> {
        let Value::Object(top) = value else {
            self.problem(
                "",
                "the file must hold one JSON object, `{ ... }`, with the exhibit's fields",
            );
            return None;
        };
        type PartCheck<'r> = fn(&mut Report<'r>, &Value, &str) -> bool;
        let lists: [(&str, PartCheck); 4] = [
            ("stations", |r, v, p| r.part::<Station>(v, p)),
            ("comparisons", |r, v, p| r.part::<Comparison>(v, p)),
            ("timeline", |r, v, p| r.part::<TimelineEvent>(v, p)),
            ("sources", |r, v, p| r.part::<Source>(v, p)),
        ];
        let mut skeleton = top.clone();
        let mut sound = true;
        for (name, check) in lists {
            if let Some(Value::Array(items)) = top.get(name) {
                for (i, item) in items.iter().enumerate() {
                    sound &= check(self, item, &index(name, i));
                }
                skeleton.insert(name.to_string(), Value::Array(Vec::new()));
            }
        }
        if let Some(Value::Object(quiz)) = top.get("quiz") {
            if let Some(Value::Array(questions)) = quiz.get("questions") {
                for (i, question) in questions.iter().enumerate() {
                    sound &= self.part::<Question>(question, &index("quiz.questions", i));
                }
                let mut quiz = quiz.clone();
                quiz.insert("questions".into(), Value::Array(Vec::new()));
                skeleton.insert("quiz".into(), Value::Object(quiz));
            }
        }
        sound &= self.part::<Exhibit>(&Value::Object(skeleton), "");
        if !sound {
            return None;
        }
        match serde_json::from_value(value.clone()) {
            Ok(exhibit) => Some(exhibit),
            Err(error) => {
                self.problem("", error.to_string());
                None
            }
        }
    }

    fn part<T: DeserializeOwned>(&mut self, value: &Value, at: &str) -> bool {
        match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(_) => true,
            Err(error) => {
                let inner = error.path().to_string();
                let inner = if inner == "." { String::new() } else { inner };
                let message = error.into_inner().to_string();
                let error_of = |v: &Value| serde_json::from_value::<T>(v.clone()).err().map(|e| e.to_string());
                let path = refine(value, join(at, &inner), at, &message, &error_of);
                let hint = type_hint(&message);
                self.problem(&path, format!("{message}{hint}"));
                false
            }
        }
    }
}

fn join(at: &str, inner: &str) -> String {
    match (at.is_empty(), inner.is_empty()) {
        (_, true) => at.to_string(),
        (true, false) => inner.to_string(),
        (false, false) if inner.starts_with('[') => format!("{at}{inner}"),
        (false, false) => format!("{at}.{inner}"),
    }
}

/// serde cannot see inside internally tagged enums (quiz questions), so its
/// path stops at the question. Find the member the message names, so the
/// curator still gets the line of the field itself. `error_of` says how the
/// part fails to deserialize when changed, to tell apart equal values.
fn refine(value: &Value, path: String, at: &str, message: &str, error_of: &dyn Fn(&Value) -> Option<String>) -> String {
    let relative = path.strip_prefix(at).unwrap_or("");
    if !relative.is_empty() {
        return path;
    }
    let nodes = nodes(value, &path);
    let found = if let Some(field) = quoted_after(message, "unknown field `") {
        // Prefer the object the message is about: the one whose other keys
        // are all fields it expects (a question's `type` tag is read first).
        let expected = expected_fields(message);
        let named: Vec<&Node> = nodes.iter().filter(|n| n.key == Some(field)).collect();
        let fits = |n: &&&Node| {
            n.siblings.is_some_and(|s| {
                s.keys()
                    .all(|k| k == field || k == "type" || expected.contains(&k.as_str()))
            })
        };
        named.iter().find(fits).or(named.first()).map(|n| n.path.clone())
    } else if let Some(shown) = Shown::parse(message) {
        let matching: Vec<&Node> = nodes.iter().filter(|n| shown.matches(n.value)).collect();
        // Several members may hold the same value (`"answer": "a"` beside
        // `"choices": "a"`): the culprit is the one whose change shows in the message.
        let culprit = |n: &&&Node| {
            let Some((changed, needle)) = shown.changed(n.value) else {
                return false;
            };
            let mut copy = value.clone();
            match copy.pointer_mut(&n.pointer) {
                Some(slot) => *slot = changed,
                None => return false,
            }
            error_of(&copy) == Some(message.replacen(&shown.needle, &needle, 1))
        };
        let chosen = if matching.len() > 1 {
            matching.iter().find(culprit)
        } else {
            None
        };
        chosen.or(matching.first()).map(|n| n.path.clone())
    } else {
        None
    };
    found.unwrap_or(path)
}

/// A member or element of a part, listed breadth first so that the shallowest
/// match wins (a question's own field before one inside its `evidence`).
struct Node<'v> {
    path: String,
    pointer: String,
    key: Option<&'v str>,
    value: &'v Value,
    siblings: Option<&'v serde_json::Map<String, Value>>,
}

fn nodes<'v>(value: &'v Value, path: &str) -> Vec<Node<'v>> {
    let mut out: Vec<Node<'v>> = Vec::new();
    let mut level = vec![(path.to_string(), String::new(), value)];
    while !level.is_empty() {
        let mut next = Vec::new();
        for (at, pointer, value) in level {
            match value {
                Value::Object(members) => {
                    for (key, item) in members {
                        let escaped = key.replace('~', "~0").replace('/', "~1");
                        out.push(Node {
                            path: member(&at, key),
                            pointer: format!("{pointer}/{escaped}"),
                            key: Some(key),
                            value: item,
                            siblings: Some(members),
                        });
                        next.push((member(&at, key), format!("{pointer}/{escaped}"), item));
                    }
                }
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        out.push(Node {
                            path: index(&at, i),
                            pointer: format!("{pointer}/{i}"),
                            key: None,
                            value: item,
                            siblings: None,
                        });
                        next.push((index(&at, i), format!("{pointer}/{i}"), item));
                    }
                }
                _ => {}
            }
        }
        level = next;
    }
    out
}

/// The field names listed after "expected" in an unknown-field message.
fn expected_fields(message: &str) -> Vec<&str> {
    let Some(start) = message.find(", expected") else {
        return Vec::new();
    };
    message[start..].split('`').skip(1).step_by(2).collect()
}

/// The offending value as serde's message shows it, e.g. `integer `7``.
struct Shown<'m> {
    /// The value's text as it appears in the message, with its delimiters.
    needle: String,
    kind: ShownKind<'m>,
}

enum ShownKind<'m> {
    Str(&'m str),
    /// A number or boolean, as `Value` prints it.
    Scalar(&'m str),
    Null,
}

impl<'m> Shown<'m> {
    fn parse(message: &'m str) -> Option<Shown<'m>> {
        if let Some(text) = quoted_after(message, "unknown variant `") {
            return Some(Shown {
                needle: format!("`{text}`"),
                kind: ShownKind::Str(text),
            });
        }
        if let Some(text) = quoted_after(message, "invalid type: string \"") {
            return Some(Shown {
                needle: format!("\"{text}\""),
                kind: ShownKind::Str(text),
            });
        }
        for prefix in [
            "invalid type: integer `",
            "invalid value: integer `",
            "invalid type: floating point `",
            "invalid value: floating point `",
            "invalid type: boolean `",
        ] {
            if let Some(text) = quoted_after(message, prefix) {
                return Some(Shown {
                    needle: format!("`{text}`"),
                    kind: ShownKind::Scalar(text),
                });
            }
        }
        message.starts_with("invalid type: null").then(|| Shown {
            needle: "null".into(),
            kind: ShownKind::Null,
        })
    }

    fn matches(&self, value: &Value) -> bool {
        match (&self.kind, value) {
            (ShownKind::Str(text), Value::String(s)) => s == text,
            (ShownKind::Scalar(text), Value::Number(_) | Value::Bool(_)) => value.to_string().as_str() == *text,
            (ShownKind::Null, Value::Null) => true,
            _ => false,
        }
    }

    /// The value changed a little, with how the message would then show it.
    fn changed(&self, value: &Value) -> Option<(Value, String)> {
        let changed = match value {
            Value::String(s) => Value::String(format!("{s}x")),
            Value::Bool(b) => Value::Bool(!b),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                // Flipping the lowest bit changes any integer without overflow.
                (Some(u), _, _) => Value::from(u ^ 1),
                (None, Some(i), _) => Value::from(i ^ 1),
                (None, None, Some(f)) => Value::from(f + 1.0),
                _ => return None,
            },
            _ => return None,
        };
        let shown = match &changed {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let needle = if self.needle.starts_with('"') {
            format!("\"{shown}\"")
        } else {
            format!("`{shown}`")
        };
        Some((changed, needle))
    }
}

fn quoted_after<'m>(message: &'m str, prefix: &str) -> Option<&'m str> {
    let start = message.find(prefix)? + prefix.len();
    let close = if prefix.ends_with('"') { '"' } else { '`' };
    let len = message[start..].find(close)?;
    Some(&message[start..start + len])
}

fn type_hint(message: &str) -> &'static str {
    if message.starts_with("unknown field") {
        "; check the spelling, or remove the field"
    } else if message.starts_with("missing field") {
        "; add it"
    } else if message.starts_with("unknown variant") {
        "; use one of the listed values"
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        "; change the value to the expected kind"
    } else {
        ""
    }
}

/// The checks serde cannot do: ids, references, files, geometry, answer keys.
struct Checks<'r, 'a, 'e> {
    report: &'r mut Report<'a>,
    exhibit: &'e Exhibit,
    image_exists: &'e dyn Fn(&str) -> bool,
    sources: HashSet<&'e str>,
    stations: HashSet<&'e str>,
    comparisons: HashMap<&'e str, &'e Comparison>,
    terms: HashSet<&'e str>,
}

impl<'r, 'a, 'e> Checks<'r, 'a, 'e> {
    fn new(report: &'r mut Report<'a>, exhibit: &'e Exhibit, image_exists: &'e dyn Fn(&str) -> bool) -> Self {
        let terms = exhibit
            .stations
            .iter()
            .flat_map(|s| &s.glossary)
            .map(|t| t.id.as_str())
            .collect();
        Checks {
            report,
            exhibit,
            image_exists,
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
            if let Some(station) = &event.station {
                self.station_ref(station, &member(&path, "station"));
            }
            self.text(&event.text, &member(&path, "text"));
            self.source_list(&event.sources, &member(&path, "sources"));
        }
        for (i, source) in exhibit.sources.iter().enumerate() {
            if let Some(url) = &source.url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.report.problem(
                        &member(&index("sources", i), "url"),
                        format!("`{url}` is not a web address; it must start with https://"),
                    );
                }
            }
        }
        self.quiz();
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
        self.unique(&global, "exhibit");
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
        for (path, id) in global.iter().chain(&comparisons).chain(&questions) {
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
                let first_at = self.report.spans.locate(first);
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
            let at = member(&index(&member(path, "excerpts"), i), "citation");
            self.source_ref(&excerpt.citation.source, &member(&at, "source"));
        }
        if station.context.is_empty() {
            self.report
                .problem(&member(path, "context"), "has no paragraph; write at least one");
        }
        for (i, paragraph) in station.context.iter().enumerate() {
            let at = index(&member(path, "context"), i);
            self.text(&paragraph.text, &member(&at, "text"));
            self.source_list(&paragraph.sources, &member(&at, "sources"));
        }
        for (i, term) in station.glossary.iter().enumerate() {
            let at = index(&member(path, "glossary"), i);
            self.text(&term.definition, &member(&at, "definition"));
            self.source_list(&term.sources, &member(&at, "sources"));
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
        self.source_list(&station.sources, &member(path, "sources"));
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
            } else if !(self.image_exists)(&state.image) {
                self.report.problem(
                    &image_at,
                    format!(
                        "image file `assets/{}` does not exist; add the file or fix the path",
                        state.image
                    ),
                );
            }
            for (field, size) in [("width", state.width), ("height", state.height)] {
                if size == 0 {
                    self.report
                        .problem(&member(&at, field), "must be more than 0: the image's size in pixels");
                }
            }
        }
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
                    for (field, value, limit) in [("x", hotspot.x, state.width), ("y", hotspot.y, state.height)] {
                        if !(0.0..=f64::from(limit)).contains(&value) {
                            self.report.problem(
                                &member(&at, field),
                                format!(
                                    "{value} lies outside the image `{}` ({}×{}); use a value from 0 to {limit}",
                                    state.id, state.width, state.height
                                ),
                            );
                        }
                    }
                }
            }
            self.text(&hotspot.explanation, &member(&at, "explanation"));
            self.source_list(&hotspot.sources, &member(&at, "sources"));
        }
        self.source_list(&comparison.sources, &member(path, "sources"));
    }

    fn quiz(&mut self) {
        let quiz = &self.exhibit.quiz;
        if quiz.pass_mark > 100 {
            self.report.problem(
                "quiz.pass_mark",
                format!("{} is not a percentage; use a number from 0 to 100", quiz.pass_mark),
            );
        }
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

    /// Every claim the exhibit makes cites a source.
    fn source_list(&mut self, ids: &[String], path: &str) {
        if ids.is_empty() {
            self.report
                .problem(path, "cites no source; name at least one id from `sources`");
        }
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(id, &index(path, i));
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
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => number(y, 4),
        [y, m] => number(y, 4) && number(m, 2) && matches!(m.parse::<u8>(), Ok(1..=12)),
        [y, m, d] => {
            number(y, 4)
                && number(m, 2)
                && number(d, 2)
                && matches!(m.parse::<u8>(), Ok(1..=12))
                && matches!(d.parse::<u8>(), Ok(1..=31))
        }
        _ => false,
    }
}
