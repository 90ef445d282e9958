//! What the exhibit remembers about a visitor between visits: the stations
//! visited and the last lens. Stored as a small versioned JSON text; anything
//! unreadable is discarded with a notice, never trusted.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::content::LensId;

pub const PROGRESS_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Ids of the stations the visitor has opened.
    pub visited: BTreeSet<String>,
    /// The lens last chosen, carried from station to station.
    pub lens: Option<LensId>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    visited: BTreeSet<String>,
    #[serde(default)]
    lens: Option<LensId>,
}

/// Why stored progress was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressNotice {
    /// The stored text could not be read; the visit starts afresh.
    Corrupt,
    /// Stored by a version of the exhibit this one cannot read.
    OtherVersion(u32),
}

impl Progress {
    pub fn visit(&mut self, station: &str) {
        self.visited.insert(station.to_string());
    }

    pub fn has_visited(&self, station: &str) -> bool {
        self.visited.contains(station)
    }

    /// The stored form (always readable by [`Progress::decode`]).
    pub fn encode(&self) -> String {
        let stored = Stored {
            version: PROGRESS_VERSION,
            visited: self.visited.clone(),
            lens: self.lens,
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads stored progress; `None` (nothing stored) is a fresh start.
    pub fn decode(text: Option<&str>) -> (Progress, Option<ProgressNotice>) {
        let Some(text) = text else {
            return (Progress::default(), None);
        };
        match serde_json::from_str::<Stored>(text) {
            Ok(stored) if stored.version == PROGRESS_VERSION => (
                Progress {
                    visited: stored.visited,
                    lens: stored.lens,
                },
                None,
            ),
            Ok(stored) => (Progress::default(), Some(ProgressNotice::OtherVersion(stored.version))),
            Err(_) => (Progress::default(), Some(ProgressNotice::Corrupt)),
        }
    }

    /// Joins what was stored with what this visit did before storage was read
    /// (or in another tab): visits add up, and this visit's lens wins.
    pub fn merge(&self, current: &Progress) -> Progress {
        Progress {
            visited: self.visited.union(&current.visited).cloned().collect(),
            lens: current.lens.or(self.lens),
        }
    }

    /// Drops stations the content no longer has, so a renamed station does not
    /// count towards progress forever.
    pub fn retain_stations<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let known: BTreeSet<&str> = ids.into_iter().collect();
        self.visited.retain(|id| known.contains(id.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visited(ids: &[&str], lens: Option<LensId>) -> Progress {
        Progress {
            visited: ids.iter().map(|s| s.to_string()).collect(),
            lens,
        }
    }

    #[test]
    fn progress_survives_a_round_trip() {
        let progress = visited(&["lenin-warning", "famine"], Some(LensId::Historians));
        assert_eq!(Progress::decode(Some(&progress.encode())), (progress, None));
    }

    #[test]
    fn nothing_stored_is_a_fresh_start_without_a_notice() {
        assert_eq!(Progress::decode(None), (Progress::default(), None));
    }

    #[test]
    fn corrupt_storage_starts_afresh_and_says_so() {
        for text in [
            "",
            "{",
            "null",
            "[1,2]",
            r#"{"version":1,"visited":"x"}"#,
            r#"{"version":1,"visited":[],"lens":"pravda"}"#,
        ] {
            assert_eq!(
                Progress::decode(Some(text)),
                (Progress::default(), Some(ProgressNotice::Corrupt)),
                "{text}"
            );
        }
    }

    #[test]
    fn another_version_is_discarded_with_a_notice() {
        assert_eq!(
            Progress::decode(Some(r#"{"version":9,"visited":["a"]}"#)),
            (Progress::default(), Some(ProgressNotice::OtherVersion(9)))
        );
    }

    #[test]
    fn merging_adds_visits_and_keeps_this_visits_lens() {
        let stored = visited(&["a", "b"], Some(LensId::Official));
        let current = visited(&["c"], Some(LensId::Speech));
        assert_eq!(stored.merge(&current), visited(&["a", "b", "c"], Some(LensId::Speech)));
        assert_eq!(stored.merge(&visited(&[], None)).lens, Some(LensId::Official));
    }

    #[test]
    fn stations_the_content_dropped_are_forgotten() {
        let mut progress = visited(&["a", "gone"], None);
        progress.retain_stations(["a", "b"]);
        assert_eq!(progress, visited(&["a"], None));
    }
}
