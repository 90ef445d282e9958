//! The pure core: the content model and everything computed from it.
//! Nothing here may import yew, web-sys or gloo.

pub mod address;
pub mod check;
pub mod comparison;
pub mod content;
pub mod decode;
#[cfg(test)]
mod fixtures;
pub mod hash;
pub mod images;
pub mod kiosk;
pub mod lens;
pub mod marks;
pub mod messages;
pub mod moment;
pub mod order;
pub mod ordering;
pub mod progress;
pub mod query;
pub mod quiz;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod scorm;
mod slugs;
pub mod spans;
