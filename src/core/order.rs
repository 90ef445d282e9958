//! The one sort the exhibit uses, for its short lists: timeline events,
//! glossary terms, a comparison's marks, a content file's problems.
//!
//! The standard library's sorts are built for long slices and cost the wasm
//! about 4 KB for each element type they sort (21 KB for the five lists
//! here). An insertion sort is a few hundred bytes, stable, and for lists of
//! tens or hundreds, most of them nearly in order already, as quick as
//! anyone can tell.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        // Lists of every length to 60, from a fixed pseudo-random sequence:
        // sorted by the first field only, the second shows that equal
        // items keep their order.
        let mut seed: u32 = 12345;
        let mut next = move || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        for length in 0..60 {
            let items: Vec<(u32, u32)> = (0..length).map(|_| (next() % 5, next())).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = items;
            standard.sort_by_key(|a| a.0);
            assert_eq!(ours, standard, "length {length}");
        }
    }
}
