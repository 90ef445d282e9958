//! Turns a parsed JSON tree into the content model, reporting every wrong,
//! missing or unknown field with its path.
//!
//! Written by hand rather than with serde's derived `Deserialize` for two
//! reasons: serde stops at the first error and cannot see inside the quiz's
//! tagged questions, where a curator needs every problem with its exact path;
//! and the derived code for this model was most of the wasm. The serde
//! derives stay on the types for the JSON Schema, and a native test holds
//! this decoder and serde to the same verdict on many mutated documents.
//!
//! A record is declared once, in `content`, with `record!`: from one list of
//! fields the macro writes the struct (its docs and serde attributes feed the
//! schema) and its `Decode` impl, each field read by the `Fields` method its
//! declaration names. So a field cannot be added to the type and forgotten
//! here. What is not a plain record is written out below: the tagged quiz
//! questions, the modes, and text items of a list.

use serde_json::{Map, Value};

use super::content::*;
use super::slugs::Slugged;
use super::spans::{index, member};

/// A problem found while decoding: the field path and what is wrong.
pub type Found = Vec<(String, String)>;

/// A value read from the JSON at `path`, with every problem in it pushed to
/// `out`; `None` when there was any.
pub trait Decode: Sized {
    fn decode(value: &Value, path: &str, out: &mut Found) -> Option<Self>;
}

/// Decodes a whole exhibit. `None` when any problem was found.
pub fn exhibit(value: &Value, out: &mut Found) -> Option<Exhibit> {
    Exhibit::decode(value, "", out)
}

