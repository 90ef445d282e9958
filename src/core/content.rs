//! The exhibit as data: the typed model of `assets/exhibit/<lang>.json`.
//!
//! Every struct denies unknown fields so a curator's typo fails loudly with a
//! field path instead of being silently ignored. The JSON Schema curators'
//! editors use is generated from these types (see `schema`).
//!
//! Each record is declared once, with `decode::record!`: after each field's
//! type comes the way the decoder reads it (`text`, `list`, `nested`...,
//! methods of `decode::Fields`), so the type, its schema and its decoder
//! come from the same lines. Serde's derives are kept for the schema and the
//! test that holds the decoder to serde's verdict; the app decodes with
//! `decode`, whose code is smaller in the wasm.

use serde::{Deserialize, Serialize};

pub use super::comparison::Mode;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

use super::decode::record;
use super::slugs::slugs;

record! {
    /// A whole exhibit in one language.
    pub struct Exhibit {
        /// Editors read this to offer completion; the app ignores it.
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String> => optional_text as "$schema",
        /// Stable id of the exhibit; namespaces what the browser stores.
        pub id: String => text,
        /// BCP 47 language tag of this file, e.g. "en".
        pub language: String => text,
        pub title: String => text,
        /// One or two sentences under the title on the home page.
        pub intro: String => text,
        /// People and works credited in the footer.
        pub credits: Vec<String> => list,
        /// Licence lines for the text and the illustrations.
        pub licence: Vec<String> => list,
        pub stations: Vec<Station> => list,
        #[serde(default)]
        pub comparisons: Vec<Comparison> => list_or_empty,
        #[serde(default)]
        pub timeline: Vec<TimelineEvent> => list_or_empty,
        pub quiz: Quiz => nested,
        pub sources: Vec<Source> => list,
        /// How the exhibit behaves on a gallery's touch screen (`?kiosk=1`).
        #[serde(default)]
        pub kiosk: Kiosk => nested_or_default,
    }
}

record! {
    /// Settings for kiosk mode: the exhibit on a touch screen in the gallery,
    /// reset for the next visitor when the last one walks away.
    pub struct Kiosk {
        /// Seconds without a touch or a key before the exhibit asks whether
        /// anyone is still there (from 30 to 3600).
        #[serde(default = "default_idle_seconds")]
        pub idle_seconds: u32 => whole_or(u32::MAX, DEFAULT_IDLE_SECONDS),
        /// The address of the museum's public copy of the exhibit (its root
        /// folder, ending in `/`, for example `https://museum.example/secret-speech/`).
        /// Each station in kiosk mode then shows a code a phone's camera reads,
        /// to take the same station home, in the same language. Without it, no
        /// code is shown.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub public_url: Option<String> => optional_text,
    }
}

/// The idle time of an exhibit that names none: two minutes, long enough
/// to read a station's account without touching the screen.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;

fn default_idle_seconds() -> u32 {
    DEFAULT_IDLE_SECONDS
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk {
            idle_seconds: DEFAULT_IDLE_SECONDS,
            public_url: None,
        }
    }
}

record! {
    /// A room of the exhibit.
    pub struct Station {
        /// URL-safe id: lowercase letters, digits and hyphens.
        pub id: String => text,
        pub title: String => text,
        /// One sentence shown on the home page's path.
        pub summary: String => text,
        /// Passages of the speech (or of documents it quotes), each cited.
        pub excerpts: Vec<Excerpt> => list,
        /// The museum label: short paragraphs of context.
        pub context: Vec<Paragraph> => list,
        /// Terms this station explains. Text marks them as `[[term-id]]` or `[[shown words|term-id]]`.
        #[serde(default)]
        pub glossary: Vec<GlossaryTerm> => list_or_empty,
        /// Ids of the comparisons shown in this station.
        #[serde(default)]
        pub comparisons: Vec<String> => list_or_empty,
        pub lenses: Lenses => nested,
        /// From when a reader could read the summary.
        pub known: Known => nested,
        /// Ids of the sources listed at the foot of the station.
        pub sources: Vec<String> => list,
    }
}

