//! Kiosk mode: the exhibit on a touch screen in the gallery. When a visitor
//! walks away, the screen asks whether anyone is still there, then forgets
//! the visit and shows the attract screen for the next one. The rules are
//! here; the timer and the storage are the browser's (`ui::kiosk`).

use super::address;
use super::hash::stable_hash;
use super::messages::Language;
use super::progress::{storage_key, ATTEMPT_KEY, PROGRESS_KEY};

/// How long "Are you still there?" counts down before the reset. WCAG
/// 2.2.1 asks for at least 20 seconds to answer a time-out warning.
pub const COUNTDOWN_SECONDS: u32 = 30;

/// Where a kiosk's visitor is, by the time since the last touch or key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Someone touched the screen recently.
    Active,
    /// Asking whether anyone is there, with this many whole seconds left.
    Asking { seconds_left: u32 },
    /// Nobody answered: forget the visit.
    Over,
}

/// The phase after `since_activity_ms` milliseconds without a touch or key,
/// for a kiosk that asks after `idle_seconds`.
pub fn idle(idle_seconds: u32, since_activity_ms: f64) -> Idle {
    let asks_at = f64::from(idle_seconds) * 1000.0;
    let over_at = asks_at + f64::from(COUNTDOWN_SECONDS) * 1000.0;
    if since_activity_ms < asks_at {
        Idle::Active
    } else if since_activity_ms < over_at {
        // Rounded up: the count reads 30 when asked, 1 in its last second.
        let left = ((over_at - since_activity_ms) / 1000.0).ceil() as u32;
        Idle::Asking {
            seconds_left: left.max(1),
        }
    } else {
        Idle::Over
    }
}

/// The storage key that keeps a kiosk a kiosk across reloads and offline
/// (`assets/start.js` sets and clears it from `?kiosk=1` and `?kiosk=0`).
pub const KIOSK_KEY: &str = "secret-speech:kiosk";

/// The storage key of the visitor's chosen language (`assets/start.js`).
pub const LANGUAGE_KEY: &str = "secret-speech:language";

/// Every storage key a visit leaves behind: its progress (stations seen,
/// the last lens), its quiz attempt, and its language. The build stamp the
/// service worker keeps is the exhibit's, not the visitor's, and stays.
pub fn visit_keys(exhibit_id: &str) -> [String; 3] {
    [
        storage_key(exhibit_id, PROGRESS_KEY),
        storage_key(exhibit_id, ATTEMPT_KEY),
        LANGUAGE_KEY.to_string(),
    ]
}

/// The address a station's take-it-home code opens: the same view on the
/// museum's public copy (`public_url` ends in `/`, as the checker holds).
pub fn take_home_url(public_url: &str, language: Language, station: &str) -> String {
    format!("{public_url}{}station/{station}/", address::language_folder(language))
}

/// The file of the code for `url`, relative to the exhibit's root. Named
/// by the address it holds, not by the station: if a curator changes the
/// public address after the build, the page finds no file (and prints the
/// address under it) rather than a code that opens the old one.
pub fn take_home_code_file(url: &str) -> String {
    format!("assets/take-home/{:016x}.svg", stable_hash(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitor_is_active_until_the_idle_time_then_asked_then_reset() {
        assert_eq!(idle(120, 0.0), Idle::Active);
        assert_eq!(idle(120, 119_999.0), Idle::Active);
        assert_eq!(idle(120, 120_000.0), Idle::Asking { seconds_left: 30 });
        assert_eq!(idle(120, 120_500.0), Idle::Asking { seconds_left: 30 });
        assert_eq!(idle(120, 121_000.0), Idle::Asking { seconds_left: 29 });
        assert_eq!(idle(120, 149_999.0), Idle::Asking { seconds_left: 1 });
        assert_eq!(idle(120, 150_000.0), Idle::Over);
        assert_eq!(idle(30, 45_000.0), Idle::Asking { seconds_left: 15 });
    }

    #[test]
    fn a_visit_leaves_its_progress_attempt_and_language_and_nothing_else() {
        let keys = visit_keys("secret-speech-1956");
        assert_eq!(
            keys,
            [
                "secret-speech-1956:progress".to_string(),
                "secret-speech-1956:attempt".to_string(),
                "secret-speech:language".to_string()
            ]
        );
        assert!(!keys.iter().any(|key| key == KIOSK_KEY || key.ends_with(":build")));
    }

    #[test]
    fn a_take_home_code_opens_the_station_in_its_language_on_the_public_site() {
        let url = "https://museum.example/secret-speech/";
        assert_eq!(
            take_home_url(url, Language::En, "the-speech"),
            "https://museum.example/secret-speech/station/the-speech/"
        );
        assert_eq!(
            take_home_url(url, Language::Ru, "the-speech"),
            "https://museum.example/secret-speech/ru/station/the-speech/"
        );
    }

    #[test]
    fn a_code_file_is_named_by_its_address() {
        let a = take_home_code_file("https://a.example/station/x/");
        let b = take_home_code_file("https://b.example/station/x/");
        assert_ne!(a, b);
        assert_eq!(a, take_home_code_file("https://a.example/station/x/"));
        assert!(a.starts_with("assets/take-home/") && a.ends_with(".svg") && a.len() == "assets/take-home/".len() + 20);
    }
}
