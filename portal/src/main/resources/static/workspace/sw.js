// The workspace's service worker (scope /workspace/): the page, its modules and styles, and the reference data it
// needs (who is signed in, the words for codes) are kept in a cache, so that the page opens without a network.
// Network first: with a network the person always gets the current page and data (and sign-in when the session has
// ended); without one, the last copy. Records are never cached here: they wait in the page's outbox (IndexedDB).
const CACHE = 'antq-workspace-v4';
const SHELL = [
  './', 'manifest.webmanifest', 'assets/workspace.css', 'assets/js/main.js', 'assets/js/outbox.js',
  'assets/js/import.js', 'assets/js/texts.js', 'assets/js/forms.js', 'assets/js/places.js', 'assets/js/models.js', 'assets/js/awards.js', '../dashboard/assets/dashboard.css', '../dashboard/assets/favicon.svg',
  '../dashboard/assets/js/api.js', '../dashboard/assets/js/csv.js', '../dashboard/assets/js/i18n.js',
  '../dashboard/assets/js/session.js', '../api/vocabulary',
];
const KEPT = new Set(SHELL.map((path) => new URL(path, self.registration.scope).pathname).concat(['/api/session', '/api/places']));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(SHELL.map(async (path) => {
      const response = await fetch(path, { redirect: 'manual', cache: 'no-store' });
      if (response.ok) {
        await cache.put(path, response);
      }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('antq-workspace-') && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  const path = request.mode === 'navigate' ? new URL('./', self.registration.scope).pathname : url.pathname;
  if (!KEPT.has(path)) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic' && !url.search) {
        await cache.put(path, response.clone());
      }
      return response;
    } catch (offline) {
      const kept = await cache.match(path);
      if (kept) {
        return kept;
      }
      throw offline;
    }
  })());
});