record! {
    /// A quotation, shown as a museum quotation with its citation under it.
    pub struct Excerpt {
        /// The quoted words, exactly as in the cited source.
        pub text: String => text,
        /// Who is speaking or writing, e.g. "N. S. Khrushchev, 25 February 1956".
        pub speaker: String => text,
        pub citation: Citation => nested,
        /// True when the text is a translation of the cited original.
        #[serde(default)]
        pub translation: bool => flag,
        /// Language of `text` when it differs from the file's, e.g. "ru", so
        /// screen readers pronounce it right.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lang: Option<String> => optional_text,
        pub known: Known => nested,
    }
}

record! {
    /// A reference to a source and the place in it where a reader finds the
    /// statement: every statement, number and quotation carries one.
    pub struct Citation {
        /// Id of an entry in `sources`.
        pub source: String => text,
        /// Page, section or document number within the source, e.g. "p. 346",
        /// "doc. 199", "section 3", or the passage of an unpaginated text.
        pub locator: String => locator,
    }
}

record! {
    /// A paragraph of the exhibit's own prose, with the sources that back it.
    pub struct Paragraph {
        pub text: String => text,
        pub sources: Vec<Citation> => list,
        pub known: Known => nested,
    }
}

record! {
    pub struct GlossaryTerm {
        /// Id used in `[[...]]` marks; unique across the exhibit.
        pub id: String => text,
        pub term: String => text,
        pub definition: String => text,
        pub sources: Vec<Citation> => list,
        pub known: Known => nested,
    }
}

record! {
    /// The three narrative lenses of a station.
    pub struct Lenses {
        /// What the Stalin-era state said.
        pub official: Vec<Claim> => list,
        /// What Khrushchev said in 1956.
        pub speech: Vec<Claim> => list,
        /// What historians say today.
        pub historians: Vec<Claim> => list,
    }
}

record! {
    pub struct Claim {
        /// Unique across the exhibit.
        pub id: String => text,
        pub text: String => text,
        /// True when `text` is a quotation from the first source.
        #[serde(default)]
        pub quote: bool => flag,
        /// Language of `text` when it differs from the file's, e.g. "ru".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lang: Option<String> => optional_text,
        /// When this voice spoke, as a sortable date ("1938", "1956-06-30").
        /// Required in the official lens, whose voice is "the official account
        /// of its time": the visitor must see which time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String> => optional_text,
        pub sources: Vec<Citation> => list,
        /// Id of the claim, in another lens of the same station, that this one answers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub answers: Option<String> => optional_text,
        pub known: Known => nested,
    }
}

record! {
    /// The official image against what it hid.
    pub struct Comparison {
        pub id: String => text,
        pub title: String => text,
        /// What the visitor is looking at and why it matters, in a sentence or two.
        pub summary: String => text,
        /// Which way the slider divides the images.
        #[serde(default)]
        pub orientation: Orientation => choice_or_default,
        /// The ways of looking that suit these pictures, the first being the
        /// one the comparison opens in. Two different pictures (a slogan and a
        /// famine's toll) suit side by side and not a slider; a story in three
        /// stages suits steps. Left out: slider, side by side, and steps when
        /// there are more than two states.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub modes: Vec<Mode> => list_or_empty,
        /// Where the slider's divider starts, in percent from the left (or top):
        /// just before the change, so the first thing seen is that something
        /// differs. Left out: 50.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub divider: Option<u8> => optional_percent,
        /// Two or more states of the image, oldest first.
        pub states: Vec<ImageState> => list,
        #[serde(default)]
        pub hotspots: Vec<Hotspot> => list_or_empty,
        pub sources: Vec<Citation> => list,
        /// From when a reader could read the summary. The title stays at every
        /// moment, as a station's does: it names what is hidden.
        pub known: Known => nested,
    }
}

slugs! {
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
    #[serde(rename_all = "lowercase")]
    pub enum Orientation {
        #[default]
        Horizontal = "horizontal",
        Vertical = "vertical",
    }
}

