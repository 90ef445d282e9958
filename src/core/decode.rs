//! Turns a parsed JSON tree into the content model, reporting every wrong,
//! missing or unknown field with its path.
//!
//! Written by hand rather than with serde's derived `Deserialize` for two
//! reasons: serde stops at the first error and cannot see inside the quiz's
//! tagged questions, where a curator needs every problem with its exact path;
//! and the derived code for this model was most of the wasm. The serde
//! derives stay on the types for the JSON Schema, and a native test holds
//! this decoder and serde to the same verdict on many mutated documents.

use serde_json::{Map, Value};

use super::content::*;
use super::spans::{index, member};

/// A problem found while decoding: the field path and what is wrong.
pub type Found = Vec<(String, String)>;

/// Decodes a whole exhibit. `None` when any problem was found.
pub fn exhibit(value: &Value, out: &mut Found) -> Option<Exhibit> {
    let f = object(
        value,
        "",
        &[
            "$schema",
            "id",
            "language",
            "title",
            "intro",
            "credits",
            "licence",
            "stations",
            "comparisons",
            "timeline",
            "quiz",
            "sources",
            "kiosk",
        ],
        out,
    )?;
    let schema = f.optional_text("$schema", out);
    let id = f.text("id", out);
    let language = f.text("language", out);
    let title = f.text("title", out);
    let intro = f.text("intro", out);
    let credits = f.texts("credits", out);
    let licence = f.texts("licence", out);
    let stations = f.list("stations", station, out);
    let comparisons = f.optional_list("comparisons", comparison, out);
    let timeline = f.optional_list("timeline", timeline_event, out);
    let quiz = f.nested("quiz", quiz, out);
    let sources = f.list("sources", source, out);
    let kiosk = match f.get("kiosk") {
        None => Some(Kiosk::default()),
        Some(_) => f.nested("kiosk", kiosk, out),
    };
    Some(Exhibit {
        schema: schema?,
        id: id?,
        language: language?,
        title: title?,
        intro: intro?,
        credits: credits?,
        licence: licence?,
        stations: stations?,
        comparisons: comparisons?,
        timeline: timeline?,
        quiz: quiz?,
        sources: sources?,
        kiosk: kiosk?,
    })
}

fn kiosk(value: &Value, path: &str, out: &mut Found) -> Option<Kiosk> {
    let f = object(value, path, &["idle_seconds", "public_url"], out)?;
    let idle_seconds = match f.get("idle_seconds") {
        None => Some(u64::from(DEFAULT_IDLE_SECONDS)),
        Some(_) => f.whole("idle_seconds", u32::MAX.into(), out),
    };
    let public_url = f.optional_text("public_url", out);
    Some(Kiosk {
        idle_seconds: idle_seconds? as u32,
        public_url: public_url?,
    })
}

fn station(value: &Value, path: &str, out: &mut Found) -> Option<Station> {
    let f = object(
        value,
        path,
        &[
            "id",
            "title",
            "summary",
            "excerpts",
            "context",
            "glossary",
            "comparisons",
            "lenses",
            "sources",
            "known",
        ],
        out,
    )?;
    let id = f.text("id", out);
    let title = f.text("title", out);
    let summary = f.text("summary", out);
    let excerpts = f.list("excerpts", excerpt, out);
    let context = f.list("context", paragraph, out);
    let glossary = f.optional_list("glossary", glossary_term, out);
    let comparisons = f.optional_list("comparisons", text_item, out);
    let lenses = f.nested("lenses", lenses, out);
    let sources = f.texts("sources", out);
    let known = f.nested("known", known, out);
    Some(Station {
        id: id?,
        title: title?,
        summary: summary?,
        excerpts: excerpts?,
        context: context?,
        glossary: glossary?,
        comparisons: comparisons?,
        lenses: lenses?,
        sources: sources?,
        known: known?,
    })
}

fn excerpt(value: &Value, path: &str, out: &mut Found) -> Option<Excerpt> {
    let f = object(
        value,
        path,
        &["text", "speaker", "citation", "translation", "lang", "known"],
        out,
    )?;
    let text = f.text("text", out);
    let speaker = f.text("speaker", out);
    let citation = f.nested("citation", citation, out);
    let translation = f.flag("translation", out);
    let lang = f.optional_text("lang", out);
    let known = f.nested("known", known, out);
    Some(Excerpt {
        text: text?,
        speaker: speaker?,
        citation: citation?,
        translation: translation?,
        lang: lang?,
        known: known?,
    })
}

