//! Browser edges: the places the exhibit touches the page, the network and
//! storage. Each sits behind a small function or trait so the core stays pure.

pub mod address;
pub mod content;
pub mod embed;
pub mod first_screen;
pub mod language;
pub mod lms;
pub mod panic;
pub mod record;
pub mod service_worker;
pub mod storage;
