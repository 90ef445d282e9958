//! Closed sets of names, each name with the one word that stands for it in
//! the address, the content file or the style sheet ("side-by-side",
//! "1956-02", "historians").

/// What `slugs!` gives an enum, for code written over any of them: the
/// decoder reads a choice from the content file by these words.
pub trait Slugged: Copy + 'static {
    /// Every value, in the order declared.
    fn all() -> &'static [Self];
    /// The word that stands for it.
    fn word(self) -> &'static str;
}

/// Declares an enum and, from the same list, its words: `ALL` (every value,
/// in the order declared), `slug` and `from_slug`, and `Slugged`. The enum's own attributes
/// (derives, serde's names, docs) pass through; where serde also reads the
/// enum, its `rename_all` must give the same words, which the test below
/// holds.
macro_rules! slugs {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $slug:literal, )+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: [$name; <[&str]>::len(&[$($slug),+])] = [$($name::$variant),+];

            /// The word that stands for it.
            pub fn slug(self) -> &'static str {
                match self {
                    $( $name::$variant => $slug, )+
                }
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|value| value.slug() == slug)
            }
        }

        impl $crate::core::slugs::Slugged for $name {
            fn all() -> &'static [$name] {
                &Self::ALL
            }

            fn word(self) -> &'static str {
                self.slug()
            }
        }
    };
}

pub(crate) use slugs;

#[cfg(test)]
mod tests {
    use super::Slugged;
    use crate::core::comparison::Mode;
    use crate::core::content::{LabelAnchor, LabelTone, LensId, Orientation};
    use crate::core::moment::Moment;

    /// The schema (from serde's names) and the decoder (from the slugs)
    /// offer a curator the same words.
    fn serde_writes_each_word<T: Slugged + serde::Serialize>() {
        for value in T::all() {
            assert_eq!(serde_json::to_value(value).unwrap(), serde_json::json!(value.word()));
        }
    }

    #[test]
    fn serde_and_the_decoder_read_the_same_words() {
        serde_writes_each_word::<Mode>();
        serde_writes_each_word::<LensId>();
        serde_writes_each_word::<Orientation>();
        serde_writes_each_word::<LabelAnchor>();
        serde_writes_each_word::<LabelTone>();
    }

    #[test]
    fn each_word_reads_back_as_its_value() {
        for moment in Moment::ALL {
            assert_eq!(Moment::from_slug(moment.slug()), Some(moment));
        }
        assert_eq!(Mode::ALL.map(Mode::slug), ["slider", "side-by-side", "steps"]);
        assert_eq!(Mode::from_slug("side-by-side"), Some(Mode::SideBySide));
        assert_eq!(Mode::from_slug("Side-by-side"), None);
    }
}
