//! One file per page the router can show.

pub mod content_error;
mod home;
mod not_found;
mod quiz;
mod station;

pub use content_error::{ContentError, ContentErrorProps};
pub use home::Home;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use station::StationPage;
