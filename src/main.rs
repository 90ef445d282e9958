//! Mounts the exhibit into the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    secret_speech::ui::start();
}