record! {
    /// One state of an image: the original, a retouched version, a poster...
    pub struct ImageState {
        /// Unique within its comparison; used in links ("the step where Yezhov is gone").
        pub id: String => text,
        /// Short name shown on the control, e.g. "Original, 1937".
        pub label: String => text,
        /// When this state was made or published, as it should be shown.
        pub date: String => text,
        /// Path of the image file, relative to the content file's folder's parent (`assets/`).
        pub image: String => text,
        /// Intrinsic size, so the page reserves the space before the image arrives.
        pub width: u32 => whole(u32::MAX),
        pub height: u32 => whole(u32::MAX),
        pub alt: String => text,
        /// The long description for those who cannot see the image.
        pub description: String => text,
        pub caption: String => text,
        /// Who made the image and under what licence.
        pub credit: String => text,
        /// The terms under which the exhibit shows a photograph or scan
        /// (JPEG, PNG or WebP), e.g. "licensed to the museum for exhibition
        /// until 2030": required for those, shown after the credit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub licence: Option<String> => optional_text,
        /// The part of a scan to show, in the file's pixels, when the scan has
        /// another shape than the comparison's other pictures: the build cuts
        /// its copies from this part, `width` and `height` are this part's
        /// size, and marks and words are placed in it (from its top-left).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub crop: Option<Crop> => nested_if_present,
        /// Words that belong on the picture (names, dates, slogans), drawn over
        /// it by the page in the page's language: no words are baked into an
        /// image file, so each language file carries its own.
        #[serde(default)]
        pub labels: Vec<ImageLabel> => list_or_empty,
        pub known: Known => nested,
    }
}

impl ImageState {
    /// Whose the image is and, for a scan, on what terms it is shown.
    pub fn credit_line(&self) -> String {
        match &self.licence {
            Some(licence) => format!("{}; {licence}", self.credit),
            None => self.credit.clone(),
        }
    }
}

record! {
    /// A word or line set over an image state, in the image's own pixels.
    pub struct ImageLabel {
        pub text: String => text,
        /// Where the label's anchor sits, from the top-left corner; the line of
        /// text is centred on `y`.
        pub x: f64 => number,
        pub y: f64 => number,
        /// Which end of the line sits on `x`.
        #[serde(default)]
        pub anchor: LabelAnchor => choice_or_default,
        /// Type size in the image's pixels, so the words scale with the picture.
        #[serde(default = "default_label_size")]
        pub size: u32 => whole_or(500, DEFAULT_LABEL_SIZE),
        #[serde(default)]
        pub bold: bool => flag,
        #[serde(default)]
        pub tone: LabelTone => choice_or_default,
        /// Words the picture shows crossed out.
        #[serde(default)]
        pub struck: bool => flag,
        /// Where the picture is shown too narrow to hold these words at a
        /// legible size (a phone, or two pictures side by side), they move
        /// under it instead of shrinking. For long lines: slogans, headings,
        /// the text of a document or a chart.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub moves_below: bool => flag,
    }
}

/// The type size of a label that names none, in image pixels.
pub const DEFAULT_LABEL_SIZE: u32 = 15;

fn default_label_size() -> u32 {
    DEFAULT_LABEL_SIZE
}

slugs! {
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
    #[serde(rename_all = "lowercase")]
    pub enum LabelAnchor {
        #[default]
        Start = "start",
        Middle = "middle",
        End = "end",
    }
}

slugs! {
    /// The colour of a label, from the illustrations' palette.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
    #[serde(rename_all = "lowercase")]
    pub enum LabelTone {
        /// Black, on the pale ground.
        #[default]
        Ink = "ink",
        /// Pale, on black or red.
        Paper = "paper",
        Red = "red",
        /// Greyed out: words that have faded from the picture.
        Faded = "faded",
    }
}

record! {
    /// A marked place on an image, with its explanation.
    pub struct Hotspot {
        /// Unique within its comparison.
        pub id: String => text,
        /// Id of the image state the hotspot sits on.
        pub state: String => text,
        /// The point explained, in the image's own pixels, from the top-left corner.
        pub x: f64 => number,
        pub y: f64 => number,
        /// Where the numbered marker sits when it would cover what it explains
        /// (a face, words in the picture): a leader line joins it to the point.
        /// Left out: on the point itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub marker: Option<Point> => optional_nested,
        pub label: String => text,
        pub explanation: String => text,
        pub sources: Vec<Citation> => list,
        pub known: Known => nested,
    }
}

record! {
    /// A rectangle of a scan, in the file's pixels.
    #[derive(Copy, Eq)]
    pub struct Crop {
        pub x: u32 => whole(u32::MAX),
        pub y: u32 => whole(u32::MAX),
        pub width: u32 => whole(u32::MAX),
        pub height: u32 => whole(u32::MAX),
    }
}

record! {
    /// A point in an image's own pixels.
    #[derive(Copy)]
    pub struct Point {
        pub x: f64 => number,
        pub y: f64 => number,
    }
}

