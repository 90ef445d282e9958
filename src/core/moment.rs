//! Reading as of a moment: what a reader in 1938, in February 1956, in the
//! West in June 1956, in the USSR in 1989 or today could have seen.
//!
//! Every claim, excerpt, paragraph, term, picture and event in the content
//! says from when it was known, and to whom where that differs ([`Known`]),
//! by naming a dated timeline event or a source with a publication date.
//! This module decides, for one moment, whether a thing is shown or stands
//! as a visible redaction that names the date it became known: hiding is
//! the lesson, so nothing is ever silently left out.

use super::content::{Exhibit, ImageState, Known};
use super::slugs::slugs;

/// The address's key for the moment: `?as-of=1938`.
pub const QUERY_KEY: &str = "as-of";

/// Who is reading: the moments differ in place as well as in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A reader in the USSR, with what was published, shown or read out there.
    Soviet,
    /// A reader in the West.
    West,
}

slugs! {
    /// A moment to read the exhibit as of. `Today` shows everything. Its word
    /// is the one in the address (`?as-of=1938`), and `ALL` is in the order of
    /// the control: oldest first.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Moment {
        Y1938 = "1938",
        February1956 = "1956-02",
        June1956 = "1956-06",
        Y1989 = "1989",
        Today = "today",
    }
}

impl Moment {
    /// Its place in `ALL`: where its words stand in the message catalogue.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The last day of the moment: a thing known by then is shown. `None`
    /// for today.
    pub fn day(self) -> Option<Day> {
        match self {
            Moment::Y1938 => Some(Day(1938, 12, 31)),
            // After the closed session of 25 February, before the Presidium's
            // decision of 5 March to read the speech out across the country.
            Moment::February1956 => Some(Day(1956, 2, 29)),
            Moment::June1956 => Some(Day(1956, 6, 30)),
            Moment::Y1989 => Some(Day(1989, 12, 31)),
            Moment::Today => None,
        }
    }

    pub fn audience(self) -> Audience {
        match self {
            Moment::June1956 => Audience::West,
            _ => Audience::Soviet,
        }
    }
}

/// The path of a page prerendered as of `moment` (`/handout/1938/`) from the
/// view's own path (`/handout/`): today's page is the view's own. Only the
/// pages the app leaves as prerendered have one per moment (the handout, the
/// attract screen); `assets/start.js` knows the same folders.
pub fn moment_path(view: &str, moment: Moment) -> String {
    match moment {
        Moment::Today => view.to_string(),
        _ => format!("{view}{}/", moment.slug()),
    }
}

/// A calendar day, comparable. Content dates may name only a year or a
/// month; read as a known-from date they mean the period's last day, so a
/// thing dated "1956" is not shown to a reader in February 1956.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub u16, pub u8, pub u8);

impl Day {
    /// The last day of the period a content date names: "1956" is 31
    /// December 1956, "1956-02" is 29 February. `None` when it is no date.
    pub fn last_of(date: &str) -> Option<Day> {
        let mut parts = date.split('-');
        let year = number(parts.next()?, 4)? as u16;
        let month = match parts.next() {
            Some(m) => number(m, 2).filter(|m| (1..=12).contains(m))? as u8,
            None => return Some(Day(year, 12, 31)),
        };
        let longest = days_in(year, month);
        let day = match parts.next() {
            Some(d) => number(d, 2).filter(|d| (1..=u32::from(longest)).contains(d))? as u8,
            None => longest,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Day(year, month, day))
    }
}

impl Day {
    /// The first day of the period a content date names: a thing dated
    /// "1956" may have happened on 1 January.
    pub fn first_of(date: &str) -> Option<Day> {
        let Day(year, month, day) = Day::last_of(date)?;
        let parts = date.split('-').count();
        Some(match parts {
            1 => Day(year, 1, 1),
            2 => Day(year, month, 1),
            _ => Day(year, month, day),
        })
    }
}

/// `width` digits as a number; by hand, as the decimal digits they are.
fn number(digits: &str, width: usize) -> Option<u32> {
    if digits.len() != width {
        return None;
    }
    digits
        .bytes()
        .try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The name a `Known` gives to a thing's own date: a claim or an event that
/// was public when it happened.
pub const AT_THE_TIME: &str = "at-the-time";

/// The name a `Known` gives to a thing public today whose first publication
/// the exhibit's sources do not date (a secret decree): every past moment
/// hides it, and says the date is not known rather than guess one.
pub const UNDATED: &str = "undated";

/// What a [`Marker`] is, which decides how a redaction words it: an event
/// is when a thing became known; a source only shows it was in print by
/// then, since it may have been known earlier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A timeline event, or the thing's own date.
    Event,
    /// A source's publication.
    Source,
    /// Public today, first publication not dated.
    Undated,
}

