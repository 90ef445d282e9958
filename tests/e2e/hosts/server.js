// The host-page tests serve several folders under URL prefixes (host pages,
// the exhibit or an unzipped SCORM package, scorm-again's runtime), so a host
// page and the exhibit it frames share one origin, as an LMS serves a package
// beside its player. Nothing is cached between a test's launches.
import { serveRoutes } from '../serve.mjs';

/** Serves `routes` on a free loopback port. Returns { url, close }. */
export function serveHosts(routes) {
  return serveRoutes(routes, { cacheControl: 'no-store' });
}