fn citation(value: &Value, path: &str, out: &mut Found) -> Option<Citation> {
    let f = object(value, path, &["source", "locator"], out)?;
    let source = f.text("source", out);
    // Every statement is cited to a place a reader can find, so a citation
    // without one is refused here with what to write instead.
    let locator = if f.get("locator").is_none() {
        out.push((
            path.to_string(),
            "cites a source without a `locator`; add the page, section or document number where a reader finds the statement".to_string(),
        ));
        None
    } else {
        f.text("locator", out)
    };
    Some(Citation {
        source: source?,
        locator: locator?,
    })
}

fn known(value: &Value, path: &str, out: &mut Found) -> Option<Known> {
    let f = object(value, path, &["soviet", "west", "heard", "withdrawn"], out)?;
    let soviet = f.text("soviet", out);
    let west = f.text("west", out);
    let heard = f.optional_text("heard", out);
    let withdrawn = f.optional_text("withdrawn", out);
    Some(Known {
        soviet: soviet?,
        west: west?,
        heard: heard?,
        withdrawn: withdrawn?,
    })
}

fn paragraph(value: &Value, path: &str, out: &mut Found) -> Option<Paragraph> {
    let f = object(value, path, &["text", "sources", "known"], out)?;
    let text = f.text("text", out);
    let sources = f.list("sources", citation, out);
    let known = f.nested("known", known, out);
    Some(Paragraph {
        text: text?,
        sources: sources?,
        known: known?,
    })
}

fn glossary_term(value: &Value, path: &str, out: &mut Found) -> Option<GlossaryTerm> {
    let f = object(value, path, &["id", "term", "definition", "sources", "known"], out)?;
    let id = f.text("id", out);
    let term = f.text("term", out);
    let definition = f.text("definition", out);
    let sources = f.list("sources", citation, out);
    let known = f.nested("known", known, out);
    Some(GlossaryTerm {
        id: id?,
        term: term?,
        definition: definition?,
        sources: sources?,
        known: known?,
    })
}

fn lenses(value: &Value, path: &str, out: &mut Found) -> Option<Lenses> {
    let f = object(value, path, &["official", "speech", "historians"], out)?;
    let official = f.list("official", claim, out);
    let speech = f.list("speech", claim, out);
    let historians = f.list("historians", claim, out);
    Some(Lenses {
        official: official?,
        speech: speech?,
        historians: historians?,
    })
}

fn claim(value: &Value, path: &str, out: &mut Found) -> Option<Claim> {
    let f = object(
        value,
        path,
        &["id", "text", "quote", "lang", "date", "sources", "answers", "known"],
        out,
    )?;
    let id = f.text("id", out);
    let text = f.text("text", out);
    let quote = f.flag("quote", out);
    let lang = f.optional_text("lang", out);
    let date = f.optional_text("date", out);
    let sources = f.list("sources", citation, out);
    let answers = f.optional_text("answers", out);
    let known = f.nested("known", known, out);
    Some(Claim {
        id: id?,
        text: text?,
        quote: quote?,
        lang: lang?,
        date: date?,
        sources: sources?,
        answers: answers?,
        known: known?,
    })
}

fn comparison(value: &Value, path: &str, out: &mut Found) -> Option<Comparison> {
    let f = object(
        value,
        path,
        &[
            "id",
            "title",
            "summary",
            "orientation",
            "modes",
            "divider",
            "states",
            "hotspots",
            "sources",
            "known",
        ],
        out,
    )?;
    let id = f.text("id", out);
    let title = f.text("title", out);
    let summary = f.text("summary", out);
    let orientation = f.optional_choice(
        "orientation",
        &[
            ("horizontal", Orientation::Horizontal),
            ("vertical", Orientation::Vertical),
        ],
        out,
    );
    let modes = f.optional_list("modes", mode, out);
    let divider = match f.get("divider") {
        None | Some(Value::Null) => Some(None),
        Some(_) => f.whole("divider", 100, out).map(|d| Some(d as u8)),
    };
    let states = f.list("states", image_state, out);
    let hotspots = f.optional_list("hotspots", hotspot, out);
    let sources = f.list("sources", citation, out);
    let known = f.nested("known", known, out);
    Some(Comparison {
        id: id?,
        title: title?,
        summary: summary?,
        orientation: orientation?,
        modes: modes?,
        divider: divider?,
        states: states?,
        hotspots: hotspots?,
        sources: sources?,
        known: known?,
    })
}

