// Presentation view: keyboard and clicker control, the overview, the help and the controls that hide themselves.
// Without this file the slides are stacked one under another.
(() => {
    const deck = document.getElementById("deck");
    const slides = [...deck.querySelectorAll(":scope > .slide")];
    const counter = document.querySelector(".deck-counter");
    const progress = document.querySelector(".deck-progress");
    const blank = document.querySelector(".deck-blank");
    const overview = document.querySelector(".deck-overview");
    const help = document.querySelector(".deck-help");
    const presenterLink = document.querySelector("[data-presenter]");
    const link = window.DeckLink(deck.dataset.deckId, (index) => go(index, false), () => current);
    let current = 0;
    let typed = "";
    let typedTimer = 0;

    document.documentElement.classList.add("js");

    const actions = { prev: () => go(current - 1), next: () => go(current + 1), overview: () => openOverview(), help: () => help.showModal() };
    for (const button of document.querySelectorAll("[data-deck]")) {
        button.hidden = false;
        button.addEventListener("click", () => actions[button.dataset.deck]());
    }

    function fromHash() {
        const n = parseInt(location.hash.slice(1), 10);
        return Number.isInteger(n) ? n - 1 : 0;
    }

    // On paper every slide is shown, so every slide must be in the accessibility tree too: an inert slide is left
    // out of a PDF's tags and outline. The pdf command's browser (its user agent says so) prints with none inert.
    let printing = navigator.userAgent.includes("InformingFutures-PDF");
    const setInert = () => slides.forEach((slide, i) => { slide.inert = !printing && i !== current; });
    addEventListener("beforeprint", () => { printing = true; setInert(); });
    addEventListener("afterprint", () => { printing = navigator.userAgent.includes("InformingFutures-PDF"); setInert(); });

    function go(index, tellPresenter = true) {
        current = Math.max(0, Math.min(slides.length - 1, index));
        slides.forEach((slide, i) => slide.classList.toggle("is-current", i === current));
        // inert, not aria-hidden: a hidden slide's links must not take focus either (axe: aria-hidden-focus).
        setInert();
        if (tellPresenter) {
            link.slide(current);
        }
        counter.textContent = `${current + 1} / ${slides.length}`;
        // Nowhere to go: the button says so rather than looking ready to press.
        document.querySelector(".deck-prev").disabled = current === 0;
        document.querySelector(".deck-next").disabled = current === slides.length - 1;
        progress.style.setProperty("--progress", String((current + 1) / slides.length));
        // replaceState keeps Back for leaving the deck, while a reload stays on this slide.
        history.replaceState(null, "", `#${current + 1}`);
    }

    // The overview: a thumbnail of every slide with its number and title, the current one marked; choosing one goes
    // there. A thumbnail is the slide itself, shown small as the presenter view shows it (.slide-frame), without ids
    // (they belong to the slide) and inert, so the button is the one control and its name is the number and title.
    const list = overview.querySelector(".deck-overview-list");
    slides.forEach((slide, i) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        const frame = document.createElement("span");
        frame.className = "slide-frame deck-thumb";
        frame.inert = true;
        frame.setAttribute("aria-hidden", "true");
        const thumb = slide.cloneNode(true);
        thumb.classList.remove("is-current");
        for (const element of [thumb, ...thumb.querySelectorAll("[id]")]) {
            element.removeAttribute("id");
        }
        frame.append(thumb);
        const label = document.createElement("span");
        label.textContent = `${i + 1}. ${slide.getAttribute("aria-label")}`;
        button.append(frame, label);
        button.addEventListener("click", () => { go(i); overview.close(); });
        item.append(button);
        list.append(item);
    });
    const choices = [...list.querySelectorAll("button")];
    const thumbBodies = [...list.querySelectorAll(".slide-body")];
    function openOverview() {
        // Each thumbnail shrinks its text as its slide does (slide-fit.js), so it shows what the slide shows.
        slides.forEach((slide, i) => thumbBodies[i]?.style.setProperty("--fit", slide.querySelector(".slide-body")?.style.getPropertyValue("--fit") || "1"));
        choices.forEach((button, i) => button.setAttribute("aria-current", String(i === current)));
        overview.showModal();
        choices[current].focus();
    }
    overview.addEventListener("keydown", (event) => {
        const at = choices.indexOf(document.activeElement);
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        if (at >= 0 && step) {
            event.preventDefault();
            choices[Math.max(0, Math.min(choices.length - 1, at + step))].focus();
        } else if (event.key === "o" || event.key === "O") {
            overview.close();
        }
    });
    help.addEventListener("keydown", (event) => { if (event.key === "?") { help.close(); } });
    // Plain buttons rather than a dialog form, which would bring the page an antiforgery token and cookie.
    document.querySelectorAll("[data-close-dialog]").forEach((button) => button.addEventListener("click", () => button.closest("dialog").close()));

    // A slide number typed, then Enter, goes to that slide.
    function typeDigit(digit) {
        typed = (typed + digit).slice(-3);
        counter.textContent = `Go to ${typed}…`;
        clearTimeout(typedTimer);
        typedTimer = setTimeout(() => { typed = ""; go(current, false); }, 3000);
    }
    function goToTyped() {
        if (typed) {
            const n = parseInt(typed, 10);
            typed = "";
            clearTimeout(typedTimer);
            go(n - 1);
        }
    }

    // The controls and the cursor hide after three seconds without the mouse or a touch, and come back with either.
    let idleTimer = 0;
    function wake() {
        document.documentElement.classList.remove("idle");
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => document.documentElement.classList.add("idle"), 3000);
    }
    ["mousemove", "pointerdown", "touchstart"].forEach((name) => document.addEventListener(name, wake, { passive: true }));
    wake();

    function toggleFullscreen() {
        if (document.fullscreenElement) {
            document.exitFullscreen();
        } else {
            document.documentElement.requestFullscreen?.().catch(() => {});
        }
    }

    // The presenter view opens in its own window (move it to the laptop screen); the two follow each other.
    function openPresenter() {
        const presenter = window.open(presenterLink.href, `presenter:${deck.dataset.deckId}`);
        if (presenter) {
            link.attach(presenter);
        } else {
            location.href = presenterLink.href; // pop-ups blocked: the presenter view still works on its own
        }
    }
    presenterLink?.addEventListener("click", (event) => {
        event.preventDefault();
        openPresenter();
    });

    const toggleBlank = () => { blank.hidden = !blank.hidden; };
    const digits = Object.fromEntries([..."0123456789"].map((d) => [d, () => typeDigit(d)]));
    window.DeckKeys(go, () => current, slides.length, {
        ...digits,
        Enter: goToTyped,
        f: toggleFullscreen, F: toggleFullscreen, p: openPresenter, P: openPresenter,
        o: openOverview, O: openOverview, "?": () => help.showModal(),
        b: toggleBlank, B: toggleBlank, ".": toggleBlank,
        t: window.DeckTheme.next, T: window.DeckTheme.next,
        Escape: () => { if (!blank.hidden) { blank.hidden = true; } else if (!document.fullscreenElement) { location.href = deck.dataset.returnUrl; } },
    });
    window.addEventListener("hashchange", () => go(fromHash()));

    go(fromHash());
})();
