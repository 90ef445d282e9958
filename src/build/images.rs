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

/// The scan decoded as a viewer shows it (see `oriented_size`).
fn open_oriented(path: &Path) -> image::ImageResult<image::DynamicImage> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::open(path)?.with_guessed_format()?.into_decoder()?;
    let orientation = decoder.orientation()?;
    let mut scan = image::DynamicImage::from_decoder(decoder)?;
    scan.apply_orientation(orientation);
    Ok(scan)
}

/// Makes the variants of `state`'s scan (under `assets`), cut to its crop
/// if it has one: each width of `variant_widths`, in each of
/// `VARIANT_FORMATS`, at `variant_path`. A variant already made from the
/// same scan (same bytes' length and time) and crop is copied from `cache`
/// instead of made again. Returns the paths written, under `assets`.
pub fn make_variants(assets: &Path, state: &ImageState, cache: &Path) -> Result<Vec<String>, String> {
    let image = state.image.as_str();
    let source = assets.join(image);
    let meta = std::fs::metadata(&source).map_err(|e| format!("assets/{image}: {e}"))?;
    let stamp = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let crop = state.crop.map(|c| (c.x, c.y, c.width, c.height));
        (image, meta.len(), meta.modified().ok(), crop).hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    };
    // Image's generic code is compiled in the crate that calls it, at that
    // crate's level (none, in the debug build that prerenders): only its
    // non-generic functions (DynamicImage's, the encoders' `encode`) run
    // at the level Cargo.toml gives the image crates.
    let mut decoded: Option<image::DynamicImage> = None;
    let mut written = Vec::new();
    for w in variant_widths(state.width) {
        for format in VARIANT_FORMATS {
            let path = variant_path(state, w, format);
            let target = assets.join(&path);
            let cached = cache.join(format!("{stamp}-{w}.{format}"));
            if !cached.is_file() {
                let scan = match &decoded {
                    Some(scan) => scan,
                    None => {
                        let scan = open_oriented(&source).map_err(|e| format!("assets/{image}: {e}"))?;
                        decoded.insert(match state.crop {
                            Some(c) => scan.crop_imm(c.x, c.y, c.width, c.height),
                            None => scan,
                        })
                    }
                };
                let bytes = encode(&resized(scan, w), format)?;
                std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
                std::fs::write(&cached, bytes).map_err(|e| format!("{}: {e}", cached.display()))?;
            }
            if let Some(folder) = target.parent() {
                std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::copy(&cached, &target).map_err(|e| format!("{}: {e}", target.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// The scan at `width` pixels wide, its shape kept, as 8-bit RGB: a
/// transparent part (a poster's PNG) is laid on white, as the page's
/// picture frame would show it, not left black.
fn resized(scan: &image::DynamicImage, width: u32) -> image::RgbImage {
    let small = if width >= scan.width() {
        scan.clone()
    } else {
        let height = (u64::from(scan.height()) * u64::from(width)).div_ceil(u64::from(scan.width())) as u32;
        scan.resize_exact(width, height.max(1), image::imageops::FilterType::Lanczos3)
    };
    if !small.color().has_alpha() {
        return small.to_rgb8();
    }
    let rgba = small.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = pixel.0;
        let over_white = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        *out = image::Rgb([over_white(r), over_white(g), over_white(b)]);
    }
    rgb
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