fn mode(value: &Value, path: &str, out: &mut Found) -> Option<Mode> {
    let slug = text_item(value, path, out)?;
    let found = Mode::from_slug(&slug);
    if found.is_none() {
        let names: Vec<&str> = Mode::ALL.iter().map(|m| m.slug()).collect();
        out.push((
            path.to_string(),
            format!("unknown value `{slug}`; use one of {}", list(&names)),
        ));
    }
    found
}

fn crop(value: &Value, path: &str, out: &mut Found) -> Option<Crop> {
    let f = object(value, path, &["x", "y", "width", "height"], out)?;
    let size = u32::MAX.into();
    let (x, y) = (f.whole("x", size, out), f.whole("y", size, out));
    let (width, height) = (f.whole("width", size, out), f.whole("height", size, out));
    Some(Crop {
        x: x? as u32,
        y: y? as u32,
        width: width? as u32,
        height: height? as u32,
    })
}

fn point(value: &Value, path: &str, out: &mut Found) -> Option<Point> {
    let f = object(value, path, &["x", "y"], out)?;
    let x = f.number("x", out);
    let y = f.number("y", out);
    Some(Point { x: x?, y: y? })
}

fn image_state(value: &Value, path: &str, out: &mut Found) -> Option<ImageState> {
    let f = object(
        value,
        path,
        &[
            "id",
            "label",
            "date",
            "image",
            "width",
            "height",
            "alt",
            "description",
            "caption",
            "credit",
            "licence",
            "crop",
            "labels",
            "known",
        ],
        out,
    )?;
    let id = f.text("id", out);
    let label = f.text("label", out);
    let date = f.text("date", out);
    let image = f.text("image", out);
    let width = f.whole("width", u32::MAX.into(), out);
    let height = f.whole("height", u32::MAX.into(), out);
    let alt = f.text("alt", out);
    let description = f.text("description", out);
    let caption = f.text("caption", out);
    let credit = f.text("credit", out);
    let licence = f.optional_text("licence", out);
    let crop = match f.get("crop") {
        None => Some(None),
        Some(_) => f.nested("crop", crop, out).map(Some),
    };
    let labels = f.optional_list("labels", image_label, out);
    let known = f.nested("known", known, out);
    Some(ImageState {
        id: id?,
        label: label?,
        date: date?,
        image: image?,
        width: width? as u32,
        height: height? as u32,
        alt: alt?,
        description: description?,
        caption: caption?,
        credit: credit?,
        licence: licence?,
        crop: crop?,
        labels: labels?,
        known: known?,
    })
}

fn image_label(value: &Value, path: &str, out: &mut Found) -> Option<ImageLabel> {
    let f = object(
        value,
        path,
        &[
            "text",
            "x",
            "y",
            "anchor",
            "size",
            "bold",
            "tone",
            "struck",
            "moves_below",
        ],
        out,
    )?;
    let text = f.text("text", out);
    let x = f.number("x", out);
    let y = f.number("y", out);
    let anchor = f.optional_choice(
        "anchor",
        &[
            ("start", LabelAnchor::Start),
            ("middle", LabelAnchor::Middle),
            ("end", LabelAnchor::End),
        ],
        out,
    );
    let size = match f.get("size") {
        None => Some(u64::from(DEFAULT_LABEL_SIZE)),
        Some(_) => f.whole("size", 500, out),
    };
    let bold = f.flag("bold", out);
    let tone = f.optional_choice(
        "tone",
        &[
            ("ink", LabelTone::Ink),
            ("paper", LabelTone::Paper),
            ("red", LabelTone::Red),
            ("faded", LabelTone::Faded),
        ],
        out,
    );
    let struck = f.flag("struck", out);
    let moves_below = f.flag("moves_below", out);
    Some(ImageLabel {
        text: text?,
        x: x?,
        y: y?,
        anchor: anchor?,
        size: size? as u32,
        bold: bold?,
        tone: tone?,
        struck: struck?,
        moves_below: moves_below?,
    })
}

