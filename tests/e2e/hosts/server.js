// The host-page tests serve several folders under URL prefixes (host pages,
// the exhibit or an unzipped SCORM package, scorm-again's runtime), so a host
// page and the exhibit it frames share one origin, as an LMS serves a package
// beside its player. Nothing is cached between a test's launches, and a
// folder is not a file (as Moodle's pluginfile.php serves a package), so an
// exhibit that wrote a folder address (`station/x/`) in an LMS would break.
import { serveRoutes } from '../serve.mjs';

/**
 * Serves `routes` on a free loopback port. Returns { url, close }.
 * `folderIndex: true` serves a folder's index.html, as a static host does.
 */
export function serveHosts(routes, { folderIndex = false } = {}) {
  return serveRoutes(routes, { cacheControl: 'no-store', folderIndex });
}