record! {
    pub struct TimelineEvent {
        pub id: String => text,
        /// Sortable date: "1956", "1956-02" or "1956-02-25".
        pub date: String => text,
        /// The date as a reader sees it, e.g. "23–26 December 1922".
        pub when: String => text,
        pub title: String => text,
        pub text: String => text,
        /// The station that tells this part of the story, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub station: Option<String> => optional_text,
        pub sources: Vec<Citation> => list,
        pub known: Known => nested,
    }
}

record! {
    pub struct Source {
        pub id: String => text,
        /// The full citation as it should be printed.
        pub citation: String => text,
        /// A short form for under quotations and claims, e.g. "US Department of
        /// State translation, 1956"; the full citation is used where it is absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub short: Option<String> => optional_text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String> => optional_text,
        /// BCP 47 language of the text this source gives, e.g. "ru" for the
        /// 1989 Soviet edition, "en" for the 1956 State Department translation.
        pub language: String => text,
        /// True when the source gives a translation of the original (the State
        /// Department's English): a quotation from it is never shown as an
        /// original.
        #[serde(default)]
        pub translation: bool => flag,
        /// When the source was published, as a sortable date ("2017",
        /// "1956-06-04"): needed when a `known` names it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub published: Option<String> => optional_text,
    }
}

record! {
    /// From when a reader could see a thing, and to whom: each field names a
    /// timeline event or a source with a `published` date. A reader at a moment
    /// before that date sees a redaction naming it (`moment::hidden`).
    pub struct Known {
        /// From when a reader in the USSR could read or see it.
        pub soviet: String => text,
        /// From when a reader in the West could.
        pub west: String => text,
        /// For a Soviet reader: from when it was heard, though not published
        /// (read out at a closed session or at Party meetings).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub heard: Option<String> => optional_text,
        /// For a Soviet reader: from when it was taken out of what they could
        /// see (the original of a retouched photograph).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub withdrawn: Option<String> => optional_text,
    }
}

impl Known {
    /// Known to readers in the USSR and in the West from the same event.
    pub fn alike(id: &str) -> Known {
        Known {
            soviet: id.to_string(),
            west: id.to_string(),
            heard: None,
            withdrawn: None,
        }
    }
}

record! {
    pub struct Quiz {
        pub title: String => text,
        /// Percentage of the maximum score needed to pass (0 to 100).
        pub pass_mark: u8 => percent,
        pub questions: Vec<Question> => list,
    }
}

record! {
    /// Where the evidence for a question's answer is shown.
    pub struct Evidence {
        pub station: String => text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lens: Option<LensId> => optional_choice,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub comparison: Option<String> => optional_text,
        /// Id of a state of that comparison.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub step: Option<String> => optional_text,
    }
}

slugs! {
    // A lens's word is the one used in addresses and in the content file.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
    #[serde(rename_all = "lowercase")]
    pub enum LensId {
        Official = "official",
        Speech = "speech",
        Historians = "historians",
    }
}

impl Lenses {
    pub fn claims(&self, lens: LensId) -> &[Claim] {
        match lens {
            LensId::Official => &self.official,
            LensId::Speech => &self.speech,
            LensId::Historians => &self.historians,
        }
    }
}

record! {
    /// A choice in a question.
    pub struct Choice {
        /// Unique within its question.
        pub id: String => text,
        pub text: String => text,
    }
}

/// A quiz question; `type` says which kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Question {
    /// One right choice.
    SingleChoice {
        id: String,
        prompt: String,
        choices: Vec<Choice>,
        /// Id of the right choice.
        answer: String,
        explanation: String,
        evidence: Evidence,
    },
    /// Select all that apply; partial credit.
    MultipleChoice {
        id: String,
        prompt: String,
        choices: Vec<Choice>,
        /// Ids of every right choice.
        answers: Vec<String>,
        explanation: String,
        evidence: Evidence,
    },
    TrueFalse {
        id: String,
        prompt: String,
        answer: bool,
        explanation: String,
        evidence: Evidence,
    },
    /// Put items in time order; `items` lists them in the right order.
    Ordering {
        id: String,
        prompt: String,
        items: Vec<Choice>,
        explanation: String,
        evidence: Evidence,
    },
    /// Say which voice a claim belongs to.
    WhichVoice {
        id: String,
        prompt: String,
        /// The claim shown, as words.
        claim: String,
        answer: LensId,
        explanation: String,
        evidence: Evidence,
    },
    /// Choose where an image was altered; the choices are the comparison's hotspots.
    SpotTheChange {
        id: String,
        prompt: String,
        comparison: String,
        /// Id of the state shown.
        state: String,
        /// Id of the hotspot where the change is.
        answer: String,
        explanation: String,
        evidence: Evidence,
    },
}

