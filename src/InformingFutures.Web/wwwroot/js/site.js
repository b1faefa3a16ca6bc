// Progressive enhancement only: every page works without this file.
// In the static export, search runs in the browser (search.js), so its boxes show only when scripts do.
for (const form of document.querySelectorAll("form[data-static-search]")) {
    form.hidden = false;
}

for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
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
