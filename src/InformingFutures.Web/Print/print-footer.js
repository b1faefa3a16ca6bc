// What every printed sheet says, and dates that are true on the day they are read.
// - The page's [data-print-footer] block (Print/_PrintFooter.cshtml) is copied into CSS custom properties that the
//   @page margin boxes of site.css and present.css print on every sheet, with the page number; browsers without
//   margin boxes print the block itself instead. One source, two ways of showing it.
// - "Printed <date>" and "(Accessed: <date>)" are the reader's today, set when the page opens and again as it is
//   printed: a stored page, the export and the offline copy never carry a date that has gone stale.
(() => {
    // The pdf command's browser names itself "InformingFutures-PDF": a PDF is made once and printed for years, so it
    // says no "Printed <date>" (that would be the day it was made, not the day it is printed).
    const makingPdf = navigator.userAgent.includes("InformingFutures-PDF");
    const cssString = (text) => `"${text.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\A ")}"`;
    const stamp = () => {
        const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
        for (const element of document.querySelectorAll("[data-printed-on]")) {
            element.textContent = makingPdf ? "" : `Printed ${today} · `;
        }
        for (const element of document.querySelectorAll("[data-accessed-on]")) {
            element.textContent = makingPdf ? "" : ` (Accessed: ${today})`;
        }
        const footer = document.querySelector("[data-print-footer]");
        if (!footer) {
            return;
        }
        // Only where the browser prints margin boxes (site.css says so); elsewhere the block prints itself.
        if (!getComputedStyle(document.documentElement).getPropertyValue("--margin-boxes")) {
            return;
        }
        const root = document.documentElement.style;
        document.documentElement.classList.add("print-in-margins");
        root.setProperty("--print-footer", cssString([...footer.querySelectorAll("p")].map((p) => p.textContent).join("\n")));
        const qr = footer.querySelector(".print-qr svg");
        if (qr) {
            const svg = qr.outerHTML.replace("<svg ", '<svg width="17mm" height="17mm" ');
            root.setProperty("--print-qr", `url("data:image/svg+xml;base64,${btoa(svg)}") "\\A "`);
        }
    };
    stamp();
    addEventListener("beforeprint", stamp);
})();
