// Links the slides a room sees with the trainer's presenter view, so a key pressed in either window moves both.
// It links two ways, because each fails somewhere: postMessage between a window and the one it opened works everywhere,
// from file:// too; a BroadcastChannel also finds a window opened separately, but only on a real origin.
// A window answers another's hello with the slide it shows, so a presenter view opened mid-talk starts in step.
window.DeckLink = (deckId, onSlide, currentSlide) => {
    const app = "informing-futures-deck";
    let peer = null;
    let linked = false;
    const listeners = [];
    let channel = null;
    try {
        channel = location.protocol === "file:" || !("BroadcastChannel" in window) ? null : new BroadcastChannel(`${app}:${deckId}`);
    } catch {
        channel = null;
    }

    function receive(data, fromPeer) {
        if (!data || data.app !== app || data.deck !== deckId) {
            return;
        }
        linked = true;
        listeners.forEach((listener) => listener(fromPeer ? "window" : "channel"));
        if (data.hello) {
            send({ slide: currentSlide() });
        } else if (Number.isInteger(data.slide)) {
            onSlide(data.slide);
        }
    }

    function send(message) {
        const data = { app, deck: deckId, ...message };
        if (peer && !peer.closed) {
            peer.postMessage(data, "*");
        }
        channel?.postMessage(data);
    }

    window.addEventListener("message", (event) => {
        if (peer && event.source === peer) {
            receive(event.data, true);
        }
    });
    if (channel) {
        channel.onmessage = (event) => receive(event.data, false);
    }

    return {
        /** The other window: the presenter view this deck opened, or the deck that opened this presenter view. */
        attach(other) { peer = other; },
        get canLink() { return Boolean(peer || channel); },
        get isLinked() { return linked; },
        onLinked(listener) { listeners.push(listener); },
        slide(index) { send({ slide: index }); },
        hello() { send({ hello: true }); },
    };
};

// The keys both windows answer, as keyboards, PowerPoint habits and presenter remotes send them; `own` adds a
// window's other keys. Space and Enter on a focused button or link keep their usual meaning.
window.DeckKeys = (go, currentIndex, count, own = {}) => {
    const next = () => go(currentIndex() + 1);
    const previous = () => go(currentIndex() - 1);
    const actions = {
        ArrowRight: next, ArrowDown: next, " ": next, PageDown: next,
        ArrowLeft: previous, ArrowUp: previous, PageUp: previous,
        Home: () => go(0), End: () => go(count - 1),
        ...own,
    };
    document.addEventListener("keydown", (event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if ((event.key === " " || event.key === "Enter") && event.target.closest("button, a")) {
            return;
        }
        // An open dialog (the overview, the help) has the keys to itself.
        if (document.querySelector("dialog[open]")) {
            return;
        }
        const action = actions[event.key];
        if (action) {
            event.preventDefault();
            action();
        }
    });
};
