//! The pictures of a comparison as files: our SVG drawings, or the raster
//! scans a museum licenses (JPEG, PNG, WebP) in their place. A scan may be
//! thousands of pixels wide; the build makes smaller copies of it (the
//! variants), and the page offers them to the browser by width, so a phone
//! downloads a copy the size of its screen, not the scan.

use super::content::ImageState;

/// What the checker learns of a state's image file. Only the native
/// `exhibit-check` (and the build) reads files; the app, which cannot
/// cheaply ask, says `Unknown` and lets a missing file show its alt text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFile {
    Unknown,
    Missing,
    /// A drawing (SVG): it scales to any size.
    Drawing,
    /// A raster image: its size in pixels, read from its header, and its bytes.
    Raster {
        width: u32,
        height: u32,
        bytes: u64,
    },
    /// A file the exhibit cannot show, or whose header cannot be read.
    Unreadable,
}

/// The widths of the copies the build makes of a scan, in pixels. The
/// largest fills a comparison on a large screen at twice its CSS pixels
/// (56rem, about 900 px wide); the smallest suits a phone held upright.
pub const VARIANT_WIDTHS: [u32; 4] = [480, 800, 1200, 1600];

/// A scan at least this wide gives every variant without enlarging it.
pub const MIN_SCAN_WIDTH: u32 = VARIANT_WIDTHS[VARIANT_WIDTHS.len() - 1];

/// The largest scan the build accepts (decoding one takes memory in
/// proportion): 40 MB, more than a 6,000-pixel JPEG of good quality needs.
pub const MAX_SCAN_BYTES: u64 = 40_000_000;

/// The most pixels a scan may have: 100 megapixels (10,000 × 10,000)
/// decode to 300 MB; a compressed file's bytes do not bound that.
pub const MAX_SCAN_PIXELS: u64 = 100_000_000;

/// The formats of a scan's variants: WebP for every browser that reads it
/// (all current ones), JPEG for any other.
pub const VARIANT_FORMATS: [&str; 2] = ["webp", "jpg"];

/// How wide a comparison's picture is shown, for the browser to choose a
/// copy (the style sheet's widths): the whole figure (at most 56rem, the
/// page's width on a phone)...
pub const SIZES_FULL: &str = "(min-width: 60rem) 56rem, 100vw";
/// ...one of two pictures side by side (two columns of at least 22rem from
/// 47rem, with the page's padding; stacked below)...
pub const SIZES_HALF: &str = "(min-width: 47rem) 28rem, 100vw";
/// ...a vertical slider (at most 30rem)...
pub const SIZES_NARROW: &str = "(min-width: 32rem) 30rem, 100vw";
/// ...the picture of a quiz's spot-the-change question (at most 40rem)...
pub const SIZES_SPOT: &str = "(min-width: 42rem) 40rem, 100vw";
/// ...and a station's card on the home page (columns of 16rem and more).
pub const SIZES_CARD: &str = "(min-width: 36rem) 18rem, 100vw";

