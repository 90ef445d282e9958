//! The address's query string (`?as-of=1938&embed=1`), read and written in
//! one place: the exhibit's own keys (a comparison's view, the moment, the
//! LMS launch) and a host's pairs, which are kept byte for byte.

/// The pairs of a URL query (`a=1&b=2`, with or without the leading `?`).
/// Ids and slugs are plain ASCII, so no percent-decoding is needed.
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
}

/// `old` with `new`'s pairs written into it: a pair of `old` whose key `new`
/// names is replaced, any other pair (`from=quiz`) is kept before them.
pub fn merge(old: &str, new: &str) -> String {
    let key = |pair: &str| pair.split_once('=').map_or(pair, |(key, _)| key).to_string();
    let named: Vec<String> = new.split('&').map(key).collect();
    let kept = old
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !named.contains(&key(pair)));
    kept.chain(new.split('&')).collect::<Vec<_>>().join("&")
}

/// `query` without the pairs of `key`, every other pair as it was.
pub fn without_key(query: &str, key: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split_once('=').map_or(*pair, |(k, _)| k) != key)
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_a_query_replaces_named_pairs_and_keeps_the_rest() {
        assert_eq!(merge("", "comparison=a&at=5"), "comparison=a&at=5");
        // A host's pair is kept byte for byte, padding and empty values too.
        assert_eq!(merge("?sig=abc==&x=", "as-of=1938"), "sig=abc==&x=&as-of=1938");
        assert_eq!(without_key("?as-of=1938&sig=abc==&x=", "as-of"), "sig=abc==&x=");
        assert_eq!(
            merge("?comparison=a&from=quiz&at=50", "comparison=b&at=5"),
            "from=quiz&comparison=b&at=5"
        );
    }

    #[test]
    fn pairs_split_a_link() {
        let pairs: Vec<_> = pairs("?comparison=pair&mode=steps&junk").collect();
        assert_eq!(pairs, vec![("comparison", "pair"), ("mode", "steps")]);
    }
}
