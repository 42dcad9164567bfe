// 网格通 service worker: pages under /m/ are fetched from the network first and kept, so a page opened before still opens
// without a connection; a page never opened shows the offline page. API calls are never cached: visits are sent by
// visit.js, which keeps unsent drafts on the phone itself.
const CACHE = 'kechuang-m-v1';
const SHELL = ['/m/offline.html', '/m/mobile.css', '/m/app.js', '/m/visit.js', '/m/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/')) {
    return;
  }

  if (request.mode === 'navigate' || SHELL.includes(url.pathname)) {
    event.respondWith(fetch(request)
      .then((response) => {
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request).then((cached) => cached || (request.mode === 'navigate' ? caches.match('/m/offline.html') : Response.error()))));
  }
});