/// A dated event or source that a [`Known`] names, as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker<'a> {
    pub kind: MarkerKind,
    pub id: &'a str,
    /// The date as written for readers: an event's `when`, a source's `published`.
    pub when: &'a str,
    /// What happened: an event's title, or the source's short form.
    pub what: &'a str,
    pub day: Day,
}

/// Finds the event or source a `Known` names, or the thing's own date
/// (`own`) for [`AT_THE_TIME`]. `None` when nothing dated has that name
/// (the checker reports it).
pub fn marker<'a>(exhibit: &'a Exhibit, id: &str, own: Option<&'a str>) -> Option<Marker<'a>> {
    if id == UNDATED {
        return Some(Marker {
            kind: MarkerKind::Undated,
            id: UNDATED,
            when: "",
            what: "",
            day: Day(9999, 12, 31),
        });
    }
    if id == AT_THE_TIME {
        let own = own?;
        return Some(Marker {
            kind: MarkerKind::Event,
            id: AT_THE_TIME,
            when: own,
            what: "",
            day: Day::last_of(own)?,
        });
    }
    if let Some(event) = exhibit.timeline.iter().find(|e| e.id == id) {
        return Some(Marker {
            kind: MarkerKind::Event,
            id: &event.id,
            when: &event.when,
            what: &event.title,
            day: Day::last_of(&event.date)?,
        });
    }
    let source = exhibit.sources.iter().find(|s| s.id == id)?;
    let published = source.published.as_deref()?;
    Some(Marker {
        kind: MarkerKind::Source,
        id: &source.id,
        when: published,
        what: source.short.as_deref().unwrap_or(&source.citation),
        day: Day::last_of(published)?,
    })
}

/// Why a thing is not shown at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hidden<'a> {
    /// Not yet known to this reader; known from `from`.
    NotYet { from: Marker<'a> },
    /// Heard but not published: read out to a closed session or to Party
    /// meetings (`heard`), published from `from`.
    NotPublished { heard: Marker<'a>, from: Marker<'a> },
    /// Taken out of what a Soviet reader could see, at `since`.
    Withdrawn { since: Marker<'a> },
}

/// What a reader at `moment` sees of a thing known as `known`, whose own
/// date (a claim's, an event's) is `own`: `None` when it is shown, else why
/// not. A name that finds nothing (which the checker refuses) hides
/// nothing, so bad content never blanks a page.
pub fn hidden<'a>(exhibit: &'a Exhibit, known: &'a Known, own: Option<&'a str>, moment: Moment) -> Option<Hidden<'a>> {
    let day = moment.day()?;
    let marker = |id: &str| marker(exhibit, id, own);
    match moment.audience() {
        Audience::West => {
            let from = marker(&known.west)?;
            (from.day > day).then_some(Hidden::NotYet { from })
        }
        Audience::Soviet => {
            let from = marker(&known.soviet)?;
            if from.day > day {
                // Heard before it was printed: before the hearing, it was
                // first known by ear, so that is the date a redaction names.
                let heard = known.heard.as_deref().and_then(marker);
                return Some(match heard {
                    Some(heard) if heard.day <= day => Hidden::NotPublished { heard, from },
                    Some(heard) => Hidden::NotYet { from: heard },
                    None => Hidden::NotYet { from },
                });
            }
            let since = known.withdrawn.as_deref().and_then(marker)?;
            (since.day <= day).then_some(Hidden::Withdrawn { since })
        }
    }
}

/// True when a reader at `moment` sees the thing.
pub fn shown(exhibit: &Exhibit, known: &Known, own: Option<&str>, moment: Moment) -> bool {
    hidden(exhibit, known, own, moment).is_none()
}

