// Live preview (Development only). The site sends its content version and errors when a page opens and after
// every reload of the content folder. A new version reloads the page; a new mistake is shown in a banner instead,
// so the editor reads what to fix rather than a page that still shows the old text.
(() => {
    'use strict';

    const events = new EventSource(EVENTS_PATH);
    let version = null;
    let knownErrors = new Set();

    events.addEventListener('message', (event) => {
        const state = JSON.parse(event.data);
        if (version === null) {
            version = state.version;
            // Says the page is listening (for the editor's developer tools, and the browser test).
            document.documentElement.dataset.livePreview = String(version);
            knownErrors = new Set(state.errors);
            show(state.errors, 'Content files with mistakes:');
            return;
        }

        if (state.version === version) {
            return;
        }

        version = state.version;
        if (state.errors.some((error) => !knownErrors.has(error))) {
            show(state.errors, 'Not reloaded: the file you saved has a mistake. Fix it and save again; this page then reloads by itself.');
            return;
        }

        events.close();
        window.location.reload();
    });

    function show(errors, heading) {
        document.querySelector('.preview-errors')?.remove();
        if (errors.length === 0) {
            return;
        }

        const banner = document.createElement('aside');
        banner.className = 'preview-errors';
        banner.setAttribute('aria-label', 'Live preview');
        const alert = document.createElement('div');
        alert.setAttribute('role', 'alert');
        const title = document.createElement('p');
        const strong = document.createElement('strong');
        strong.textContent = heading;
        title.append(strong);
        const list = document.createElement('ul');
        for (const error of errors) {
            const item = document.createElement('li');
            const code = document.createElement('code');
            code.textContent = error;
            item.append(code);
            list.append(item);
        }

        alert.append(title, list);
        banner.append(alert);
        const skipLink = document.querySelector('.skip-link');
        if (skipLink) {
            skipLink.after(banner);
        } else {
            document.body.prepend(banner);
        }
    }
})();
