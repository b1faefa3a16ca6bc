// The slides' colours, chosen by the presenter: light (the default, for a lit room, whatever the laptop's own dark
// mode says), dark, or high contrast. Loaded before the page is drawn so a chosen theme never flashes light first;
// remembered by this browser, and followed by the deck's other window (the presenter view) as it changes.
(() => {
    const key = "toolkit-deck-theme";
    const themes = ["light", "dark", "contrast"];
    const root = document.documentElement;
    const stored = () => { try { return localStorage.getItem(key); } catch { return null; } };
    const apply = (theme) => {
        root.dataset.theme = themes.includes(theme) ? theme : "light";
        document.querySelectorAll("[data-theme-choice]").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.themeChoice === root.dataset.theme)));
    };
    const choose = (theme) => {
        apply(theme);
        try { localStorage.setItem(key, root.dataset.theme); } catch { /* private windows may refuse: the choice lasts this page */ }
    };
    apply(stored());
    addEventListener("storage", (event) => { if (event.key === key) { apply(event.newValue); } });
    addEventListener("DOMContentLoaded", () => {
        apply(root.dataset.theme);
        document.querySelectorAll("[data-theme-choice]").forEach((button) => button.addEventListener("click", () => choose(button.dataset.themeChoice)));
    });
    window.DeckTheme = { next: () => choose(themes[(themes.indexOf(root.dataset.theme) + 1) % themes.length]) };
})();
