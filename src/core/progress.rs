//! What the exhibit remembers about a visitor between visits: the stations
//! visited and the last lens. Stored as a small versioned JSON text; anything
//! unreadable is discarded with a notice, never trusted.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use super::content::LensId;

/// Where the browser keeps what an exhibit's visitor did. Keys are
/// namespaced by exhibit id: an LMS origin's storage is shared by every
/// course on it.
pub fn storage_key(exhibit_id: &str, name: &str) -> String {
    format!("{exhibit_id}:{name}")
}

/// The names of what a visit keeps: its progress and its quiz attempt.
pub const PROGRESS_KEY: &str = "progress";
pub const ATTEMPT_KEY: &str = "attempt";

pub const PROGRESS_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Ids of the stations the visitor has opened.
    pub visited: BTreeSet<String>,
    /// The lens last chosen, carried from station to station.
    pub lens: Option<LensId>,
}

/// Written with serde; read back by hand in [`read_stored`].
#[derive(Serialize)]
struct StoredProgress {
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
        let stored = StoredProgress {
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
        match serde_json::from_str::<Value>(text)
            .ok()
            .as_ref()
            .and_then(read_stored)
            .ok_or(())
        {
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
        // Inserted one by one here and below: collecting into a set sorts
        // first, which would bring a sort's code into the wasm (see
        // `core::order`) for lists that are already in order.
        let mut visited = self.visited.clone();
        visited.extend(current.visited.iter().cloned());
        Progress {
            visited,
            lens: current.lens.or(self.lens),
        }
    }

    /// Drops stations the content no longer has, so a renamed station does not
    /// count towards progress forever.
    pub fn retain_stations<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let known: Vec<&str> = ids.into_iter().collect();
        self.visited.retain(|id| known.contains(&id.as_str()));
    }
}

/// Reads the stored form: every field known (an unknown one means another
/// exhibit's or a corrupt record), `lens` optional. By hand, so the wasm
/// carries no derived deserializer for it.
fn read_stored(value: &Value) -> Option<StoredProgress> {
    let object = value.as_object()?;
    if object
        .keys()
        .any(|key| !matches!(key.as_str(), "version" | "visited" | "lens"))
    {
        return None;
    }
    let lens = match object.get("lens") {
        None | Some(Value::Null) => None,
        Some(lens) => Some(LensId::from_slug(lens.as_str()?)?),
    };
    let mut visited = BTreeSet::new();
    for id in object.get("visited")?.as_array()? {
        visited.insert(id.as_str()?.to_string());
    }
    Some(StoredProgress {
        version: u32::try_from(object.get("version")?.as_u64()?).ok()?,
        visited,
        lens,
    })
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
            r#"{"version":1,"visited":[],"lens":"Speech"}"#,
            r#"{"version":1,"visited":[1]}"#,
            r#"{"version":1,"visited":[],"extra":true}"#,
            r#"{"version":-1,"visited":[]}"#,
            r#"{"visited":[]}"#,
        ] {
            assert_eq!(
                Progress::decode(Some(text)),
                (Progress::default(), Some(ProgressNotice::Corrupt)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_missing_or_empty_lens_is_no_lens() {
        for text in [
            r#"{"version":1,"visited":["a","a"]}"#,
            r#"{"version":1,"visited":["a"],"lens":null}"#,
        ] {
            assert_eq!(Progress::decode(Some(text)), (visited(&["a"], None), None), "{text}");
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
