//! Every language's content is the same exhibit: the same stations, claims,
//! comparisons, questions and sources under the same ids, with the same
//! answers. Only the words differ.
#![cfg(not(target_arch = "wasm32"))]

use secret_speech::core::check::load;
use secret_speech::core::content::{Citation, Exhibit, Question};
use secret_speech::core::images::ImageFile;

fn exhibit(file: &str, text: &str) -> Exhibit {
    load(file, text, &|_| ImageFile::Unknown).unwrap_or_else(|problems| {
        panic!(
            "{file} has problems:\n{}",
            problems.iter().map(|p| format!("{p}\n")).collect::<String>()
        )
    })
}

/// The sources a list of citations names, without the locators: "p. 2" is
/// written "с. 2" in Russian, so a locator is words, not shape.
fn cited(citations: &[Citation]) -> Vec<&str> {
    citations.iter().map(|c| c.source.as_str()).collect()
}

/// The shape of an exhibit with all the words left out.
fn skeleton(e: &Exhibit) -> Vec<String> {
    let mut out = vec![format!("exhibit {} pass {}", e.id, e.quiz.pass_mark)];
    for s in &e.stations {
        out.push(format!(
            "station {} excerpts {} context {} comparisons {:?} sources {:?}",
            s.id,
            s.excerpts.len(),
            s.context.len(),
            s.comparisons,
            s.sources
        ));
        for excerpt in &s.excerpts {
            out.push(format!("  excerpt {:?} {:?}", excerpt.citation.source, excerpt.lang));
        }
        for paragraph in &s.context {
            out.push(format!("  paragraph {:?}", cited(&paragraph.sources)));
        }
        for term in &s.glossary {
            out.push(format!("  term {} {:?}", term.id, cited(&term.sources)));
        }
        for lens in secret_speech::core::content::LensId::ALL {
            for c in s.lenses.claims(lens) {
                out.push(format!(
                    "  {} {} quote {} date {:?} answers {:?} {:?}",
                    lens.slug(),
                    c.id,
                    c.quote,
                    c.date,
                    c.answers,
                    cited(&c.sources)
                ));
            }
        }
    }
    for c in &e.comparisons {
        out.push(format!(
            "comparison {} {:?} {:?} {:?} {:?}",
            c.id,
            c.orientation,
            c.modes,
            c.divider,
            cited(&c.sources)
        ));
        for s in &c.states {
            out.push(format!("  state {} {} {}x{}", s.id, s.image, s.width, s.height));
            // The same words in the same places: only their language differs.
            for l in &s.labels {
                out.push(format!(
                    "    label at {},{} {:?} {} {} {:?} {} {}",
                    l.x, l.y, l.anchor, l.size, l.bold, l.tone, l.struck, l.moves_below
                ));
            }
        }
        for h in &c.hotspots {
            out.push(format!(
                "  hotspot {} on {} at {},{} marker {:?} {:?}",
                h.id,
                h.state,
                h.x,
                h.y,
                h.marker,
                cited(&h.sources)
            ));
        }
    }
    for t in &e.timeline {
        out.push(format!(
            "event {} {} {:?} {:?}",
            t.id,
            t.date,
            t.station,
            cited(&t.sources)
        ));
    }
    for q in &e.quiz.questions {
        let detail = match q {
            Question::SingleChoice { choices, answer, .. } => {
                format!(
                    "single {:?} {answer}",
                    choices.iter().map(|c| &c.id).collect::<Vec<_>>()
                )
            }
            Question::MultipleChoice { choices, answers, .. } => {
                format!(
                    "multiple {:?} {answers:?}",
                    choices.iter().map(|c| &c.id).collect::<Vec<_>>()
                )
            }
            Question::TrueFalse { answer, .. } => format!("true-false {answer}"),
            Question::Ordering { items, .. } => {
                format!("ordering {:?}", items.iter().map(|c| &c.id).collect::<Vec<_>>())
            }
            Question::WhichVoice { answer, .. } => format!("voice {answer:?}"),
            Question::SpotTheChange {
                comparison,
                state,
                answer,
                ..
            } => format!("spot {comparison} {state} {answer}"),
        };
        out.push(format!("question {} {detail} {:?}", q.id(), q.evidence()));
    }
    for s in &e.sources {
        // Which edition a source is, and its language, are facts about the
        // source, the same whichever language the exhibit is read in.
        out.push(format!(
            "source {} {:?} {} translation {}",
            s.id, s.url, s.language, s.translation
        ));
    }
    out
}

#[test]
fn russian_is_the_same_exhibit_as_english() {
    let en = exhibit("en.json", include_str!("../assets/exhibit/en.json"));
    let ru = exhibit("ru.json", include_str!("../assets/exhibit/ru.json"));
    assert_eq!(en.language, "en");
    assert_eq!(ru.language, "ru");
    let (en, ru) = (skeleton(&en), skeleton(&ru));
    for (i, (a, b)) in en.iter().zip(&ru).enumerate() {
        assert_eq!(a, b, "line {i} of the exhibit's shape differs");
    }
    assert_eq!(en.len(), ru.len());
}

#[test]
fn russian_words_are_russian() {
    let en = exhibit("en.json", include_str!("../assets/exhibit/en.json"));
    let ru = exhibit("ru.json", include_str!("../assets/exhibit/ru.json"));
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    assert!(cyrillic(&ru.title) && cyrillic(&ru.intro));
    for (a, b) in en.stations.iter().zip(&ru.stations) {
        assert!(cyrillic(&b.title), "station {} title is not translated", b.id);
        assert_ne!(a.summary, b.summary, "station {} summary is not translated", b.id);
    }
    for q in &ru.quiz.questions {
        assert!(cyrillic(q.prompt()), "question {} is not translated", q.id());
    }
}
