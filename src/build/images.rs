//! Image files on disk: what a content file's image path names.

use std::path::Path;

use crate::core::content::ImageState;
use crate::core::images::{is_raster, variant_path, variant_widths, ImageFile, VARIANT_FORMATS};

/// What `image` (a path under `assets`) is: a raster's size comes from its
/// header alone, so a 6,000-pixel scan is not decoded to check it.
pub fn probe(assets: &Path, image: &str) -> ImageFile {
    let path = assets.join(image);
    let Ok(meta) = std::fs::metadata(&path) else {
        return ImageFile::Missing;
    };
    if !meta.is_file() {
        return ImageFile::Missing;
    }
    if image.to_ascii_lowercase().ends_with(".svg") {
        return ImageFile::Drawing;
    }
    if !is_raster(image) {
        return ImageFile::Unreadable;
    }
    match oriented_size(&path) {
        Some((width, height)) => ImageFile::Raster {
            width,
            height,
            bytes: meta.len(),
        },
        None => ImageFile::Unreadable,
    }
}

/// A scan's size as a viewer shows it: turned as its EXIF orientation says
/// (a camera's upright photograph may be stored on its side), read from the
/// header alone.
fn oriented_size(path: &Path) -> Option<(u32, u32)> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::open(path)
        .ok()?
        .with_guessed_format()
        .ok()?
        .into_decoder()
        .ok()?;
    let (width, height) = decoder.dimensions();
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Some(if turned(orientation) {
        (height, width)
    } else {
        (width, height)
    })
}

fn turned(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
}

/// The scan's `bytes` decoded as a viewer shows it (see `oriented_size`).
fn decode_oriented(bytes: &[u8]) -> image::ImageResult<image::DynamicImage> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()?
        .into_decoder()?;
    let orientation = decoder.orientation()?;
    let mut scan = image::DynamicImage::from_decoder(decoder)?;
    scan.apply_orientation(orientation);
    Ok(scan)
}

/// How the copies are made: a new value when that changes (sizes, filter,
/// qualities, orientation, transparency), so no older copy is taken from
/// the cache.
const MAKING: u32 = 2;

/// Makes the variants of `state`'s scan (under `assets`), cut to its crop
/// if it has one: each width of `variant_widths`, in each of
/// `VARIANT_FORMATS`, at `variant_path`. Copies made before from the same
/// bytes and crop are taken from `cache` (keyed by a hash of the file's
/// contents: a build copies files afresh, so their times say nothing).
/// Returns the paths written, under `assets`.
pub fn make_variants(assets: &Path, state: &ImageState, cache: &Path) -> Result<Vec<String>, String> {
    let image = state.image.as_str();
    let source = assets.join(image);
    let failed = |e: &dyn std::fmt::Display| format!("assets/{image}: {e}");
    let bytes = std::fs::read(&source).map_err(|e| failed(&e))?;
    let stamp = {
        use std::hash::{Hash, Hasher};
        // std's hasher is compiled optimised: tens of milliseconds for 40 MB.
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        hasher.write(&bytes);
        (MAKING, state.crop.map(|c| (c.x, c.y, c.width, c.height))).hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    };
    let widths = variant_widths(state.width);
    let cached = |w: u32, format: &str| cache.join(format!("{stamp}-{w}.{format}"));
    let missing = widths
        .iter()
        .any(|&w| VARIANT_FORMATS.iter().any(|f| !cached(w, f).is_file()));
    if missing {
        // Image's generic code is compiled in the crate that calls it, at
        // that crate's level (none, in the debug build that prerenders):
        // only non-generic functions (DynamicImage's, the encoders' `encode`)
        // run at the level Cargo.toml gives the image crates.
        // Decoded from the bytes already read for the key: a scan is read once.
        let scan = decode_oriented(&bytes).map_err(|e| failed(&e))?;
        let scan = match state.crop {
            Some(c) => scan.crop_imm(c.x, c.y, c.width, c.height),
            None => scan,
        };
        let scan = on_white(scan);
        std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
        for &w in &widths {
            let copy = resized(&scan, w);
            for format in VARIANT_FORMATS {
                // Written aside and renamed, so a build stopped midway leaves
                // no half-written copy to be taken for a whole one.
                let part = cache.join(format!("{stamp}-{w}.{format}.part"));
                std::fs::write(&part, encode(&copy, format)?).map_err(|e| format!("{}: {e}", part.display()))?;
                std::fs::rename(&part, cached(w, format)).map_err(|e| format!("{}: {e}", part.display()))?;
            }
        }
    }
    let mut written = Vec::new();
    for &w in &widths {
        for format in VARIANT_FORMATS {
            let path = variant_path(state, w, format);
            let target = assets.join(&path);
            if let Some(folder) = target.parent() {
                std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::copy(cached(w, format), &target).map_err(|e| format!("{}: {e}", target.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// The scan as 8-bit RGB: a transparent part (a poster's PNG) laid on
/// white, as the page's picture frame shows it, not left black. Before
/// resizing, so no dark fringe is blurred into the edges.
fn on_white(scan: image::DynamicImage) -> image::DynamicImage {
    if !scan.color().has_alpha() {
        return image::DynamicImage::ImageRgb8(scan.to_rgb8());
    }
    let rgba = scan.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = pixel.0;
        let over_white = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        *out = image::Rgb([over_white(r), over_white(g), over_white(b)]);
    }
    image::DynamicImage::ImageRgb8(rgb)
}

/// The scan at `width` pixels wide, its shape kept.
fn resized(scan: &image::DynamicImage, width: u32) -> image::RgbImage {
    if width >= scan.width() {
        return scan.to_rgb8();
    }
    let height = (u64::from(scan.height()) * u64::from(width)).div_ceil(u64::from(scan.width())) as u32;
    scan.resize_exact(width, height.max(1), image::imageops::FilterType::Lanczos3)
        .to_rgb8()
}

/// Qualities that keep a photograph's grain and a poster's edges at about
/// a tenth of the bytes of a print-quality scan.
const WEBP_QUALITY: f32 = 72.0;
const JPEG_QUALITY: u8 = 80;

fn encode(picture: &image::RgbImage, format: &str) -> Result<Vec<u8>, String> {
    match format {
        "webp" => Ok(
            webp::Encoder::from_rgb(picture.as_raw(), picture.width(), picture.height())
                .encode(WEBP_QUALITY)
                .to_vec(),
        ),
        "jpg" => {
            let mut bytes = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
                .encode(
                    picture.as_raw(),
                    picture.width(),
                    picture.height(),
                    image::ExtendedColorType::Rgb8,
                )
                .map_err(|e| e.to_string())?;
            Ok(bytes)
        }
        other => Err(format!("no encoder for {other}")),
    }
}
