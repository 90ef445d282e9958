//! Where each value of a JSON document sits, by field path.
//!
//! serde tells us *what* is wrong and at which path; a curator needs the line
//! too. This scanner walks text that serde_json has already accepted and
//! records the line and column of every value (and of every object key, under
//! the member's path), using the same path syntax as the checker's messages:
//! `stations[2].lenses.official[0].sources[1]`.

use std::collections::HashMap;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Default)]
pub struct Spans {
    positions: HashMap<String, Position>,
    /// Paths of members whose key appeared earlier in the same object:
    /// JSON parsers keep the last silently, so the checker reports them.
    duplicates: Vec<String>,
}

impl Spans {
    /// Scans `text`, which must already be valid JSON; on anything else it
    /// stops early and keeps what it found, never panicking.
    pub fn scan(text: &str) -> Spans {
        Scanner::new(text, true).run()
    }

    /// Only the paths of keys given twice in one object, without recording
    /// every position: the cheap pass every load makes, where the full scan
    /// is needed only once there is a problem to point at.
    pub fn duplicate_keys(text: &str) -> Vec<String> {
        Scanner::new(text, false).run().duplicates
    }

    pub fn duplicates(&self) -> &[String] {
        &self.duplicates
    }

    /// The position of `path`, or of its nearest ancestor that has one.
    pub fn locate(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(position) = self.positions.get(path) {
                return *position;
            }
            match parent(path) {
                Some(up) => path = up,
                None => return Position { line: 1, column: 1 },
            }
        }
    }
}

/// `a.b[2]` → `a.b` → `a` → `` → None.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

/// Joins a member name onto a path.
pub fn member(path: &str, name: &str) -> String {
    let mut out = path.to_string();
    push_member(&mut out, name);
    out
}

/// Joins an array index onto a path.
pub fn index(path: &str, i: usize) -> String {
    let mut out = path.to_string();
    push_index(&mut out, i);
    out
}

/// [`member`] in place: the scanner grows one path rather than allocating one per value.
fn push_member(path: &mut String, name: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(name);
}

/// [`index`] in place.
fn push_index(path: &mut String, i: usize) {
    path.push('[');
    path.push_str(&i.to_string());
    path.push(']');
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
    /// Whether to keep every value's position (or only the duplicates).
    record: bool,
    /// The path of the value being read, grown and cut back in place.
    path: String,
    spans: Spans,
}

impl Scanner<'_> {
    fn new(text: &str, record: bool) -> Scanner<'_> {
        Scanner {
            chars: text.chars().peekable(),
            line: 1,
            column: 1,
            record,
            path: String::new(),
            spans: Spans::default(),
        }
    }

    fn run(mut self) -> Spans {
        self.value();
        self.spans
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self) {
        self.skip_whitespace();
        if self.record {
            let at = self.here();
            self.spans.positions.entry(self.path.clone()).or_insert(at);
        }
        match self.chars.peek() {
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => {
                self.string();
            }
            Some(_) => {
                while matches!(self.chars.peek(), Some(c) if !matches!(c, ',' | '}' | ']' | ' ' | '\t' | '\n' | '\r')) {
                    self.bump();
                }
            }
            None => {}
        }
    }

    fn object(&mut self) {
        self.bump(); // {
        let mut keys: Vec<String> = Vec::new();
        loop {
            self.skip_whitespace();
            match self.chars.peek() {
                Some('}') => {
                    self.bump();
                    return;
                }
                Some(',') => {
                    self.bump();
                }
                Some('"') => {
                    let key_at = self.here();
                    let key = self.string();
                    let outer = self.path.len();
                    push_member(&mut self.path, &key);
                    if keys.contains(&key) {
                        self.spans.duplicates.push(self.path.clone());
                    } else {
                        keys.push(key);
                    }
                    if self.record {
                        // The key's position wins over the value's for a
                        // member (it is where a curator looks for the field),
                        // and a repeated key's second place over its first.
                        self.spans.positions.insert(self.path.clone(), key_at);
                    }
                    self.skip_whitespace();
                    if self.chars.peek() != Some(&':') {
                        return;
                    }
                    self.bump();
                    self.value();
                    self.path.truncate(outer);
                }
                _ => return,
            }
        }
    }

    fn array(&mut self) {
        self.bump(); // [
        let mut i = 0;
        loop {
            self.skip_whitespace();
            match self.chars.peek() {
                Some(']') => {
                    self.bump();
                    return;
                }
                Some(',') => {
                    self.bump();
                }
                Some(_) => {
                    let outer = self.path.len();
                    push_index(&mut self.path, i);
                    self.value();
                    self.path.truncate(outer);
                    i += 1;
                }
                None => return,
            }
        }
    }

    /// Reads a string literal and returns its decoded text.
    fn string(&mut self) -> String {
        self.bump(); // opening quote
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => match self.bump() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            out.push(c);
                        }
                    }
                    Some(other) => out.push(other),
                    None => break,
                },
                _ => out.push(c),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_members_and_elements_by_path() {
        let text = "{\n  \"a\": [1,\n    {\"b\": \"x\"}],\n  \"c\": true\n}";
        let spans = Spans::scan(text);
        assert_eq!(spans.locate("a"), Position { line: 2, column: 3 });
        assert_eq!(spans.locate("a[1]"), Position { line: 3, column: 5 });
        assert_eq!(spans.locate("a[1].b"), Position { line: 3, column: 6 });
        assert_eq!(spans.locate("c"), Position { line: 4, column: 3 });
    }

    #[test]
    fn unknown_paths_fall_back_to_their_nearest_ancestor() {
        let spans = Spans::scan("{\"a\": {\n \"b\": 1}}");
        assert_eq!(spans.locate("a.zzz[3]"), Position { line: 1, column: 2 });
        assert_eq!(spans.locate("nothing"), Position { line: 1, column: 1 });
    }

    #[test]
    fn a_key_given_twice_is_reported_at_its_second_place() {
        let spans = Spans::scan("{\"a\": 1,\n \"a\": 2, \"b\": {\"a\": 3}}");
        assert_eq!(spans.duplicates(), ["a"]);
        assert_eq!(spans.locate("a"), Position { line: 2, column: 2 });
    }

    #[test]
    fn the_cheap_pass_finds_the_same_duplicates() {
        let text = "{\"a\": 1,\n \"a\": 2, \"b\": [{\"c\": 3, \"c\": 4}], \"d\": {\"a\": 5}}";
        assert_eq!(Spans::duplicate_keys(text), ["a", "b[0].c"]);
        assert_eq!(Spans::scan(text).duplicates(), ["a", "b[0].c"]);
    }

    #[test]
    fn counts_columns_in_characters() {
        let spans = Spans::scan("{\"ж\": 1, \"k\": 2}");
        assert_eq!(spans.locate("k"), Position { line: 1, column: 10 });
    }
}
