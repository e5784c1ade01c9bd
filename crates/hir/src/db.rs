//! The salsa database trait every golift query takes, and the one concrete database.
//!
//! [`RootDatabase`] can record which queries executed (`WillExecute` events), which is how
//! the incrementality tests prove that an edit re-ran only what it had to.

use std::sync::{Arc, Mutex};

/// The database all golift queries are written against.
#[salsa::db]
pub trait Db: salsa::Database {}

/// The concrete database: salsa storage plus an optional log of executed queries.
#[salsa::db]
#[derive(Clone)]
pub struct RootDatabase {
    storage: salsa::Storage<Self>,
    executed: Arc<Mutex<Option<Vec<String>>>>,
}

impl Default for RootDatabase {
    fn default() -> Self {
        let executed: Arc<Mutex<Option<Vec<String>>>> = Arc::default();
        let log = executed.clone();
        let storage = salsa::Storage::new(Some(Box::new(move |event: salsa::Event| {
            if let salsa::EventKind::WillExecute { database_key } = event.kind {
                if let Ok(mut guard) = log.lock() {
                    if let Some(list) = guard.as_mut() {
                        list.push(format!("{database_key:?}"));
                    }
                }
            }
        })));
        RootDatabase { storage, executed }
    }
}

impl RootDatabase {
    /// Starts recording executed queries (each as `query_name(Id(..))`).
    pub fn start_logging(&self) {
        if let Ok(mut guard) = self.executed.lock() {
            *guard = Some(Vec::new());
        }
    }

    /// The queries executed since the last call (or since logging started).
    pub fn take_executed(&self) -> Vec<String> {
        match self.executed.lock() {
            Ok(mut guard) => guard.as_mut().map(std::mem::take).unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    }
}

#[salsa::db]
impl salsa::Database for RootDatabase {}

#[salsa::db]
impl Db for RootDatabase {}
