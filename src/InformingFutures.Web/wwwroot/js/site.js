// Progressive enhancement only: every page works without this file.
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
