// The offline copy of the toolkit. The lines above (CACHE_NAME, CONTENT_VERSION, STORED, …) are written by the
// site for its current content. Online, every request goes to the network, so nobody reads a stale page while
// they have a signal; with no signal, the stored copy answers, and it is always one whole version.
'use strict';

self.addEventListener('install', (event) => {
    event.waitUntil((async () => {
        const cache = await caches.open(CACHE_NAME);
        try {
            // The pages first; then the styles, scripts and icons they name, at the very addresses they name them by.
            const pages = await storeAll(cache, STORED);
            const assets = new Set();
            for (const html of pages) {
                for (const match of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"#?]+\.(?:css|js|ico|svg|png|webmanifest)[^"]*)"/g)) {
                    assets.add(match[1].replaceAll('&amp;', '&'));
                }
            }
            await storeAll(cache, [...assets].filter((url) => !STORED.includes(url)));
        } catch (error) {
            await caches.delete(CACHE_NAME);
            throw error;
        }
        await self.skipWaiting();
    })());
});

// Stores every address, a few at a time (a phone on a poor signal should not open dozens of connections at once),
// and returns the text of the HTML ones.
async function storeAll(cache, urls) {
    const queue = [...urls];
    const pages = [];
    const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
            const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
            if (!response.ok) {
                throw new Error(`${url} answered ${response.status}`);
            }
            // Content that changes while it is being stored would leave two versions side by side: give up, and let
            // the next visit install the worker for the new content.
            const version = response.headers.get(VERSION_HEADER);
            if (version !== null && version !== CONTENT_VERSION) {
                throw new Error(`${url} is from another version of the content`);
            }
            if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) {
                pages.push(await response.clone().text());
            }
            await cache.put(url, response);
        }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return pages;
}

self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name.startsWith('toolkit-') && name !== CACHE_NAME) {
                await caches.delete(name);
            }
        }
        await self.clients.claim();
    })());
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    // Only the site's own pages and files; the live preview's event stream and the worker itself pass straight through.
    if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith(PREVIEW_PREFIX) || url.pathname === SERVICE_WORKER) {
        return;
    }
    event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
    try {
        return await fetch(request);
    } catch (offline) {
        const cache = await caches.open(CACHE_NAME);
        const stored = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
        if (stored) {
            return stored;
        }
        const offlinePage = request.mode === 'navigate' ? await cache.match(OFFLINE_PAGE, { ignoreVary: true }) : undefined;
        return offlinePage ?? Response.error();
    }
}