fn hotspot(value: &Value, path: &str, out: &mut Found) -> Option<Hotspot> {
    let f = object(
        value,
        path,
        &[
            "id",
            "state",
            "x",
            "y",
            "marker",
            "label",
            "explanation",
            "sources",
            "known",
        ],
        out,
    )?;
    let id = f.text("id", out);
    let state = f.text("state", out);
    let x = f.number("x", out);
    let y = f.number("y", out);
    let marker = match f.get("marker") {
        None | Some(Value::Null) => Some(None),
        Some(_) => f.nested("marker", point, out).map(Some),
    };
    let label = f.text("label", out);
    let explanation = f.text("explanation", out);
    let sources = f.list("sources", citation, out);
    let known = f.nested("known", known, out);
    Some(Hotspot {
        id: id?,
        state: state?,
        x: x?,
        y: y?,
        marker: marker?,
        label: label?,
        explanation: explanation?,
        sources: sources?,
        known: known?,
    })
}

fn timeline_event(value: &Value, path: &str, out: &mut Found) -> Option<TimelineEvent> {
    let f = object(
        value,
        path,
        &["id", "date", "when", "title", "text", "station", "sources", "known"],
        out,
    )?;
    let id = f.text("id", out);
    let date = f.text("date", out);
    let when = f.text("when", out);
    let title = f.text("title", out);
    let text = f.text("text", out);
    let station = f.optional_text("station", out);
    let sources = f.list("sources", citation, out);
    let known = f.nested("known", known, out);
    Some(TimelineEvent {
        id: id?,
        date: date?,
        when: when?,
        title: title?,
        text: text?,
        station: station?,
        sources: sources?,
        known: known?,
    })
}

fn source(value: &Value, path: &str, out: &mut Found) -> Option<Source> {
    let f = object(
        value,
        path,
        &["id", "citation", "short", "url", "language", "translation", "published"],
        out,
    )?;
    let id = f.text("id", out);
    let citation = f.text("citation", out);
    let short = f.optional_text("short", out);
    let url = f.optional_text("url", out);
    let language = f.text("language", out);
    let translation = f.flag("translation", out);
    let published = f.optional_text("published", out);
    Some(Source {
        id: id?,
        citation: citation?,
        short: short?,
        url: url?,
        language: language?,
        translation: translation?,
        published: published?,
    })
}

fn quiz(value: &Value, path: &str, out: &mut Found) -> Option<Quiz> {
    let f = object(value, path, &["title", "pass_mark", "questions"], out)?;
    let title = f.text("title", out);
    // A percentage of the maximum score.
    let pass_mark = f.whole("pass_mark", 100, out);
    let questions = f.list("questions", question, out);
    Some(Quiz {
        title: title?,
        pass_mark: pass_mark? as u8,
        questions: questions?,
    })
}

fn evidence(value: &Value, path: &str, out: &mut Found) -> Option<Evidence> {
    let f = object(value, path, &["station", "lens", "comparison", "step"], out)?;
    let station = f.text("station", out);
    let lens = match f.get("lens") {
        None | Some(Value::Null) => Some(None),
        Some(_) => f.choice("lens", &LENSES, out).map(Some),
    };
    let comparison = f.optional_text("comparison", out);
    let step = f.optional_text("step", out);
    Some(Evidence {
        station: station?,
        lens: lens?,
        comparison: comparison?,
        step: step?,
    })
}

fn choice_item(value: &Value, path: &str, out: &mut Found) -> Option<Choice> {
    let f = object(value, path, &["id", "text"], out)?;
    let id = f.text("id", out);
    let text = f.text("text", out);
    Some(Choice { id: id?, text: text? })
}

const LENSES: [(&str, LensId); 3] = [
    ("official", LensId::Official),
    ("speech", LensId::Speech),
    ("historians", LensId::Historians),
];

