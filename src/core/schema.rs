//! The JSON Schema curators' editors read, generated from the content types
//! so the two cannot drift apart (a test compares it with the committed file).

use super::content::Exhibit;

/// The schema as pretty-printed JSON with a trailing newline.
pub fn exhibit_schema() -> String {
    let schema = schemars::schema_for!(Exhibit);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