/// Declares a record of the content model: the struct, with the derives
/// every record has, its own attributes and field docs passed through, and
/// its `Decode` impl. Each field is
/// `name: Type => how`, where `how` is a method of `Fields` (with its
/// arguments, if any) giving an `Option<Type>`; `as "key"` names the member
/// when it is not the field's name. Fields are read in the order written,
/// which is the order of the problems reported for one object and of the
/// names offered for an unknown field.
macro_rules! record {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_attr:meta])*
                pub $field:ident: $ty:ty => $how:ident $(($($arg:expr),*))? $(as $key:literal)?,
            )*
        }
    ) => {
        // Every record derives the same: serde for the schema, and a file's
        // unknown field is a mistake, not something to skip.
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(::schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $(#[$attr])*
        pub struct $name {
            $(
                $(#[$field_attr])*
                pub $field: $ty,
            )*
        }

        impl $crate::core::decode::Decode for $name {
            fn decode(
                value: &::serde_json::Value,
                path: &str,
                out: &mut $crate::core::decode::Found,
            ) -> Option<$name> {
                // A constant list of names, so it sits in the data, not built in code.
                let f = $crate::core::decode::object(value, path, &[$(record!(@key $field $($key)?)),*], out)?;
                $(
                    let $field: Option<$ty> = f.$how(record!(@key $field $($key)?), $($($arg,)*)? out);
                )*
                // Every field is read before any is unwrapped, so each one's
                // problems are reported; one match, not a `?` per field, so a
                // failure drops what was read in one place (less wasm).
                match ($($field,)*) {
                    ($(Some($field),)*) => Some($name { $($field,)* }),
                    _ => None,
                }
            }
        }
    };
    (@key $field:ident) => {
        stringify!($field)
    };
    (@key $field:ident $key:literal) => {
        $key
    };
}

pub(crate) use record;

impl Decode for Mode {
    fn decode(value: &Value, path: &str, out: &mut Found) -> Option<Mode> {
        let slug = String::decode(value, path, out)?;
        word(&slug, path.to_string(), out)
    }
}

/// Every word of an enum (`slugs!`), in the order declared.
fn words<T: Slugged>() -> Vec<&'static str> {
    T::all().iter().map(|v| v.word()).collect()
}

/// The value whose word is `slug`; else a problem at `path` that offers
/// every word. A field's choice and a mode in a list read their word here.
fn word<T: Slugged>(slug: &str, path: String, out: &mut Found) -> Option<T> {
    word_at(&words::<T>(), slug, path, out).map(|at| T::all()[at])
}

// Not generic, so one copy serves every enum in the wasm.
fn word_at(words: &[&str], slug: &str, path: String, out: &mut Found) -> Option<usize> {
    let found = words.iter().position(|w| *w == slug);
    if found.is_none() {
        out.push((path, format!("unknown value `{slug}`; use one of {}", list(words))));
    }
    found
}

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
impl Decode for Question {
    fn decode(value: &Value, path: &str, out: &mut Found) -> Option<Question> {
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
        let evidence = f.nested("evidence", out);
        // A kind's own fields, each with the `Fields` method that reads it.
        // Every field is read before any is unwrapped, so each problem in the
        // question is reported, in this order.
        macro_rules! question {
            ($kind:ident { $($field:ident => $read:ident),* }) => {{
                $(let $field = f.$read(stringify!($field), out);)*
                Question::$kind {
                    id: id?,
                    prompt: prompt?,
                    explanation: explanation?,
                    evidence: evidence?,
                    $($field: $field?,)*
                }
            }};
        }
        let question = match question_type {
            "single_choice" => question!(SingleChoice { choices => list, answer => text }),
            "multiple_choice" => question!(MultipleChoice { choices => list, answers => list }),
            "true_false" => question!(TrueFalse { answer => required_flag }),
            "ordering" => question!(Ordering { items => list }),
            "which_voice" => question!(WhichVoice { claim => text, answer => choice }),
            _ => question!(SpotTheChange { comparison => text, state => text, answer => text }),
        };
        Some(question)
    }
}

impl Decode for String {
    /// A text item of a list; a text field is read by `Fields::text`, whose
    /// message also names the field.
    fn decode(value: &Value, path: &str, out: &mut Found) -> Option<String> {
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
}

/// The members of one JSON object, read by name.
pub(crate) struct Fields<'v> {
    map: &'v Map<String, Value>,
    path: &'v str,
}

/// Reads `value` as an object whose members are all in `known`; every other
/// member is reported, with the list of fields the object can have.
pub(crate) fn object<'v>(value: &'v Value, path: &'v str, known: &[&str], out: &mut Found) -> Option<Fields<'v>> {
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

/// One method per way a field is read, named in `record!` declarations. A
/// plain name is a required field (but `flag`, false when absent);
/// `optional_` reads an `Option` that is `None` when the member is absent or
/// `null`, as the schema allows; `_or_` names what an absent member means.
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

    pub(crate) fn text(&self, name: &str, out: &mut Found) -> Option<String> {
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

    pub(crate) fn optional_text(&self, name: &str, out: &mut Found) -> Option<Option<String>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.text(name, out).map(Some),
        }
    }

    /// A citation's place in its source. Every statement is cited to a place
    /// a reader can find, so a citation without one is refused with what to
    /// write instead.
    pub(crate) fn locator(&self, name: &str, out: &mut Found) -> Option<String> {
        if self.get(name).is_none() {
            out.push((
                self.path.to_string(),
                "cites a source without a `locator`; add the page, section or document number where a reader finds the statement".to_string(),
            ));
            return None;
        }
        self.text(name, out)
    }

    /// An optional true/false that defaults to false.
    pub(crate) fn flag(&self, name: &str, out: &mut Found) -> Option<bool> {
        match self.get(name) {
            None => Some(false),
            Some(_) => self.required_flag(name, out),
        }
    }

    pub(crate) fn required_flag(&self, name: &str, out: &mut Found) -> Option<bool> {
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

    pub(crate) fn number(&self, name: &str, out: &mut Found) -> Option<f64> {
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
    pub(crate) fn whole(&self, name: &str, max: u32, out: &mut Found) -> Option<u32> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::Number(n)) => match n.as_u64() {
                Some(v) if v <= u64::from(max) => Some(v as u32),
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

    pub(crate) fn whole_or(&self, name: &str, max: u32, default: u32, out: &mut Found) -> Option<u32> {
        match self.get(name) {
            None => Some(default),
            Some(_) => self.whole(name, max, out),
        }
    }

    /// A whole number from 0 to 100: a percentage.
    pub(crate) fn percent(&self, name: &str, out: &mut Found) -> Option<u8> {
        self.whole(name, 100, out).map(|p| p as u8)
    }

    pub(crate) fn optional_percent(&self, name: &str, out: &mut Found) -> Option<Option<u8>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.percent(name, out).map(Some),
        }
    }

    /// One of an enum's words (`slugs!`), in the order declared.
    pub(crate) fn choice<T: Slugged>(&self, name: &str, out: &mut Found) -> Option<T> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(Value::String(s)) => word(s, self.at(name), out),
            Some(other) => {
                self.wrong(name, &format!("one of {}", list(&words::<T>())), other, out);
                None
            }
        }
    }

    pub(crate) fn choice_or_default<T: Slugged + Default>(&self, name: &str, out: &mut Found) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(_) => self.choice(name, out),
        }
    }

    pub(crate) fn optional_choice<T: Slugged>(&self, name: &str, out: &mut Found) -> Option<Option<T>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.choice(name, out).map(Some),
        }
    }

    pub(crate) fn nested<T: Decode>(&self, name: &str, out: &mut Found) -> Option<T> {
        self.nested_with(name, T::decode, out)
    }

    // The reader is passed as a pointer, as the hand-written decoders did:
    // called directly, records were inlined into their readers and the wasm grew.
    fn nested_with<T>(
        &self,
        name: &str,
        decode: fn(&Value, &str, &mut Found) -> Option<T>,
        out: &mut Found,
    ) -> Option<T> {
        match self.get(name) {
            None => {
                self.missing(name, out);
                None
            }
            Some(value) => decode(value, &self.at(name), out),
        }
    }

    pub(crate) fn nested_or_default<T: Decode + Default>(&self, name: &str, out: &mut Found) -> Option<T> {
        match self.get(name) {
            None => Some(T::default()),
            Some(_) => self.nested(name, out),
        }
    }

    pub(crate) fn optional_nested<T: Decode>(&self, name: &str, out: &mut Found) -> Option<Option<T>> {
        match self.get(name) {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.nested(name, out).map(Some),
        }
    }

    /// `None` only when absent: unlike `optional_nested`, a `null` is read
    /// as the record and refused, as this decoder always has for a crop
    /// (serde and the schema take it for absent).
    pub(crate) fn nested_if_present<T: Decode>(&self, name: &str, out: &mut Found) -> Option<Option<T>> {
        match self.get(name) {
            None => Some(None),
            Some(_) => self.nested(name, out).map(Some),
        }
    }

    pub(crate) fn list<T: Decode>(&self, name: &str, out: &mut Found) -> Option<Vec<T>> {
        self.list_with(name, T::decode, out)
    }

    fn list_with<T>(
        &self,
        name: &str,
        item: fn(&Value, &str, &mut Found) -> Option<T>,
        out: &mut Found,
    ) -> Option<Vec<T>> {
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

    pub(crate) fn list_or_empty<T: Decode>(&self, name: &str, out: &mut Found) -> Option<Vec<T>> {
        match self.get(name) {
            None => Some(Vec::new()),
            Some(_) => self.list(name, out),
        }
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

/// The names quoted and separated by commas, written straight into one
/// string (a format and a join per name cost more wasm).
fn list(names: &[&str]) -> String {
    let mut listed = String::new();
    for name in names {
        if !listed.is_empty() {
            listed.push_str(", ");
        }
        listed.push('`');
        listed.push_str(name);
        listed.push('`');
    }
    listed
}
