// Runs first, before the page paints (a plain script in <head>, after the
// page's <base>, which names the exhibit's root folder):
//
// 1. Sends the visitor to the page they asked for, so no page paints in one
//    language and then switches, and no old link lands on the wrong view:
//    - an old hash link (`#/station/x/speech?comparison=y`, the addresses
//      before every view had its own page) goes to that view's page;
//    - a page is shown in the language the visitor asked for: the link's
//      `?lang=`, else (on an English page, whose address names no language)
//      the visitor's stored choice, else the first of the browser's
//      languages the exhibit speaks, else English. A tag is read by its
//      primary subtag, as Language::from_tag reads it (src/core/messages.rs);
//      the folders are core::address's (English at the root, Russian under ru/).
// 2. Remembers a language chosen with the language links, and kiosk mode:
//    `?kiosk=1` switches it on and opens the attract screen, `?kiosk=0`
//    switches it off; in between it is kept in storage, so a kiosk stays
//    one across reloads, restarts and offline (src/core/kiosk.rs). A kiosk
//    switched on with a moment (`?kiosk=1&as-of=1938`) keeps it too, and
//    `?as-of=` on the handout or the attract screen opens its moment's page.
// 3. Opens the phone menu of the prerendered page until the app runs.
// 4. Marks an embedded page (`?embed=1`) at once, so the prerendered header
//    and footer never paint inside a host's frame.
//    Writes the page's address into the prerendered page, for paper.
// 5. Once the page has painted, starts the code (named by the release build
//    in <meta name=exhibit-code>) and the content together, not one after
//    the other; the app takes the content request (src/browser/content.rs).
//    Should the two ever disagree, the app fetches its own file: this can
//    make loading faster, never change what loads.
(() => {
  const KEY = 'secret-speech:language';
  const KIOSK = 'secret-speech:kiosk';
  const KIOSK_AS_OF = 'secret-speech:kiosk-as-of';
  const spoken = ['en', 'ru'];
  const folderOf = (language) => (language === 'en' ? '' : `${language}/`);
  const tag = (value) => {
    const primary = String(value ?? '').split(/[-_]/)[0].toLowerCase();
    return spoken.includes(primary) ? primary : null;
  };
  const storage = () => {
    try {
      return localStorage;
    } catch {
      return null; // Storage blocked: the app says so itself.
    }
  };
  // From disk a folder opens as a listing, and an LMS's file server may
  // serve no folder at all: there addresses name the file, index.html.
  const fromDisk = location.protocol === 'file:';
  const root = new URL('./', document.baseURI);
  const query = new URLSearchParams(location.search);
  const asked = tag(query.get('lang'));
  query.delete('lang');
  const kioskAsked = query.get('kiosk');
  query.delete('kiosk');
  const inLms = query.has('scorm');
  const filesOnly = fromDisk || inLms;
  // The host's pairs (`embed=1`, `scorm=12`, an LMS's or a signed link's
  // own): every pair but the exhibit's own keys (a language asked for, a
  // comparison's view, the quiz's pointer). Kept in every address of the
  // visit: here on the prerendered page's links, and by the app, which
  // reads them from here (src/browser/address.rs).
  // The app takes them as they came (a signed token stays byte for byte).
  const own = ['lang', 'kiosk', 'comparison', 'mode', 'at', 'step', 'from', 'as-of'];
  window.exhibitHostPairs = location.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !own.includes(new URLSearchParams(pair).keys().next().value))
    .join('&');
  const hostPairs = [...new URLSearchParams(window.exhibitHostPairs)];

  // Where this page is: its language, and its view under the language's folder.
  let view = location.pathname.startsWith(root.pathname) ? location.pathname.slice(root.pathname.length) : '';
  view = view.replace(/(^|\/)index\.html$/, '$1');
  let language = 'en';
  for (const other of spoken.filter((l) => l !== 'en')) {
    if (view === other || view.startsWith(`${other}/`)) {
      language = other;
      view = view.slice(other.length + 1);
    }
  }

  const go = (toLanguage, toView, pairs) => {
    // The host's pairs as they came (a signed token byte for byte), then the exhibit's own.
    const ownPairs = new URLSearchParams([...pairs].filter(([key]) => own.includes(key))).toString();
    const search = [window.exhibitHostPairs, ownPairs].filter(Boolean).join('&');
    const file = filesOnly ? `${toView}index.html` : toView;
    location.replace(new URL(`${folderOf(toLanguage)}${file}${search ? `?${search}` : ''}`, root).href);
  };

  // A link that asks for a language is a choice, kept as one.
  if (asked) storage()?.setItem(KEY, asked);
  // A kiosk keeps the moment it was switched on with (`?kiosk=1&as-of=1938`).
  // The handout and the attract screen, which the app leaves as
  // prerendered, have a page for each past moment (`handout/1938/`,
  // src/core/moment.rs): `?as-of=` goes to its moment's page, and a kiosk's
  // attract screen to the kiosk's moment.
  const moments = ['1938', '1956-02', '1956-06', '1989'];
  const asOf = query.get('as-of');
  const [, left, here] = view.match(/^(handout\/|attract\/)(?:([0-9-]+)\/)?$/) ?? [];
  const attract = left === 'attract/';
  if (kioskAsked === '1') storage()?.setItem(KIOSK, '1');
  if (kioskAsked === '0') storage()?.removeItem(KIOSK);
  // Switched on from a moment's page (`attract/1938/?kiosk=1`), it keeps that moment.
  const kioskMoment = query.has('as-of') ? asOf : here;
  if (kioskAsked === '1' && moments.includes(kioskMoment)) storage()?.setItem(KIOSK_AS_OF, kioskMoment);
  else if (kioskAsked !== null) storage()?.removeItem(KIOSK_AS_OF);
  const kiosk = storage()?.getItem(KIOSK) === '1';
  let target = view;
  if (left) {
    const moment = query.has('as-of') ? asOf : attract && kiosk ? storage()?.getItem(KIOSK_AS_OF) : here;
    query.delete('as-of');
    target = left + (moments.includes(moment) ? `${moment}/` : '');
  }
  const wanted =
    asked ??
    (language === 'en'
      ? tag(storage()?.getItem(KEY)) ?? (navigator.languages ?? []).map(tag).find(Boolean) ?? 'en'
      : language);
  // An old link: its route and its own query; the page's query keeps the
  // host's pairs (`embed=1`, `scorm=12`). Also when one is pasted over an
  // open page, which changes only the hash.
  const followHash = () => {
    if (!location.hash.startsWith('#/')) return false;
    const [path, routeQuery = ''] = location.hash.slice(2).split('?');
    const pairs = new URLSearchParams(query);
    for (const [key, value] of new URLSearchParams(routeQuery)) pairs.set(key, value);
    const folder = path.replace(/\/+$/, '');
    // A route of no known shape has no page: the exhibit's not-found page.
    const known = /^(|timeline|glossary|quiz|accessibility|not-found|station\/[a-z0-9-]+(\/[a-z0-9-]+)?)$/;
    go(wanted, !known.test(folder) ? 'not-found/' : folder ? `${folder}/` : '', pairs);
    return true;
  };
  if (followHash()) return;
  // A kiosk switched on starts where every visit will: the attract screen.
  if (kioskAsked === '1' && !attract) {
    go(wanted, 'attract/', query);
    return;
  }
  // Not in an LMS: there a page load ends the session, and nothing makes such links.
  if (!inLms) addEventListener('hashchange', followHash);
  if (wanted !== language || target !== view) {
    go(wanted, target, query);
    return;
  }
  // The address as the app's own links write it: no `?lang=` (the folder
  // says the language), and on a host no `index.html`.
  if (asked || kioskAsked !== null || (!filesOnly && location.pathname.endsWith('/index.html'))) {
    const path = filesOnly ? location.pathname : location.pathname.replace(/\/index\.html$/, '/');
    const search = query.toString();
    history.replaceState(history.state, '', `${path}${search ? `?${search}` : ''}${location.hash}`);
  }

  // Scripts run: the phone menu is a button (with none, the CSS keeps it open).
  document.documentElement.classList.add('js');
  // On a kiosk a long press opens no menu (the CSS also stops selection).
  if (kiosk) {
    document.documentElement.classList.add('kiosk');
    addEventListener('contextmenu', (event) => event.preventDefault());
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[hreflang]');
    // On a kiosk's attract screen a language is tried, not chosen: the
    // visit that keeps it starts with "Touch to begin".
    if (link && !(kiosk && attract)) storage()?.setItem(KEY, link.hreflang);
    // Until the app takes over, a link of the prerendered page is a page
    // load: it carries the host's pairs, so an embedded or LMS-launched
    // visit stays one; and a link to a place in this page (the skip link,
    // which names the page because of the base) stays in the page.
    const page = target?.closest('#first-screen a[href]');
    if (page && page.origin === location.origin) {
      if (page.hash && page.pathname.replace(/index\.html$/, '') === location.pathname.replace(/index\.html$/, '')) {
        event.preventDefault();
        document.getElementById(page.hash.slice(1))?.focus();
      } else if (hostPairs.length) {
        const pairs = new URLSearchParams(page.search);
        for (const [key, value] of hostPairs) pairs.set(key, value);
        page.search = pairs.toString();
      }
    }
    // Until the app takes over the page, the prerendered menu button works here.
    const button = target?.closest('#first-screen .menu-button');
    if (button) {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.closest('.site-header')?.classList.toggle('menu-open', open);
    }
  });

  if (['1', 'true'].includes(query.get('embed') ?? '')) document.documentElement.classList.add('embedded');

  // On paper a page says where it is (the app writes it after each move),
  // and the answer key's evidence is printed as whole addresses, to type.
  const showAddress = () => {
    const url = document.querySelector('#first-screen .page-url');
    // Without the query (a host's pairs are not for paper); from disk the
    // origin is "null", so the address is cut from the whole of it.
    if (url) url.textContent = location.href.split(/[?#]/)[0];
    for (const link of document.querySelectorAll('#first-screen a.full-address')) {
      link.textContent = filesOnly ? link.href : link.href.replace(/\/index\.html(?=[?#]|$)/, '/');
    }
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', showAddress);
  else showAddress();

  // A kiosk's attract screen left in another language than the screen's
  // own (the browser's first, else English) goes back to it once nobody has
  // touched it for the content's idle time: the app, which resets the
  // stations, does not run here.
  if (kiosk && attract) {
    const home = (navigator.languages ?? []).map(tag).find(Boolean) ?? 'en';
    let timer;
    const wait = () => {
      clearTimeout(timer);
      const seconds = Number(document.querySelector('[data-idle-seconds]')?.dataset.idleSeconds) || 120;
      if (language !== home) timer = setTimeout(() => go(home, view, query), seconds * 1000);
    };
    for (const name of ['pointerdown', 'keydown', 'wheel']) addEventListener(name, wait, { capture: true });
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', wait);
    else wait();
  }

  // From disk the app cannot run (browsers refuse modules from file://):
  // the pages are read as they are, and nothing is fetched. Nor does it run
  // on the pages it leaves as prerendered (Route::left_prerendered in
  // src/core/address.rs: the pages to print and the attract screen).
  if (fromDisk || left || /^quiz\/(worksheet|answers)\/$/.test(view)) return;
  // Any other page is prerendered as of today: read as of a past moment, its
  // view stays out of sight until the app draws it as of that moment, so a
  // reader "in 1938" never glimpses today's text. Should the app not come,
  // today's page shows after a few seconds rather than nothing.
  if (moments.includes(asOf)) {
    const html = document.documentElement;
    html.classList.add('as-of-pending');
    setTimeout(() => html.classList.remove('as-of-pending'), 6000);
  }
  // Once the page has painted, the code and the content start together (a
  // release build names the code in <meta name=exhibit-code>, written by
  // tools/post-build.mjs; a development build starts its own).
  const begin = () => {
    const url = `assets/exhibit/${language}.json`;
    window.exhibitContent = { url, response: fetch(url) };
    const code = document.querySelector('meta[name=exhibit-code]')?.content.split(' ');
    if (code) {
      import(new URL(code[0], root).href).then((glue) => glue.default({ module_or_path: new URL(code[1], root).href }));
    }
  };
  const afterPaint = () => requestAnimationFrame(() => setTimeout(begin, 0));
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', afterPaint);
  else afterPaint();
})();
