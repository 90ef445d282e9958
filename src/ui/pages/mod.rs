//! One file per page the router can show.

mod accessibility;
pub mod content_error;
mod glossary;
mod home;
mod not_found;
mod quiz;
mod station;
mod timeline;

pub use accessibility::AccessibilityPage;
pub use content_error::{ContentError, ContentErrorProps};
pub use glossary::GlossaryPage;
pub use home::Home;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use station::StationPage;
pub use timeline::TimelinePage;
