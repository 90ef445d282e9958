//! Secret Speech: an exhibit about Khrushchev's 1956 speech.
//!
//! `core` is pure (no browser imports) and tested natively; `ui` renders its
//! state with Yew, in the browser and, at build time, natively into the
//! prerendered pages; `browser` holds the edges (storage, panic notice,
//! loading), which only the web build ever calls; `build` reads and makes
//! image files at build time.

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod build;

pub mod browser;
pub mod ui;
