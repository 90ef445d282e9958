//! The visitor's state for this visit: progress (visited stations, last lens)
//! and what the storage could not keep. Pure progress logic lives in
//! `core::progress`; this wraps it for Yew and persists it as an effect.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::storage::{self, Store, StoreError};
use crate::core::content::LensId;
use crate::core::messages::Messages;
use crate::core::progress::{Progress, ProgressNotice, PROGRESS_KEY};

#[derive(Debug, Clone, PartialEq)]
pub struct Visitor {
    pub progress: Progress,
    /// What the visitor should know about storage, if anything.
    pub storage_notice: Option<StorageNotice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage is blocked: progress lasts only while the page is open.
    NotKept,
    /// Stored progress was unreadable and has been reset.
    Reset,
    /// Storage is full: the latest progress could not be saved.
    Full,
}

impl StorageNotice {
    pub fn text(self, messages: &'static Messages) -> &'static str {
        match self {
            StorageNotice::NotKept => messages.storage_not_kept,
            StorageNotice::Reset => messages.storage_reset,
            StorageNotice::Full => messages.storage_full,
        }
    }
}

pub enum VisitorAction {
    Visit(String),
    ChooseLens(LensId),
    Notice(StorageNotice),
}

impl Reducible for Visitor {
    type Action = VisitorAction;

    fn reduce(self: Rc<Self>, action: VisitorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            VisitorAction::Visit(id) if !self.progress.has_visited(&id) => next.progress.visit(&id),
            VisitorAction::ChooseLens(lens) if self.progress.lens != Some(lens) => next.progress.lens = Some(lens),
            VisitorAction::Notice(notice) if self.storage_notice != Some(notice) => next.storage_notice = Some(notice),
            _ => return self,
        }
        Rc::new(next)
    }
}

impl Visitor {
    /// A first visit: nothing visited, no lens chosen, nothing to report.
    pub fn first_visit() -> Visitor {
        Visitor {
            progress: Progress::default(),
            storage_notice: None,
        }
    }
}

pub type VisitorHandle = UseReducerHandle<Visitor>;

/// Reads stored progress for `exhibit_id` from `store`.
pub fn restore(store: &dyn Store, exhibit_id: &str, station_ids: &[&str]) -> Visitor {
    let key = storage::key(exhibit_id, PROGRESS_KEY);
    let (stored, read_notice) = match store.get(&key) {
        Ok(text) => {
            let (progress, notice) = Progress::decode(text.as_deref());
            (progress, notice.map(|_: ProgressNotice| StorageNotice::Reset))
        }
        Err(StoreError::Blocked | StoreError::Full) => (Progress::default(), Some(StorageNotice::NotKept)),
    };
    let mut progress = stored;
    progress.retain_stations(station_ids.iter().copied());
    let storage_notice = if store.persists() {
        read_notice
    } else {
        Some(StorageNotice::NotKept)
    };
    Visitor {
        progress,
        storage_notice,
    }
}

/// Writes progress; returns the notice to show if it could not be written.
pub fn save(store: &dyn Store, exhibit_id: &str, progress: &Progress) -> Option<StorageNotice> {
    if !store.persists() {
        return None;
    }
    // Merge with what another tab may have stored meanwhile.
    let key = storage::key(exhibit_id, PROGRESS_KEY);
    let stored = store.get(&key).ok().flatten();
    // A visit that has seen nothing leaves nothing (a kiosk just reset must
    // not write the next visitor's record); an unreadable record is still
    // replaced, so its notice shows once.
    if stored.is_none() && *progress == Progress::default() {
        return None;
    }
    let merged = Progress::decode(stored.as_deref()).0.merge(progress);
    match store.set(&key, &merged.encode()) {
        Ok(()) => None,
        Err(StoreError::Full) => Some(StorageNotice::Full),
        Err(StoreError::Blocked) => Some(StorageNotice::NotKept),
    }
}

/// The lens the visitor last chose, and a way to send visitor actions,
/// without the rest of the state: pages that only carry the lens on (a
/// station, the timeline, the glossary) read this, so recording a visit
/// does not render them again.
#[derive(Clone, PartialEq)]
pub struct LensMemory {
    pub lens: Option<LensId>,
    dispatcher: UseReducerDispatcher<Visitor>,
}

impl LensMemory {
    pub fn new(visitor: &VisitorHandle) -> LensMemory {
        LensMemory {
            lens: visitor.progress.lens,
            dispatcher: visitor.dispatcher(),
        }
    }

    pub fn dispatch(&self, action: VisitorAction) {
        self.dispatcher.dispatch(action);
    }
}

/// The whole visitor state (the home page shows the visited stations).
#[hook]
pub fn use_visitor() -> VisitorHandle {
    use_context::<VisitorHandle>().expect("pages render only inside the visitor provider")
}

#[hook]
pub fn use_lens_memory() -> LensMemory {
    use_context::<LensMemory>().expect("pages render only inside the visitor provider")
}
