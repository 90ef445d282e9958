//! Which voice a station is heard in, and how that choice lives in the URL.
//!
//! A station is shown through one lens (the official line, the 1956 speech,
//! historians today) or in the compare view with all three side by side. The
//! choice is part of the address (`#/station/<id>/<view>`) so a teacher can
//! link to "the historians' view of station 4"; a bad address falls back to
//! something sensible and says so, instead of failing.

use super::content::{Claim, Exhibit, LensId, Lenses};

/// What a station page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StationView {
    Lens(LensId),
    /// All three lenses side by side, each claim linked to the one it answers.
    Compare,
}

impl StationView {
    pub const COMPARE_SLUG: &'static str = "compare";

    pub fn slug(self) -> &'static str {
        match self {
            StationView::Lens(lens) => lens.slug(),
            StationView::Compare => Self::COMPARE_SLUG,
        }
    }

    pub fn from_slug(slug: &str) -> Option<StationView> {
        if slug == Self::COMPARE_SLUG {
            Some(StationView::Compare)
        } else {
            LensId::from_slug(slug).map(StationView::Lens)
        }
    }
}

/// The lens a visitor starts with before choosing: the speech, the exhibit's subject.
pub const DEFAULT_LENS: LensId = LensId::Speech;

/// What went wrong with an address, for a visible notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressNotice {
    /// The view word was not a lens; the station is shown in `fallback`.
    UnknownView { asked: String, fallback: LensId },
}

/// A station address, resolved against the exhibit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Station {
        /// Position of the station in the exhibit's path.
        index: usize,
        view: StationView,
        notice: Option<AddressNotice>,
    },
    /// No station has this id: the page says so and offers the way home.
    UnknownStation,
}

/// Resolves `#/station/<id>[/<view>]`. `remembered` is the visitor's last lens,
/// which carries over when the address names none.
pub fn resolve(exhibit: &Exhibit, station_id: &str, view: Option<&str>, remembered: Option<LensId>) -> Resolved {
    let Some(index) = exhibit.stations.iter().position(|s| s.id == station_id) else {
        return Resolved::UnknownStation;
    };
    let fallback = remembered.unwrap_or(DEFAULT_LENS);
    match view {
        None => Resolved::Station {
            index,
            view: StationView::Lens(fallback),
            notice: None,
        },
        Some(slug) => match StationView::from_slug(slug) {
            Some(view) => Resolved::Station {
                index,
                view,
                notice: None,
            },
            None => Resolved::Station {
                index,
                view: StationView::Lens(fallback),
                notice: Some(AddressNotice::UnknownView {
                    asked: slug.to_string(),
                    fallback,
                }),
            },
        },
    }
}

/// The lens to carry to the next station: the one shown, or, from the
/// compare view, the one the visitor last chose.
pub fn carried_lens(view: StationView, remembered: Option<LensId>) -> LensId {
    match view {
        StationView::Lens(lens) => lens,
        StationView::Compare => remembered.unwrap_or(DEFAULT_LENS),
    }
}

/// The lens after an arrow key in the lens switch: arrows wrap, as in any
/// radio group.
pub fn step(lens: LensId, forward: bool) -> LensId {
    let all = LensId::ALL;
    let at = all.iter().position(|l| *l == lens).unwrap_or(0);
    let next = if forward {
        (at + 1) % all.len()
    } else {
        (at + all.len() - 1) % all.len()
    };
    all[next]
}

/// One claim in the compare view's thread.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reply<'s> {
    pub lens: LensId,
    pub claim: &'s Claim,
    /// How far it is indented: 0 for a claim that answers nothing shown,
    /// one more than the claim it replies to otherwise.
    pub depth: usize,
}

