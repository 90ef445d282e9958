#![cfg(not(target_arch = "wasm32"))]
//! The copies the build makes of a scan (`build::images::make_variants`):
//! each width, in WebP and JPEG, with the scan's shape, cut to its crop,
//! transparency laid on white, and made once.

use std::path::PathBuf;

use secret_speech::build::images::make_variants;
use secret_speech::core::content::{Crop, ImageState, Known};

/// A folder standing for `assets/` and one for the cache, made afresh.
fn folders(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("secret-speech-copies-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("assets/images")).unwrap();
    (root.join("assets"), root.join("cache"))
}

fn state(image: &str, width: u32, height: u32, crop: Option<Crop>) -> ImageState {
    ImageState {
        id: "scan".into(),
        label: "Scan".into(),
        date: "1937".into(),
        image: image.into(),
        width,
        height,
        alt: "A scan".into(),
        description: "A scan.".into(),
        caption: "A scan.".into(),
        credit: "Tests".into(),
        licence: Some("Tests".into()),
        crop,
        labels: Vec::new(),
        known: Known::alike("e"),
    }
}

#[test]
fn every_width_in_both_formats_with_the_scans_shape() {
    let (assets, cache) = folders("widths");
    image::RgbImage::from_pixel(2000, 1250, image::Rgb([200, 120, 40]))
        .save(assets.join("images/scan.jpg"))
        .unwrap();
    let made = make_variants(&assets, &state("images/scan.jpg", 2000, 1250, None), &cache).unwrap();
    let mut expected = Vec::new();
    for width in [480, 800, 1200, 1600] {
        for format in ["webp", "jpg"] {
            expected.push(format!("images/variants/scan-jpg-{width}.{format}"));
        }
    }
    assert_eq!(made, expected);
    for path in &made {
        let copy = image::open(assets.join(path)).unwrap();
        let width: u32 = path
            .rsplit('-')
            .next()
            .unwrap()
            .split('.')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!((copy.width(), copy.height()), (width, width * 1250 / 2000), "{path}");
    }
    // A second build copies them from the cache instead of making them
    // again: a cached copy marked by hand comes back as it is.
    let cached: Vec<PathBuf> = std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(cached.len(), 8);
    let marked = cached
        .iter()
        .find(|p| p.to_string_lossy().ends_with("-480.webp"))
        .unwrap();
    std::fs::write(marked, b"from the cache").unwrap();
    std::fs::remove_dir_all(assets.join("images/variants")).unwrap();
    make_variants(&assets, &state("images/scan.jpg", 2000, 1250, None), &cache).unwrap();
    assert_eq!(
        std::fs::read(assets.join("images/variants/scan-jpg-480.webp")).unwrap(),
        b"from the cache"
    );
    let _ = std::fs::remove_dir_all(assets.parent().unwrap());
}

#[test]
fn a_crop_is_cut_and_transparency_laid_on_white() {
    let (assets, cache) = folders("crop");
    // Transparent above row 500, red below: the crop keeps rows 400 to 1400.
    let mut poster = image::RgbaImage::from_pixel(1600, 1600, image::Rgba([200, 20, 20, 255]));
    for y in 0..500 {
        for x in 0..1600 {
            poster.put_pixel(x, y, image::Rgba([0, 0, 0, 0]));
        }
    }
    poster.save(assets.join("images/poster.png")).unwrap();
    let crop = Crop {
        x: 0,
        y: 400,
        width: 1600,
        height: 1000,
    };
    let made = make_variants(&assets, &state("images/poster.png", 1600, 1000, Some(crop)), &cache).unwrap();
    assert!(
        made.contains(&"images/variants/poster-png-0-400-1600x1000-480.jpg".to_string()),
        "{made:?}"
    );
    let copy = image::open(assets.join("images/variants/poster-png-0-400-1600x1000-1600.jpg"))
        .unwrap()
        .to_rgb8();
    assert_eq!((copy.width(), copy.height()), (1600, 1000));
    let near = |a: image::Rgb<u8>, b: [u8; 3]| a.0.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 12);
    // The top of the crop was transparent: white, not black.
    assert!(
        near(*copy.get_pixel(800, 20), [255, 255, 255]),
        "{:?}",
        copy.get_pixel(800, 20)
    );
    assert!(
        near(*copy.get_pixel(800, 900), [200, 20, 20]),
        "{:?}",
        copy.get_pixel(800, 900)
    );
    let _ = std::fs::remove_dir_all(assets.parent().unwrap());
}