const QUESTION_TYPES: [&str; 6] = [
    "single_choice",
    "multiple_choice",
    "true_false",
    "ordering",
    "which_voice",
    "spot_the_change",
];

/// A question's fields depend on its `type`, so the type is read first and
/// the rest is checked against that type's fields.
fn question(value: &Value, path: &str, out: &mut Found) -> Option<Question> {
    let Value::Object(map) = value else {
        out.push((
            path.to_string(),
            format!("expected a question object, found {}", kind(value)),
        ));
        return None;
    };
    let kind_path = member(path, "type");
    let question_type = match map.get("type") {
        None => {
            out.push((
                path.to_string(),
                format!("missing field `type`; add one of {}", list(&QUESTION_TYPES)),
            ));
            return None;
        }
        Some(Value::String(t)) if QUESTION_TYPES.contains(&t.as_str()) => t.as_str(),
        Some(other) => {
            out.push((
                kind_path,
                format!(
                    "unknown question type {}; use one of {}",
                    shown(other),
                    list(&QUESTION_TYPES)
                ),
            ));
            return None;
        }
    };
    const COMMON: [&str; 5] = ["type", "id", "prompt", "explanation", "evidence"];
    let extra: &[&str] = match question_type {
        "single_choice" => &["choices", "answer"],
        "multiple_choice" => &["choices", "answers"],
        "true_false" => &["answer"],
        "which_voice" => &["claim", "answer"],
        "ordering" => &["items"],
        _ => &["comparison", "state", "answer"],
    };
    let known: Vec<&str> = COMMON.iter().chain(extra).copied().collect();
    let f = object(value, path, &known, out)?;
    let id = f.text("id", out);
    let prompt = f.text("prompt", out);
    let explanation = f.text("explanation", out);
    let evidence = f.nested("evidence", evidence, out);
    let question = match question_type {
        "single_choice" => {
            let choices = f.list("choices", choice_item, out);
            let answer = f.text("answer", out);
            Question::SingleChoice {
                id: id?,
                prompt: prompt?,
                choices: choices?,
                answer: answer?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
        "multiple_choice" => {
            let choices = f.list("choices", choice_item, out);
            let answers = f.texts("answers", out);
            Question::MultipleChoice {
                id: id?,
                prompt: prompt?,
                choices: choices?,
                answers: answers?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
        "true_false" => {
            let answer = f.required_flag("answer", out);
            Question::TrueFalse {
                id: id?,
                prompt: prompt?,
                answer: answer?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
        "ordering" => {
            let items = f.list("items", choice_item, out);
            Question::Ordering {
                id: id?,
                prompt: prompt?,
                items: items?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
        "which_voice" => {
            let claim = f.text("claim", out);
            let answer = f.choice("answer", &LENSES, out);
            Question::WhichVoice {
                id: id?,
                prompt: prompt?,
                claim: claim?,
                answer: answer?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
        _ => {
            let comparison = f.text("comparison", out);
            let state = f.text("state", out);
            let answer = f.text("answer", out);
            Question::SpotTheChange {
                id: id?,
                prompt: prompt?,
                comparison: comparison?,
                state: state?,
                answer: answer?,
                explanation: explanation?,
                evidence: evidence?,
            }
        }
    };
    Some(question)
}

fn text_item(value: &Value, path: &str, out: &mut Found) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        other => {
            out.push((
                path.to_string(),
                format!("expected text in quotes, found {}", kind(other)),
            ));
            None
        }
    }
}

/// The members of one JSON object, read by name.
struct Fields<'v> {
    map: &'v Map<String, Value>,
    path: &'v str,
}

/// Reads `value` as an object whose members are all in `known`; every other
/// member is reported, with the list of fields the object can have.
fn object<'v>(value: &'v Value, path: &'v str, known: &[&str], out: &mut Found) -> Option<Fields<'v>> {
    let Value::Object(map) = value else {
        let what = if path.is_empty() { "the exhibit" } else { "this" };
        out.push((
            path.to_string(),
            format!("expected an object `{{ ... }}` for {what}, found {}", kind(value)),
        ));
        return None;
    };
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            out.push((
                member(path, key),
                format!(
                    "unknown field `{key}`; check the spelling or remove it (expected one of {})",
                    list(known)
                ),
            ));
        }
    }
    Some(Fields { map, path })
}

impl<'v> Fields<'v> {
    fn get(&self, name: &str) -> Option<&'v Value> {
        self.map.get(name)
    }

    fn at(&self, name: &str) -> String {
        member(self.path, name)
    }

    fn missing(&self, name: &str, out: &mut Found) {
        out.push((self.path.to_string(), format!("missing field `{name}`; add it")));
    }

    fn wrong(&self, name: &str, expected: &str, found: &Value, out: &mut Found) {
        out.push((
            self.at(name),
            format!(
                "expected {expected}, found {}; change the value to {expected}",
                kind(found)
            ),
        ));
    }

    fn text(&self, name: &str, out: &mut Found) -> Option<String> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.wrong(name, "text in quotes", other, out);
                None
            }
        }
    }

    /// `Some(None)` when absent (or `null`, as the schema allows); `None`
    /// when present with the wrong type.
    fn optional_text(&self, name: &str, out: &mut Found) -> Option<Option<String>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.text(name, out).map(Some),
        }
    }

    /// An optional true/false that defaults to false.
    fn flag(&self, name: &str, out: &mut Found) -> Option<bool> {
        match self.get(name) {
            None => Some(false),
            Some(_) => self.required_flag(name, out),
        }
    }

    fn required_flag(&self, name: &str, out: &mut Found) -> Option<bool> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                self.wrong(name, "true or false", other, out);
                None
            }
        }
    }

    fn number(&self, name: &str, out: &mut Found) -> Option<f64> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::Number(n)) => n.as_f64(),
            Some(other) => {
                self.wrong(name, "a number", other, out);
                None
            }
        }
    }

    /// A whole number from 0 to `max`.
    fn whole(&self, name: &str, max: u64, out: &mut Found) -> Option<u64> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::Number(n)) => match n.as_u64() {
                Some(v) if v <= max => Some(v),
                _ => {
                    out.push((self.at(name), format!("{n} is not a whole number from 0 to {max}")));
                    None
                }
            },
            Some(other) => {
                self.wrong(name, "a whole number", other, out);
                None
            }
        }
    }

    fn choice<T: Copy>(&self, name: &str, options: &[(&str, T)], out: &mut Found) -> Option<T> {
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::String(s)) => match options.iter().find(|(n, _)| n == s) {
                Some((_, value)) => Some(*value),
                None => {
                    out.push((
                        self.at(name),
                        format!("unknown value `{s}`; use one of {}", list(&names)),
                    ));
                    None
                }
            },
            Some(other) => {
                self.wrong(name, &format!("one of {}", list(&names)), other, out);
                None
            }
        }
    }

    /// A choice that may be left out, meaning the type's default.
    fn optional_choice<T: Copy + Default>(&self, name: &str, options: &[(&str, T)], out: &mut Found) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(_) => self.choice(name, options, out),
        }
    }

    fn nested<T>(&self, name: &str, decode: fn(&Value, &str, &mut Found) -> Option<T>, out: &mut Found) -> Option<T> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(value) => decode(value, &self.at(name), out),
        }
    }

    fn list<T>(&self, name: &str, item: fn(&Value, &str, &mut Found) -> Option<T>, out: &mut Found) -> Option<Vec<T>> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::Array(items)) => {
                let path = self.at(name);
                // Decode every item, so each one's problems are reported.
                let decoded: Vec<Option<T>> = items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| item(v, &index(&path, i), out))
                    .collect();
                decoded.into_iter().collect()
            }
            Some(other) => {
                self.wrong(name, "a list `[ ... ]`", other, out);
                None
            }
        }
    }

    /// A list that may be left out, meaning empty.
    fn optional_list<T>(
        &self,
        name: &str,
        item: fn(&Value, &str, &mut Found) -> Option<T>,
        out: &mut Found,
    ) -> Option<Vec<T>> {
        match self.get(name) {
            None => Some(Vec::new()),
            Some(_) => self.list(name, item, out),
        }
    }

    fn texts(&self, name: &str, out: &mut Found) -> Option<Vec<String>> {
        self.list(name, text_item, out)
    }
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text \"{s}\""),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => format!("`{s}`"),
        other => kind(other),
    }
}

fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}
