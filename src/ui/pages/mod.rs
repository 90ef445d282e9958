//! One file per page the router can show.

mod accessibility;
// Pages the app leaves as prerendered (`Route::left_prerendered`): drawn
// at build time only, so none of their code is in the wasm.
#[cfg(not(target_arch = "wasm32"))]
mod attract;
pub mod content_error;
mod glossary;
#[cfg(not(target_arch = "wasm32"))]
mod handout;
mod home;
mod not_found;
mod quiz;
mod station;
mod timeline;
#[cfg(not(target_arch = "wasm32"))]
mod worksheet;

pub use accessibility::AccessibilityPage;
#[cfg(not(target_arch = "wasm32"))]
pub use attract::AttractPage;
pub use content_error::{ContentError, ContentErrorProps};
pub use glossary::GlossaryPage;
#[cfg(not(target_arch = "wasm32"))]
pub use handout::HandoutPage;
pub use home::Home;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use station::StationPage;
pub use timeline::TimelinePage;
#[cfg(not(target_arch = "wasm32"))]
pub use worksheet::{AnswerKeyPage, WorksheetPage};