/// A field every kind of question has, read whatever the kind: one arm
/// per kind, written once for all the fields.
macro_rules! common_field {
    ($($(#[$doc:meta])* $field:ident: $ty:ty;)*) => {
        impl Question {
            $(
                $(#[$doc])*
                pub fn $field(&self) -> &$ty {
                    match self {
                        Question::SingleChoice { $field, .. }
                        | Question::MultipleChoice { $field, .. }
                        | Question::TrueFalse { $field, .. }
                        | Question::Ordering { $field, .. }
                        | Question::WhichVoice { $field, .. }
                        | Question::SpotTheChange { $field, .. } => $field,
                    }
                }
            )*
        }
    };
}

common_field! {
    id: str;
    prompt: str;
    /// Why the answer is what it is, shown after checking.
    explanation: str;
    /// Where the answer is shown in the exhibit.
    evidence: Evidence;
}

impl Exhibit {
    pub fn station(&self, id: &str) -> Option<&Station> {
        self.stations.iter().find(|s| s.id == id)
    }

    /// Glossary terms live in the stations that explain them; ids are unique
    /// across the exhibit, so a mark anywhere finds its term.
    pub fn glossary_term(&self, id: &str) -> Option<&GlossaryTerm> {
        self.stations.iter().flat_map(|s| &s.glossary).find(|t| t.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// About how long the stations take to read, in minutes, rounded to
    /// five: their words (quotations, context, the three accounts, the
    /// pictures' summaries and marks) at 200 words a minute, a common
    /// figure for attentive reading. Counted from the content, so the
    /// promise on the home page stays true when a curator adds a station.
    pub fn reading_minutes(&self) -> u32 {
        let words = |text: &str| text.split_whitespace().count();
        let stations: usize = self
            .stations
            .iter()
            .map(|s| {
                s.excerpts.iter().map(|e| words(&e.text)).sum::<usize>()
                    + s.context.iter().map(|p| words(&p.text)).sum::<usize>()
                    + LensId::ALL
                        .into_iter()
                        .flat_map(|l| s.lenses.claims(l))
                        .map(|c| words(&c.text))
                        .sum::<usize>()
            })
            .sum();
        let pictures: usize = self
            .comparisons
            .iter()
            .map(|c| words(&c.summary) + c.hotspots.iter().map(|h| words(&h.explanation)).sum::<usize>())
            .sum();
        let minutes = (stations + pictures) as u32 / 200;
        (minutes.div_ceil(5) * 5).max(5)
    }
}

impl Exhibit {
    /// Citations as printed under a statement: "Short form, locator; …".
    pub fn cited(&self, citations: &[Citation]) -> String {
        citations
            .iter()
            .filter_map(|c| {
                self.source(&c.source)
                    .map(|s| format!("{}, {}", s.short_form(), c.locator))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether words in `language` quoted from this citation's source are a
    /// translation: the source gives one, or gives another language.
    pub fn is_translated(&self, citation: &Citation, language: &str) -> bool {
        self.source(&citation.source)
            .is_some_and(|s| s.translation || s.language != language)
    }
}

impl Source {
    /// The form to print beside a quotation or claim.
    pub fn short_form(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.citation)
    }
}

impl Claim {
    /// The year this voice spoke, and whether it spoke after Stalin's death
    /// (5 March 1953): the official voice of 1956 is not the Stalin-era one.
    pub fn era(&self) -> Option<(&str, bool)> {
        let date = self.date.as_deref()?;
        Some((date.get(..4).unwrap_or(date), date > "1953-03-05"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reading_time_is_counted_from_the_words_and_rounded_to_five() {
        let exhibit = crate::core::fixtures::shipped();
        let minutes = exhibit.reading_minutes();
        assert_eq!(minutes % 5, 0);
        // A short exhibit still promises a few minutes, not none.
        assert_eq!(crate::core::fixtures::minimal().reading_minutes(), 5);
        println!("the shipped stations read in about {minutes} minutes");
        assert!((15..=45).contains(&minutes), "{minutes}");
    }
}
