// Presentation view: keyboard and clicker control. Without this file the slides are stacked one per screen.
(() => {
    const deck = document.getElementById("deck");
    const slides = [...deck.querySelectorAll(".slide")];
    const counter = document.querySelector(".deck-counter");
    const blank = document.querySelector(".deck-blank");
    const presenterLink = document.querySelector("[data-presenter]");
    const link = window.DeckLink(deck.dataset.deckId, (index) => go(index, false), () => current);
    let current = 0;

    document.documentElement.classList.add("js");
    for (const button of document.querySelectorAll("[data-deck]")) {
        button.hidden = false;
        button.addEventListener("click", () => go(current + (button.dataset.deck === "next" ? 1 : -1)));
    }

    function fromHash() {
        const n = parseInt(location.hash.slice(1), 10);
        return Number.isInteger(n) ? n - 1 : 0;
    }

    function go(index, tellPresenter = true) {
        current = Math.max(0, Math.min(slides.length - 1, index));
        slides.forEach((slide, i) => {
            slide.classList.toggle("is-current", i === current);
            // inert, not aria-hidden: a hidden slide's links must not take focus either (axe: aria-hidden-focus).
            slide.inert = i !== current;
        });
        if (tellPresenter) {
            link.slide(current);
        }
        counter.textContent = `${current + 1} / ${slides.length}`;
        // replaceState keeps Back for leaving the deck, while a reload stays on this slide.
        history.replaceState(null, "", `#${current + 1}`);
    }

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
    window.DeckKeys(go, () => current, slides.length, {
        f: toggleFullscreen, F: toggleFullscreen, p: openPresenter, P: openPresenter,
        b: toggleBlank, B: toggleBlank, ".": toggleBlank,
        Escape: () => { if (!blank.hidden) { blank.hidden = true; } else if (!document.fullscreenElement) { location.href = deck.dataset.returnUrl; } },
    });
    window.addEventListener("hashchange", () => go(fromHash()));

    go(fromHash());
})();
