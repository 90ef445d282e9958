//! Glossary marks inside content text: `[[term-id]]` or `[[shown words|term-id]]`.
//!
//! Content is always rendered as text, so this tiny syntax is the only markup
//! a curator has; the checker and the renderer read it through this one parser.

/// A run of plain text or a marked glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// `shown` is `None` when the mark shows the term's own name.
    Term {
        shown: Option<&'a str>,
        id: &'a str,
    },
}

/// Splits `text` into segments. An unclosed `[[` or an empty mark is an error
/// naming the character offset where the mark starts.
pub fn segments(text: &str) -> Result<Vec<Segment<'_>>, MarkError> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find("[[") {
        if start > 0 {
            out.push(Segment::Text(&rest[..start]));
        }
        let inner_from = start + 2;
        let Some(len) = rest[inner_from..].find("]]") else {
            return Err(MarkError::Unclosed {
                at: char_offset(text, offset + start),
            });
        };
        let inner = &rest[inner_from..inner_from + len];
        let (shown, id) = match inner.rsplit_once('|') {
            Some((shown, id)) => (Some(shown.trim()), id.trim()),
            None => (None, inner.trim()),
        };
        if id.is_empty() || shown == Some("") {
            return Err(MarkError::Empty {
                at: char_offset(text, offset + start),
            });
        }
        out.push(Segment::Term { shown, id });
        let consumed = inner_from + len + 2;
        offset += consumed;
        rest = &rest[consumed..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    Ok(out)
}

/// Text with the marks replaced by the words they show (for titles, alt text
/// and anywhere a plain string is needed). `name_of` gives a term's own name.
pub fn plain<'a>(text: &'a str, name_of: impl Fn(&str) -> Option<&'a str>) -> String {
    match segments(text) {
        Ok(parts) => parts
            .into_iter()
            .map(|part| match part {
                Segment::Text(t) => t,
                Segment::Term { shown: Some(s), .. } => s,
                Segment::Term { shown: None, id } => name_of(id).unwrap_or(id),
            })
            .collect(),
        Err(_) => text.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkError {
    Unclosed { at: usize },
    Empty { at: usize },
}

impl std::fmt::Display for MarkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarkError::Unclosed { at } => write!(
                f,
                "glossary mark opened with `[[` at character {at} is never closed; end it with `]]`"
            ),
            MarkError::Empty { at } => write!(
                f,
                "glossary mark at character {at} is empty; write `[[term-id]]` or `[[shown words|term-id]]`"
            ),
        }
    }
}

fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_terms() {
        let parts = segments("The [[cult|cult-of-personality]] grew from [[nkvd]].").unwrap();
        assert_eq!(
            parts,
            vec![
                Segment::Text("The "),
                Segment::Term {
                    shown: Some("cult"),
                    id: "cult-of-personality"
                },
                Segment::Text(" grew from "),
                Segment::Term {
                    shown: None,
                    id: "nkvd"
                },
                Segment::Text("."),
            ]
        );
    }

    #[test]
    fn reports_unclosed_and_empty_marks_by_character() {
        assert_eq!(segments("Жить [[nkvd"), Err(MarkError::Unclosed { at: 5 }));
        assert_eq!(segments("a [[|x]]"), Err(MarkError::Empty { at: 2 }));
        assert_eq!(segments("a [[ ]]"), Err(MarkError::Empty { at: 2 }));
    }

    #[test]
    fn plain_text_shows_the_words() {
        let name = |id: &str| (id == "nkvd").then_some("NKVD");
        assert_eq!(
            plain("the [[nkvd]] and [[the Party|cpsu]]", name),
            "the NKVD and the Party"
        );
    }
}
