//! Content the core's tests load: the small fixture that the checker's tests
//! break on purpose, and the shipped English exhibit.

use super::check::load;
use super::content::Exhibit;
use super::images::ImageFile;

/// `tests/fixtures/exhibit/minimal.json`.
pub fn minimal() -> Exhibit {
    let text = include_str!("../../tests/fixtures/exhibit/minimal.json");
    load("minimal.json", text, &|_| ImageFile::Unknown).expect("the fixture is sound")
}

/// `assets/exhibit/en.json`.
pub fn shipped() -> Exhibit {
    let text = include_str!("../../assets/exhibit/en.json");
    load("en.json", text, &|_| ImageFile::Unknown).expect("the shipped content is sound")
}
