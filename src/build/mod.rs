//! What the build does natively, never in the wasm: it reads image files
//! for the checker (`exhibit-check`, and the prerender, which refuses a
//! build with a problem), makes the smaller copies of scans, and draws
//! kiosk mode's take-home codes.

pub mod images;
pub mod take_home;