/// The pictures of a comparison a reader at `moment` could see, in their
/// order: every one today.
pub fn shown_states<'a>(exhibit: &Exhibit, states: &'a [ImageState], moment: Moment) -> Vec<&'a ImageState> {
    states
        .iter()
        .filter(|s| shown(exhibit, &s.known, None, moment))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_past_moment_has_its_page_in_a_folder_of_the_view() {
        assert_eq!(moment_path("/handout/", Moment::Y1938), "/handout/1938/");
        assert_eq!(moment_path("/attract/", Moment::June1956), "/attract/1956-06/");
        assert_eq!(moment_path("/handout/", Moment::Today), "/handout/");
    }
    use crate::core::content::{LensId, Station};
    use crate::core::fixtures::shipped;

    /// One dated thing of a station, as a reader meets it: its words, its
    /// `Known` and its own date.
    struct Dated<'a> {
        text: &'a str,
        known: &'a Known,
        own: Option<&'a str>,
    }

    /// Everything dated on a station's page, in reading order: the summary,
    /// excerpts, context, terms, each lens's claims, then its comparisons'
    /// summaries, pictures and marks. The title is not dated: every moment
    /// shows it.
    fn station_things<'a>(exhibit: &'a Exhibit, station: &'a Station) -> Vec<Dated<'a>> {
        let plain = |text: &'a str, known: &'a Known| Dated { text, known, own: None };
        let mut things = vec![plain(&station.summary, &station.known)];
        things.extend(station.excerpts.iter().map(|e| plain(&e.text, &e.known)));
        things.extend(station.context.iter().map(|p| plain(&p.text, &p.known)));
        things.extend(station.glossary.iter().map(|t| plain(&t.definition, &t.known)));
        for lens in LensId::ALL {
            things.extend(station.lenses.claims(lens).iter().map(|c| Dated {
                text: &c.text,
                known: &c.known,
                own: c.date.as_deref(),
            }));
        }
        for comparison in exhibit
            .comparisons
            .iter()
            .filter(|c| station.comparisons.contains(&c.id))
        {
            things.push(plain(&comparison.summary, &comparison.known));
            things.extend(comparison.states.iter().map(|s| plain(&s.caption, &s.known)));
            things.extend(comparison.hotspots.iter().map(|h| plain(&h.explanation, &h.known)));
        }
        things
    }

    fn words_shown(exhibit: &Exhibit, moment: Moment) -> Vec<(String, &str)> {
        exhibit
            .stations
            .iter()
            .flat_map(|station| {
                station_things(exhibit, station)
                    .into_iter()
                    .filter(move |t| shown(exhibit, t.known, t.own, moment))
                    .map(move |t| (station.id.clone(), t.text))
            })
            .collect()
    }

    #[test]
    fn today_shows_the_exhibit_as_it_is() {
        let exhibit = shipped();
        for station in &exhibit.stations {
            for thing in station_things(&exhibit, station) {
                assert_eq!(
                    hidden(&exhibit, thing.known, thing.own, Moment::Today),
                    None,
                    "{}",
                    thing.text
                );
            }
        }
        for event in &exhibit.timeline {
            assert!(shown(&exhibit, &event.known, Some(&event.date), Moment::Today));
        }
    }

    #[test]
    fn a_reader_in_1938_meets_no_word_of_the_speech() {
        let exhibit = shipped();
        for (station, text) in words_shown(&exhibit, Moment::Y1938) {
            for word in ["1956", "Khrushchev", "speech", "20th Congress"] {
                assert!(
                    !text.contains(word),
                    "{station}: shown in 1938 but names {word}: {text}"
                );
            }
        }
        // The famine is absent, as the official record had it.
        for (station, text) in words_shown(&exhibit, Moment::Y1938) {
            assert!(!text.to_lowercase().contains("famine"), "{station}: {text}");
        }
        for event in exhibit
            .timeline
            .iter()
            .filter(|e| shown(&exhibit, &e.known, Some(&e.date), Moment::Y1938))
        {
            assert!(
                Day::first_of(&event.date).unwrap() <= Moment::Y1938.day().unwrap(),
                "{} shown before it happened",
                event.id
            );
            assert!(
                !event.text.contains("1956") && !event.text.to_lowercase().contains("famine"),
                "{}",
                event.id
            );
        }
    }

    #[test]
    fn in_february_1956_the_speech_is_heard_in_a_closed_session_not_published() {
        let exhibit = shipped();
        let excerpts = exhibit.stations.iter().flat_map(|s| &s.excerpts);
        let speech = excerpts.filter(|e| e.citation.source == "state-dept-1956");
        let mut seen = 0;
        for excerpt in speech {
            seen += 1;
            match hidden(&exhibit, &excerpt.known, None, Moment::February1956) {
                Some(Hidden::NotPublished { heard, from }) => {
                    assert_eq!(heard.id, "the-speech");
                    // The speech in 1989; Lenin's letter it read out, in 1956.
                    assert!(
                        ["soviet-publication", "kommunist-1956"].contains(&from.id),
                        "{}",
                        from.id
                    );
                }
                other => panic!("{}: {other:?}", excerpt.text),
            }
            // The West reads it in June; a Soviet reader in 1989.
            assert!(
                shown(&exhibit, &excerpt.known, None, Moment::June1956),
                "{}",
                excerpt.text
            );
            assert!(shown(&exhibit, &excerpt.known, None, Moment::Y1989), "{}", excerpt.text);
            // Before it was heard, it is dated by the hearing, not the printing.
            match hidden(&exhibit, &excerpt.known, None, Moment::Y1938) {
                Some(Hidden::NotYet { from }) => assert_eq!(from.id, "the-speech"),
                other => panic!("{}: {other:?}", excerpt.text),
            }
        }
        assert!(seen > 5, "the speech is quoted on most stations");
    }

    #[test]
    fn nothing_is_shown_before_its_own_date() {
        let exhibit = shipped();
        let claims = exhibit
            .stations
            .iter()
            .flat_map(|s| LensId::ALL.map(|l| s.lenses.claims(l)).concat());
        let dated = claims
            .filter_map(|c| Some((c.known.clone(), c.date.clone()?)))
            .chain(exhibit.timeline.iter().map(|e| (e.known.clone(), e.date.clone())));
        for (known, date) in dated {
            for moment in Moment::ALL {
                if let (Some(day), true) = (moment.day(), shown(&exhibit, &known, Some(&date), moment)) {
                    assert!(Day::first_of(&date).unwrap() <= day, "{date} shown at {moment:?}");
                }
            }
        }
    }

    #[test]
    fn every_moment_keeps_something_to_read_on_every_station() {
        let exhibit = shipped();
        for moment in Moment::ALL {
            for station in &exhibit.stations {
                assert!(!station.title.is_empty());
                let things = station_things(&exhibit, station);
                assert!(!things.is_empty(), "{}", station.id);
            }
            // And some stations have words of their own time to show.
            assert!(!words_shown(&exhibit, moment).is_empty(), "{moment:?} shows nothing");
        }
    }

    #[test]
    fn a_retouched_original_is_withdrawn_and_its_copy_shown() {
        let exhibit = shipped();
        let canal = exhibit
            .comparisons
            .iter()
            .find(|c| c.id == "vanished-commissar")
            .unwrap();
        let [original, retouched] = [&canal.states[0], &canal.states[1]];
        assert!(shown(&exhibit, &original.known, None, Moment::Y1938));
        assert!(!shown(&exhibit, &retouched.known, None, Moment::Y1938));
        assert!(matches!(
            hidden(&exhibit, &original.known, None, Moment::February1956),
            Some(Hidden::Withdrawn { .. })
        ));
        assert!(shown(&exhibit, &retouched.known, None, Moment::February1956));
    }

    #[test]
    fn a_name_that_finds_nothing_hides_nothing() {
        let exhibit = shipped();
        let known = Known::alike("no-such-event");
        for moment in Moment::ALL {
            assert!(shown(&exhibit, &known, None, moment));
        }
        let own = Known::alike(AT_THE_TIME);
        assert!(shown(&exhibit, &own, Some("1937"), Moment::Y1938));
        assert!(!shown(&exhibit, &own, Some("1939"), Moment::Y1938));
    }

    #[test]
    fn a_partial_date_means_the_last_day_of_its_period() {
        assert_eq!(Day::last_of("1956"), Some(Day(1956, 12, 31)));
        assert_eq!(Day::last_of("1956-02"), Some(Day(1956, 2, 29)));
        assert_eq!(Day::last_of("1955-02"), Some(Day(1955, 2, 28)));
        assert_eq!(Day::last_of("1900-02"), Some(Day(1900, 2, 28)));
        assert_eq!(Day::last_of("2000-02"), Some(Day(2000, 2, 29)));
        assert_eq!(Day::last_of("1956-02-25"), Some(Day(1956, 2, 25)));
        for bad in [
            "",
            "56",
            "1956-13",
            "1956-02-30",
            "1956-2-25",
            "1956-02-25-1",
            "after 1939",
            "195x",
        ] {
            assert_eq!(Day::last_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn moments_read_back_from_their_address_words() {
        for moment in Moment::ALL {
            assert_eq!(Moment::from_slug(moment.slug()), Some(moment));
        }
        assert_eq!(Moment::from_slug("1937"), None);
        assert_eq!(Moment::Today.day(), None);
        assert_eq!(Moment::June1956.audience(), Audience::West);
        assert_eq!(Moment::Y1989.audience(), Audience::Soviet);
    }
}