/// Whether `image` (a path under `assets/`) names a raster file, by its
/// extension: the content names the file, and the extension says its kind.
pub fn is_raster(image: &str) -> bool {
    let lower = image.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// The widths of the variants of a scan `width` pixels wide: each standard
/// width below it, then the scan's own width if it is narrower than the
/// largest (never enlarged).
pub fn variant_widths(width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = VARIANT_WIDTHS.iter().copied().filter(|&w| w < width).collect();
    if width <= MIN_SCAN_WIDTH {
        widths.push(width);
    }
    widths
}

/// Where the build writes the variant of `state`'s scan at `width` in
/// `format`, under `assets/`: `images/canal.jpg` at 800 in WebP is
/// `images/variants/canal-jpg-800.webp`; cut to a crop, the crop is in the
/// name (`canal-jpg-0-120-5000x3125-800.webp`), so two crops of one scan
/// never meet.
pub fn variant_path(state: &ImageState, width: u32, format: &str) -> String {
    let image = state.image.as_str();
    let (folder, file) = image.rsplit_once('/').map_or(("", image), |(f, n)| (f, n));
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let folder = if folder.is_empty() {
        String::new()
    } else {
        format!("{folder}/")
    };
    let crop = state
        .crop
        .map_or(String::new(), |c| format!("-{}-{}-{}x{}", c.x, c.y, c.width, c.height));
    // The scan's extension stays in the name: `canal.jpg` and `canal.png`
    // are two scans, so two sets of copies.
    let kind = file.rsplit_once('.').map_or("", |(_, ext)| ext);
    format!("{folder}variants/{stem}-{kind}{crop}-{width}.{format}")
}

/// The smallest copy of `state`'s scan in `format`: a thumbnail's.
pub fn smallest_path(state: &ImageState, format: &str) -> String {
    variant_path(state, variant_widths(state.width)[0], format)
}

/// A path as a URL in a `srcset`, where a space or a comma would end it.
fn in_srcset(path: &str) -> String {
    path.replace('%', "%25").replace(' ', "%20").replace(',', "%2C")
}

/// The copy a browser that reads no `srcset` shows: the JPEG about as
/// wide as a laptop shows the figure.
pub fn fallback_path(state: &ImageState) -> String {
    let widths = variant_widths(state.width);
    let w = widths
        .iter()
        .copied()
        .find(|&w| w >= 800)
        .unwrap_or(widths[widths.len() - 1]);
    variant_path(state, w, "jpg")
}

/// The `srcset` of `state`'s scan in `format`, each path under `prefix`
/// (`assets/`).
pub fn srcset(prefix: &str, state: &ImageState, format: &str) -> String {
    variant_widths(state.width)
        .into_iter()
        .map(|w| {
            format!(
                "{}{} {w}w",
                in_srcset(prefix),
                in_srcset(&variant_path(state, w, format))
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::{Crop, Known};

    fn scan(image: &str, width: u32, crop: Option<Crop>) -> ImageState {
        ImageState {
            id: "s".into(),
            label: String::new(),
            date: String::new(),
            image: image.into(),
            width,
            height: width,
            alt: String::new(),
            description: String::new(),
            caption: String::new(),
            credit: String::new(),
            licence: None,
            crop,
            labels: Vec::new(),
            known: Known::alike("e"),
        }
    }

    #[test]
    fn knows_a_scan_by_its_extension() {
        assert!(is_raster("images/canal.jpg"));
        assert!(is_raster("images/CANAL.JPEG"));
        assert!(is_raster("images/poster.png"));
        assert!(is_raster("images/poster.webp"));
        assert!(!is_raster("images/canal.svg"));
        assert!(!is_raster("images/jpg"));
    }

    #[test]
    fn variants_are_never_wider_than_the_scan() {
        assert_eq!(variant_widths(5000), vec![480, 800, 1200, 1600]);
        assert_eq!(variant_widths(1600), vec![480, 800, 1200, 1600]);
        assert_eq!(variant_widths(1000), vec![480, 800, 1000]);
        assert_eq!(variant_widths(300), vec![300]);
    }

    #[test]
    fn the_fallback_is_the_copy_of_800_or_the_largest_below() {
        assert_eq!(
            fallback_path(&scan("images/c.jpg", 5000, None)),
            "images/variants/c-jpg-800.jpg"
        );
        assert_eq!(
            fallback_path(&scan("images/c.jpg", 700, None)),
            "images/variants/c-jpg-700.jpg"
        );
    }

    #[test]
    fn variants_sit_beside_the_scan_and_name_its_crop() {
        let at = |image, crop| variant_path(&scan(image, 5000, crop), 800, "webp");
        assert_eq!(at("images/canal.jpg", None), "images/variants/canal-jpg-800.webp");
        assert_eq!(at("scans/a.b.png", None), "scans/variants/a.b-png-800.webp");
        assert_eq!(at("top.jpg", None), "variants/top-jpg-800.webp");
        let crop = Some(Crop {
            x: 0,
            y: 120,
            width: 5000,
            height: 3125,
        });
        assert_eq!(
            at("images/canal.jpg", crop),
            "images/variants/canal-jpg-0-120-5000x3125-800.webp"
        );
        assert_eq!(
            srcset("assets/", &scan("images/c.jpg", 1000, None), "webp"),
            "assets/images/variants/c-jpg-480.webp 480w, assets/images/variants/c-jpg-800.webp 800w, assets/images/variants/c-jpg-1000.webp 1000w"
        );
        // Two scans of one name in two formats keep their copies apart.
        assert_ne!(at("images/canal.jpg", None), at("images/canal.png", None));
        // A space or a comma would end a URL in a srcset.
        assert_eq!(
            srcset("", &scan("images/canal 1937, b.jpg", 480, None), "webp"),
            "images/variants/canal%201937%2C%20b-jpg-480.webp 480w"
        );
        assert_eq!(
            smallest_path(&scan("images/c.jpg", 5000, None), "webp"),
            "images/variants/c-jpg-480.webp"
        );
    }
}
