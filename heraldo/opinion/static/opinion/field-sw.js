// Service worker of the field survey pages: keeps a copy of each field page and its scripts and styles, so
// the page opens on a phone with no network. It keeps no answers (they wait in the page's storage) and
// intercepts nothing else.
var CACHE = "heraldo-field-v1";

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener("message", function (event) {
  var urls = (event.data && event.data.cache) || [];
  var own = urls.filter(function (url) { return new URL(url).origin === self.location.origin; });
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(own); }));
});

function kept(url) {
  return /\/opinion\/encuestas\/\d+\/campo\/$/.test(url.pathname) || url.pathname.indexOf("/static/") === 0;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !kept(url)) return;
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreSearch: true }).then(function (hit) { return hit || Response.error(); });
    })
  );
});
