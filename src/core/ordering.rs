//! Putting events in order by keyboard and pointer (the quiz's ordering
//! questions): what each key does to the list, and where a dragged item
//! lands. The list on screen (`ui::ordering`) draws the items, keeps focus
//! and announces each step; the rules are here, tested natively.

/// What a key pressed on an item of the list does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Space or Enter on a resting item: it is picked up where it stands.
    PickUp,
    /// Space or Enter on the held item: it is dropped where it stands.
    Drop,
    /// An arrow key with an item held: it moves to `to`.
    Move { to: usize },
    /// An arrow key that would take the held item past an end: nothing
    /// moves, but the key is still the list's (the page does not scroll).
    AtEnd,
    /// Escape with an item held: it goes back to `to`, where it was picked up.
    PutBack { to: usize },
    /// Any other key: the browser's.
    Ignored,
}

/// The step `key` (a `KeyboardEvent.key`) takes on the item at `index` of
/// `count`, while the item held (if any) was picked up at `held_from`.
pub fn on_key(key: &str, index: usize, count: usize, held_from: Option<usize>) -> Step {
    match (key, held_from) {
        (" " | "Enter", None) => Step::PickUp,
        (" " | "Enter", Some(_)) => Step::Drop,
        ("ArrowUp", Some(_)) if index == 0 => Step::AtEnd,
        ("ArrowUp", Some(_)) => Step::Move { to: index - 1 },
        ("ArrowDown", Some(_)) if index + 1 >= count => Step::AtEnd,
        ("ArrowDown", Some(_)) => Step::Move { to: index + 1 },
        ("Escape", Some(from)) => Step::PutBack { to: from },
        _ => Step::Ignored,
    }
}

/// `items` with the one at `from` moved to `to`, those between shifted.
/// An index outside the list leaves it as it is.
pub fn moved<T: Clone>(items: &[T], from: usize, to: usize) -> Vec<T> {
    let mut next = items.to_vec();
    if from < next.len() && to < next.len() {
        let item = next.remove(from);
        next.insert(to, item);
    }
    next
}

/// Where an item dragged by a pointer lands when released at height `y`:
/// after the last item whose middle is above the pointer, or first when
/// the pointer is above the list (`list_top`) or above every middle.
pub fn drop_at(y: f64, list_top: f64, middles: impl Iterator<Item = f64>) -> usize {
    if y < list_top {
        return 0;
    }
    // The middles run down the screen: the last one above the pointer.
    middles
        .enumerate()
        .filter(|(_, middle)| y > *middle)
        .last()
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_or_enter_picks_up_then_drops() {
        for key in [" ", "Enter"] {
            assert_eq!(on_key(key, 2, 5, None), Step::PickUp);
            assert_eq!(on_key(key, 3, 5, Some(2)), Step::Drop);
        }
    }

    #[test]
    fn arrows_move_the_held_item_one_place_and_stop_at_the_ends() {
        assert_eq!(on_key("ArrowUp", 2, 5, Some(2)), Step::Move { to: 1 });
        assert_eq!(on_key("ArrowDown", 2, 5, Some(2)), Step::Move { to: 3 });
        assert_eq!(on_key("ArrowUp", 0, 5, Some(1)), Step::AtEnd);
        assert_eq!(on_key("ArrowDown", 4, 5, Some(1)), Step::AtEnd);
        // Nothing held: the arrows scroll the page as ever.
        assert_eq!(on_key("ArrowDown", 2, 5, None), Step::Ignored);
    }

    #[test]
    fn escape_puts_the_held_item_back_where_it_was_picked_up() {
        assert_eq!(on_key("Escape", 4, 5, Some(1)), Step::PutBack { to: 1 });
        assert_eq!(on_key("Escape", 4, 5, None), Step::Ignored);
        assert_eq!(on_key("Tab", 4, 5, Some(1)), Step::Ignored);
    }

    #[test]
    fn a_move_shifts_the_items_between() {
        let items = ["a", "b", "c", "d"];
        assert_eq!(moved(&items, 0, 2), ["b", "c", "a", "d"]);
        assert_eq!(moved(&items, 3, 1), ["a", "d", "b", "c"]);
        assert_eq!(moved(&items, 1, 1), items);
        assert_eq!(moved(&items, 4, 0), items);
    }

    #[test]
    fn a_dragged_item_lands_after_the_last_middle_above_the_pointer() {
        let middles = [110.0, 150.0, 190.0];
        assert_eq!(drop_at(80.0, 90.0, middles.into_iter()), 0);
        assert_eq!(drop_at(100.0, 90.0, middles.into_iter()), 0);
        assert_eq!(drop_at(120.0, 90.0, middles.into_iter()), 0);
        assert_eq!(drop_at(160.0, 90.0, middles.into_iter()), 1);
        assert_eq!(drop_at(400.0, 90.0, middles.into_iter()), 2);
    }
}
