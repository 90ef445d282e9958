//! Image files on disk: what a content file's image path names.

use std::path::Path;

use crate::core::images::{is_raster, ImageFile};

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
    let size = image::ImageReader::open(&path)
        .and_then(|reader| reader.with_guessed_format())
        .ok()
        .and_then(|reader| reader.into_dimensions().ok());
    match size {
        Some((width, height)) => ImageFile::Raster {
            width,
            height,
            bytes: meta.len(),
        },
        None => ImageFile::Unreadable,
    }
}