/// The three accounts as one conversation in date order: each claim that
/// answers nothing (the official line first, then 1956, then today), each
/// followed by the claims that reply to it, and theirs in turn. A phone
/// then reads the exchange top to bottom instead of jumping between three
/// stacked columns. Every claim appears exactly once.
pub fn thread(lenses: &Lenses) -> Vec<Reply<'_>> {
    let all: Vec<(LensId, &Claim)> = LensId::ALL
        .into_iter()
        .flat_map(|lens| lenses.claims(lens).iter().map(move |c| (lens, c)))
        .collect();
    let known = |id: &str| all.iter().any(|(_, c)| c.id == id);
    let mut out = Vec::with_capacity(all.len());
    fn follow<'s>(all: &[(LensId, &'s Claim)], at: (LensId, &'s Claim), depth: usize, out: &mut Vec<Reply<'s>>) {
        // A reply link that loops back is cut rather than followed forever.
        if out.iter().any(|r| r.claim.id == at.1.id) {
            return;
        }
        out.push(Reply {
            lens: at.0,
            claim: at.1,
            depth,
        });
        for reply in all
            .iter()
            .filter(|(_, c)| c.answers.as_deref() == Some(at.1.id.as_str()))
        {
            follow(all, *reply, depth + 1, out);
        }
    }
    for root in all.iter().filter(|(_, c)| !c.answers.as_deref().is_some_and(known)) {
        follow(&all, *root, 0, &mut out);
    }
    // Claims caught in a loop of replies, which no root reaches.
    for claim in &all {
        if !out.iter().any(|r| r.claim.id == claim.1.id) {
            follow(&all, *claim, 0, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Known;
    use crate::core::fixtures::minimal as exhibit;

    fn claim(id: &str, answers: Option<&str>) -> Claim {
        Claim {
            id: id.into(),
            text: id.into(),
            quote: false,
            lang: None,
            date: None,
            sources: vec![],
            answers: answers.map(Into::into),
            known: Known::alike("e"),
        }
    }

    #[test]
    fn the_thread_puts_each_reply_under_the_claim_it_answers() {
        let lenses = Lenses {
            official: vec![claim("o1", None), claim("o2", None)],
            speech: vec![claim("s1", Some("o2")), claim("s2", None)],
            historians: vec![
                claim("h1", Some("s1")),
                claim("h2", Some("o1")),
                claim("h3", Some("gone")),
            ],
        };
        let read: Vec<(&str, usize)> = thread(&lenses).iter().map(|r| (r.claim.id.as_str(), r.depth)).collect();
        assert_eq!(
            read,
            vec![
                ("o1", 0),
                ("h2", 1),
                ("o2", 0),
                ("s1", 1),
                ("h1", 2),
                ("s2", 0),
                ("h3", 0)
            ]
        );
    }

    #[test]
    fn a_loop_of_replies_still_shows_every_claim_once() {
        let lenses = Lenses {
            official: vec![claim("o1", Some("s1"))],
            speech: vec![claim("s1", Some("o1"))],
            historians: vec![],
        };
        let read: Vec<&str> = thread(&lenses).iter().map(|r| r.claim.id.as_str()).collect();
        assert_eq!(read, vec!["o1", "s1"]);
    }

    #[test]
    fn every_shipped_station_threads_every_claim_once() {
        for station in &crate::core::fixtures::shipped().stations {
            let l = &station.lenses;
            let count = l.official.len() + l.speech.len() + l.historians.len();
            let threaded = thread(l);
            assert_eq!(threaded.len(), count, "{}", station.id);
            // The official line leads: the thread is in date order.
            assert_eq!(threaded[0].lens, LensId::Official, "{}", station.id);
        }
    }

    #[test]
    fn a_station_and_lens_from_the_address() {
        let resolved = resolve(&exhibit(), "second", Some("historians"), None);
        assert_eq!(
            resolved,
            Resolved::Station {
                index: 1,
                view: StationView::Lens(LensId::Historians),
                notice: None
            }
        );
    }

    #[test]
    fn the_compare_view_has_its_own_word() {
        let resolved = resolve(&exhibit(), "first", Some("compare"), None);
        assert!(matches!(
            resolved,
            Resolved::Station {
                view: StationView::Compare,
                ..
            }
        ));
    }

    #[test]
    fn no_lens_in_the_address_carries_the_remembered_one() {
        let resolved = resolve(&exhibit(), "first", None, Some(LensId::Official));
        assert!(matches!(
            resolved,
            Resolved::Station {
                view: StationView::Lens(LensId::Official),
                notice: None,
                ..
            }
        ));
        let fresh = resolve(&exhibit(), "first", None, None);
        assert!(matches!(
            fresh,
            Resolved::Station {
                view: StationView::Lens(DEFAULT_LENS),
                ..
            }
        ));
    }

    #[test]
    fn an_unknown_lens_falls_back_with_a_notice() {
        let resolved = resolve(&exhibit(), "first", Some("pravda"), Some(LensId::Historians));
        assert_eq!(
            resolved,
            Resolved::Station {
                index: 0,
                view: StationView::Lens(LensId::Historians),
                notice: Some(AddressNotice::UnknownView {
                    asked: "pravda".into(),
                    fallback: LensId::Historians
                })
            }
        );
    }

    #[test]
    fn an_unknown_station_is_reported_not_guessed() {
        assert_eq!(
            resolve(&exhibit(), "nowhere", Some("speech"), None),
            Resolved::UnknownStation
        );
        assert_eq!(resolve(&exhibit(), "", None, None), Resolved::UnknownStation);
    }

    #[test]
    fn every_view_round_trips_through_its_slug() {
        for view in [StationView::Compare]
            .into_iter()
            .chain(LensId::ALL.map(StationView::Lens))
        {
            assert_eq!(StationView::from_slug(view.slug()), Some(view));
        }
        assert_eq!(StationView::from_slug("Speech"), None);
    }

    #[test]
    fn arrows_cycle_through_the_lenses() {
        assert_eq!(step(LensId::Official, true), LensId::Speech);
        assert_eq!(step(LensId::Historians, true), LensId::Official);
        assert_eq!(step(LensId::Official, false), LensId::Historians);
    }

    #[test]
    fn the_compare_view_carries_the_last_chosen_lens() {
        assert_eq!(
            carried_lens(StationView::Compare, Some(LensId::Official)),
            LensId::Official
        );
        assert_eq!(
            carried_lens(StationView::Lens(LensId::Historians), Some(LensId::Official)),
            LensId::Historians
        );
    }
}
