//! What the build does natively, never in the wasm: it reads image files
//! for the checker (`exhibit-check`, and the prerender, which refuses a
//! build with a problem) and makes the smaller copies of scans.

pub mod images;
