//! Kiosk mode's take-home codes: each station's public address as a QR
//! code a phone's camera reads, drawn as SVG at build time (a run-time
//! encoder would be code in every visitor's wasm for a kiosk-only picture).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The code for `url` as an SVG document: dark on white, with the four
/// modules of quiet zone a reader needs, and error correction M (15 % of the
/// code may be lost to glare or a smudged screen).
pub fn code_svg(url: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|error| format!("{url}: cannot be drawn as a code ({error})"))?;
    Ok(code
        .render::<svg::Color>()
        .quiet_zone(true)
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#1b1a17"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_station_address_becomes_an_svg_code() {
        let svg = code_svg("https://museum.example/secret-speech/ru/station/the-speech/").unwrap();
        assert!(svg.contains("<svg") && svg.contains("<path"), "{svg}");
        assert!(svg.contains("#1b1a17"));
    }
}
