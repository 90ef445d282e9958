//! The committed JSON Schema must be the one the Rust types generate, or
//! curators' editors would check against a stale format.
#![cfg(not(target_arch = "wasm32"))]

use secret_speech::core::schema::exhibit_schema;

#[test]
fn committed_schema_matches_the_content_types() {
    let committed = include_str!("../assets/exhibit/schema.json");
    assert!(
        committed == exhibit_schema(),
        "assets/exhibit/schema.json is stale: run `make schema` and commit the result"
    );
}

#[test]
fn content_files_name_the_schema() {
    let files = [
        ("en.json", include_str!("../assets/exhibit/en.json")),
        ("ru.json", include_str!("../assets/exhibit/ru.json")),
    ];
    for (file, text) in files.iter() {
        let value: serde_json::Value = serde_json::from_str(text).expect("content is JSON");
        assert_eq!(
            value["$schema"], "./schema.json",
            "{file} must name ./schema.json so editors find it"
        );
    }
}
