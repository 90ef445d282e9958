//! Where a quiz attempt is kept and reported: the browser's storage when
//! the exhibit stands alone, the LMS (`suspend_data`, score, status) when a
//! SCORM host is present. The quiz page talks only to this trait, so tests
//! can hand in a fake and the LMS bridge stays at the edge.

use std::rc::Rc;

use super::storage::{self, Store};
use crate::core::content::{Exhibit, Quiz};
use crate::core::quiz::Attempt;

pub trait AttemptRecord {
    /// The stored attempt for `quiz`, if any (the encoded form of `Attempt`).
    fn resume(&self, quiz: &Quiz) -> Option<String>;
    /// Called after every change to the attempt: keeps it and, in an LMS,
    /// reports progress, score and status.
    fn save(&self, exhibit: &Exhibit, attempt: &Attempt);
    /// Called when the visitor starts over.
    fn clear(&self);
}

/// Keeps the attempt in the exhibit's store (localStorage or memory).
pub struct LocalRecord {
    store: Rc<dyn Store>,
    key: String,
}

impl LocalRecord {
    pub fn new(store: Rc<dyn Store>, exhibit_id: &str) -> LocalRecord {
        LocalRecord {
            store,
            key: storage::key(exhibit_id, crate::core::progress::ATTEMPT_KEY),
        }
    }
}

impl LocalRecord {
    /// Whether an attempt is kept here.
    pub fn has_attempt(&self) -> bool {
        self.store
            .get(&self.key)
            .ok()
            .flatten()
            .is_some_and(|text| !text.is_empty())
    }
}

impl AttemptRecord for LocalRecord {
    fn resume(&self, _quiz: &Quiz) -> Option<String> {
        self.store.get(&self.key).ok().flatten()
    }

    fn save(&self, _exhibit: &Exhibit, attempt: &Attempt) {
        // A full store is already reported by the progress notice; the
        // attempt itself stays in memory for this visit either way.
        let _ = self.store.set(&self.key, &attempt.encode());
    }

    fn clear(&self) {
        let _ = self.store.set(&self.key, "");
    }
}

/// The record for this visit. (An LMS, when one is found, takes the place of
/// local storage: an LMS origin's storage is shared by every course on it.
/// The browser keeps the attempt there only while the LMS refuses it.)
/// `on_notice` hears when the LMS lets the visit down (`ui::lms_notice`).
pub fn open_record(
    store: Rc<dyn Store>,
    exhibit_id: &str,
    on_notice: super::lms::NoticeListener,
) -> Rc<dyn AttemptRecord> {
    match super::lms::LmsRecord::open(store.clone(), exhibit_id, on_notice) {
        Some(lms) => Rc::new(lms),
        None => Rc::new(LocalRecord::new(store, exhibit_id)),
    }
}
