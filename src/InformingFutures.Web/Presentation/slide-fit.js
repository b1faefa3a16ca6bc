// Shrinks the text of a slide that is too long for its canvas, so nothing on it is ever clipped. Every size on a
// slide is in em of one font that follows the canvas's width, so a slide that needs shrinking needs it by the same
// factor on every screen and in every view; the deck is split on the server so this is rare, and it stops at a
// floor that still reads, unless the text would otherwise be cut.
window.SlideFit = (() => {
    const floor = 0.8;
    const overflows = (body) => body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;

    function fit(slide) {
        const body = slide.querySelector(".slide-body");
        if (!body) {
            return 1;
        }
        // Measured while shown, even when the slide is not the current one.
        const hidden = getComputedStyle(slide).display === "none";
        if (hidden) {
            slide.style.setProperty("display", "flex", "important");
            slide.style.visibility = "hidden";
        }
        let factor = 1;
        body.style.setProperty("--fit", "1");
        while (overflows(body) && factor > 0.3) {
            factor = Math.round((factor - (factor > floor ? 0.05 : 0.025)) * 1000) / 1000;
            body.style.setProperty("--fit", String(factor));
        }
        slide.dataset.fit = String(factor);
        if (hidden) {
            slide.style.removeProperty("display");
            slide.style.removeProperty("visibility");
        }
        return factor;
    }

    function fitAll(root = document) {
        // Not the overview's thumbnails: they take their slide's factor when the overview opens (present.js).
        root.querySelectorAll(".slide").forEach((slide) => slide.closest(".deck-thumb") || fit(slide));
    }

    // Again when the fonts arrive or the space changes; a factor only depends on the slide, so this is cheap.
    let pending = 0;
    window.addEventListener("resize", () => {
        cancelAnimationFrame(pending);
        pending = requestAnimationFrame(() => fitAll());
    });
    document.fonts?.ready.then(() => fitAll());
    fitAll();
    return { fit, fitAll };
})();
