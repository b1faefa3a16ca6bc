// Progressive enhancement only: every page works without this file.
// The offline copy: on the site itself (not a file:// export or a static host without /sw.js), a service worker
// stores every page for reading with no signal. Without service workers, the site works as it always has.
// The layout names the worker's address (from the route table) on the manifest link.
{
    const manifest = document.querySelector("link[rel=manifest][data-service-worker]");
    // Not for a page being printed into a PDF (the pdf command's browser): it closes as soon as it has printed.
    if ("serviceWorker" in navigator && location.protocol.startsWith("http") && manifest && !navigator.userAgent.includes("InformingFutures-PDF")) {
        navigator.serviceWorker.register(manifest.dataset.serviceWorker).catch(() => {});
    }
}
// In the static export, search runs in the browser (search.js), so its boxes show only when scripts do.
for (const form of document.querySelectorAll("form[data-static-search]")) {
    form.hidden = false;
}

for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
}

// "Copy link": the page's public address (og:url) where the site has one, else the address in the browser.
for (const button of document.querySelectorAll("[data-copy-link]")) {
    if (!navigator.clipboard || !location.protocol.startsWith("http")) {
        continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
        const address = document.querySelector("meta[property='og:url']")?.content ?? location.href.split("#")[0];
        await navigator.clipboard.writeText(address);
        button.textContent = "Link copied";
    });
}

for (const button of document.querySelectorAll("[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard) {
        continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(source.innerText.trim());
        button.textContent = "Copied";
    });
}

// At high zoom (a laptop at 400% is 320 by 200 pixels) the header would fill the first screen: the search and the
// sections fold behind a Menu button, so the page's content starts on it. Without scripts the header stays open.
{
    const header = document.querySelector(".site-header");
    const button = header?.querySelector(".site-menu-button");
    const small = matchMedia("(max-width: 40em) and (max-height: 40em)");
    const fold = () => {
        button.hidden = !small.matches;
        header.classList.toggle("is-folded", small.matches && button.getAttribute("aria-expanded") !== "true");
    };
    if (button) {
        button.addEventListener("click", () => {
            button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
            fold();
        });
        small.addEventListener("change", fold);
        fold();
    }
}
