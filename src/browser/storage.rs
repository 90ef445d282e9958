//! Where progress is kept. `localStorage` when the browser allows it; an
//! in-memory store when storage is blocked (a partitioned iframe, a private
//! window) or throws, so the exhibit still works and says what it cannot keep.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A small key-value store. Errors are values: storage is never trusted.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// False for a store that forgets when the page closes.
    fn persists(&self) -> bool;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused access (blocked, partitioned, disabled).
    Blocked,
    /// The write did not fit.
    Full,
}

/// The browser's `localStorage`.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// `None` when the browser will not hand out `localStorage` at all.
    pub fn open() -> Option<LocalStore> {
        let storage = web_sys::window()?.local_storage().ok()??;
        Some(LocalStore { storage })
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|_| StoreError::Blocked)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        // A throwing setItem is almost always QuotaExceededError.
        self.storage.set_item(key, value).map_err(|_| StoreError::Full)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(|_| StoreError::Blocked)
    }

    fn persists(&self) -> bool {
        true
    }
}

/// Keeps values for this page only.
#[derive(Default)]
pub struct MemoryStore {
    values: RefCell<HashMap<String, String>>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.values.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.values.borrow_mut().remove(key);
        Ok(())
    }

    fn persists(&self) -> bool {
        false
    }
}

/// The store for this visit: `localStorage` if a read works, else memory.
pub fn open_store() -> Rc<dyn Store> {
    match LocalStore::open() {
        Some(local) if local.get("secret-speech:probe").is_ok() => Rc::new(local),
        _ => Rc::new(MemoryStore::default()),
    }
}

pub use crate::core::progress::storage_key as key;
