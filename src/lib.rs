//! Secret Speech: an exhibit about Khrushchev's 1956 speech.
//!
//! `core` is pure (no browser imports) and tested natively; `ui` renders its
//! state with Yew; `browser` holds the edges (storage, panic notice, loading).

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
