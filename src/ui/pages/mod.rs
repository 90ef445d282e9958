//! One file per page the router can show.

mod accessibility;
mod attract;
pub mod content_error;
mod glossary;
mod handout;
mod home;
mod not_found;
mod quiz;
mod station;
mod timeline;
mod worksheet;

pub use accessibility::AccessibilityPage;
pub use attract::AttractPage;
pub use content_error::{ContentError, ContentErrorProps};
pub use glossary::GlossaryPage;
pub use handout::HandoutPage;
pub use home::Home;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use station::StationPage;
pub use timeline::TimelinePage;
pub use worksheet::{AnswerKeyPage, WorksheetPage};
