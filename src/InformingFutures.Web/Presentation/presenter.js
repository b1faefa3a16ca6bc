// Presenter view: the current and next slide, the notes, a timer and the clock. Keys and buttons move this view
// and the audience's slides together (deck-link.js). Without this file the view lists every slide with its notes.
(() => {
    const main = document.getElementById("presenter");
    const current = [...document.querySelectorAll(".presenter-current .slide")];
    const nextPane = document.querySelector(".presenter-next");
    const end = nextPane.querySelector(".presenter-end");
    const notes = [...document.querySelectorAll(".slide-notes")];
    const counter = document.querySelector(".deck-counter");
    const status = document.querySelector("[data-link-status]");
    let index = 0;
    let next = null;

    document.documentElement.classList.add("js");
    const link = window.DeckLink(main.dataset.deckId, (n) => go(n, false), () => index);

    function go(n, tellAudience = true) {
        index = Math.max(0, Math.min(current.length - 1, n));
        current.forEach((slide, i) => {
            slide.classList.toggle("is-current", i === index);
            slide.inert = i !== index;
        });
        notes.forEach((note, i) => { note.hidden = i !== index; });
        next?.remove();
        next = index + 1 < current.length ? current[index + 1].cloneNode(true) : null;
        if (next) {
            next.classList.add("is-current");
            next.inert = true;
            next.querySelectorAll("[id]").forEach((element) => element.removeAttribute("id"));
            nextPane.append(next);
        }
        end.hidden = next !== null;
        counter.textContent = `${index + 1} / ${current.length}`;
        if (tellAudience) {
            link.slide(index);
        }
    }

    // Elapsed time counts from opening the view; Pause stops it, Reset starts again from zero.
    const elapsedOutput = document.querySelector(".timer-elapsed");
    const clockOutput = document.querySelector(".clock");
    const pause = document.querySelector("[data-timer=pause]");
    const reset = document.querySelector("[data-timer=reset]");
    let started = Date.now();
    let pausedAt = null;

    function elapsedText(ms) {
        const seconds = Math.floor(ms / 1000);
        const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
        return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}` : `${m}:${String(s).padStart(2, "0")}`;
    }

    function tick() {
        elapsedOutput.textContent = elapsedText((pausedAt ?? Date.now()) - started);
        clockOutput.textContent = new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
    }

    pause.addEventListener("click", () => {
        if (pausedAt === null) {
            pausedAt = Date.now();
            pause.textContent = "Resume";
        } else {
            started += Date.now() - pausedAt;
            pausedAt = null;
            pause.textContent = "Pause";
        }
        pause.setAttribute("aria-pressed", String(pausedAt !== null));
        tick();
    });
    reset.addEventListener("click", () => {
        started = Date.now();
        if (pausedAt !== null) {
            pausedAt = started;
        }
        tick();
    });
    pause.setAttribute("aria-pressed", "false");
    [pause, reset].forEach((button) => { button.hidden = false; });
    setInterval(tick, 250);
    tick();

    for (const button of document.querySelectorAll("[data-deck]")) {
        button.hidden = false;
        button.addEventListener("click", () => go(index + (button.dataset.deck === "next" ? 1 : -1)));
    }

    window.DeckKeys(go, () => index, current.length);

    // Say plainly whether the audience's slides follow this view.
    function showStatus() {
        if (link.isLinked) {
            status.textContent = "Linked: the slides window follows this view.";
        } else if (!link.canLink) {
            status.textContent = "Not linked: from a file, this browser can only link windows opened from the slides. Open the slides and press P.";
        } else {
            status.textContent = "Not linked yet: open the slides in this browser and press P there.";
        }
    }
    link.onLinked(showStatus);
    if (window.opener) {
        link.attach(window.opener);
    }
    go(0, false);
    link.hello();
    showStatus();
    setTimeout(showStatus, 1500);
})();
