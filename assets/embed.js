/*
 * Secret Speech: sizes the iframes that show the exhibit to their content,
 * so the host page scrolls and the frame never does. Plain JavaScript, no
 * dependencies; include it once on the host page, before or after the frames:
 *
 *   <iframe data-secret-speech src="https://example.org/exhibit/index.html?embed=1"
 *           title="Secret Speech exhibit" style="width: 100%; border: 0"></iframe>
 *   <script src="embed.js" defer></script>
 *
 * The exhibit posts its height in messages hosts already understand: Canvas's
 * `lti.frameResize` (a JSON string or object with `height`) and H5P's resizer
 * `resize` (with `scrollHeight`). This script listens for either, only from
 * the frames marked `data-secret-speech`, and sets that frame's height.
 * The messages carry a height and nothing else.
 */
(function () {
  'use strict';
  if (window.secretSpeechEmbed) return; // included twice
  window.secretSpeechEmbed = true;

  var FRAMES = 'iframe[data-secret-speech]';
  // A height beyond this is not a page but a mistake.
  var MOST = 100000;

  /** The marked frame whose window sent a message, if any. */
  function frameOf(source) {
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i++) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  /** The height in a resize message, or null for anything else. */
  function heightIn(data) {
    if (typeof data === 'string') {
      if (data.indexOf('lti.frameResize') === -1) return null;
      try {
        data = JSON.parse(data);
      } catch (error) {
        return null;
      }
    }
    if (!data || typeof data !== 'object') return null;
    var height = null;
    if (data.subject === 'lti.frameResize') height = data.height;
    else if (data.context === 'h5p' && data.action === 'resize') height = data.scrollHeight;
    // Canvas also accepts "500px".
    if (typeof height === 'string') height = parseFloat(height);
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MOST) return null;
    return Math.ceil(height);
  }

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = heightIn(event.data);
    if (height !== null) frame.style.height = height + 'px';
  });

  // Frames that loaded before this script have already told their height to
  // no one: ask again, with H5P's "ready", which the exhibit answers.
  function greet() {
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', greet);
  else greet();
})();
