// Starts downloading the exhibit's content with its code, not after it: the
// app asks for its content file only once the wasm has arrived and started,
// which made the text wait for two downloads in a row. This picks the
// language by the app's own rules (src/core/messages.rs, Language::choose:
// the link's ?lang=, the visitor's stored choice, the browser's languages,
// else English) and leaves the request for the app to take
// (src/browser/content.rs). Should the two ever disagree, the app fetches its
// own file: this script can make loading faster, never change what loads.
(() => {
  const spoken = ['en', 'ru'];
  const tag = (value) => {
    const primary = String(value ?? '').split(/[-_]/)[0].toLowerCase();
    return spoken.includes(primary) ? primary : null;
  };
  let stored = null;
  try {
    stored = localStorage.getItem('secret-speech:language');
  } catch {
    // Storage blocked: the app says so itself.
  }
  const language =
    tag(new URLSearchParams(location.search).get('lang')) ??
    tag(stored) ??
    (navigator.languages ?? []).map(tag).find(Boolean) ??
    'en';
  const url = `assets/exhibit/${language}.json`;
  window.exhibitContent = { url, response: fetch(url) };
})();
