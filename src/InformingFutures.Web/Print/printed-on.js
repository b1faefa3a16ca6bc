// Dates that are true on the day they are read: "Printed <date>" on every sheet and "(Accessed: <date>)" in a
// citation are the reader's today, set when the page opens and again as it is printed, from the browser's clock.
// A stored page, the export and the offline copy therefore never carry a date that has gone stale; where no script
// runs, no such date is shown at all. The print-footer stylesheet reads --printed-on in its margin boxes.
(() => {
    // The pdf command's browser names itself "InformingFutures-PDF": a PDF is made once and printed for years, so it
    // says no "Printed <date>" (that would be the day it was made, not the day it is printed).
    if (navigator.userAgent.includes("InformingFutures-PDF")) {
        return;
    }
    const stamp = () => {
        const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
        document.documentElement.style.setProperty("--printed-on", JSON.stringify(`Printed ${today} · `));
        for (const element of document.querySelectorAll("[data-printed-on]")) {
            element.textContent = `Printed ${today} · `;
        }
        for (const element of document.querySelectorAll("[data-accessed-on]")) {
            element.textContent = ` (Accessed: ${today})`;
        }
    };
    stamp();
    addEventListener("beforeprint", stamp);
})();
