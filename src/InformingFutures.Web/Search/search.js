// The toolkit's search, the only one: the site, its offline copy and the static export all answer /search?q= here,
// in the browser, from search-index.js (each page's title, headings, summary and text). Words are reduced to stems
// by Snowball English (lib/porter2.js, loaded before this file), so "reflective", "reflection" and "reflecting" meet.
const ToolkitSearch = (() => {
    'use strict';

    // A word in the title says most about what a page is for; one in the body, least.
    const weights = { title: 8, heading: 4, summary: 2, body: 1 };
    const windowWords = 30;
    const wordsBeforeMatch = 10;
    const wordPattern = /[\p{L}\p{Nd}][\p{L}\p{Nd}\p{Mn}]*/gu;
    // Words too common to say what a page is about: neither ranked nor marked, unless they are all a query has.
    const stopWords = new Set(('a about all also an and any are as at be been but by can could did do does for from has have how i ' +
        'if in into is it its me more most my no not of on or other our should so some such than that the their them then there ' +
        'these they this to was we what when where which who why will with would you your').split(' '));

    // US spellings as British, and the verbs British spells with s, so either spelling finds both ("organization",
    // "organisation"; "behavior", "behaviour"; "practise", "practice").
    const usZ = /^(.{2,}[iy])z(e|es|ed|ing|ation|ations|ational|er|ers)$/u;
    const usOr = /^(behavi|col|fav|harb|hon|hum|lab|neighb|rum|savi|vap|vig)or(s|ed|ing|al|ally|ist|ists|ite|ites|able)?$/u;
    const verbS = /^(practi|licen|advi|devi)s(e|es|ed|ing)$/u;
    function foldSpelling(word) {
        return word.replace(usZ, '$1s$2').replace(usOr, (_, a, b) => `${a}our${b ?? ''}`).replace(verbS, '$1c$2');
    }

    function formOf(word) {
        return word.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
    }

    function termOf(word) {
        return Porter2.stem(foldSpelling(formOf(word)));
    }

    /** Runs of letters and digits, each with where it stands, its lower-case form and its term. */
    function split(text) {
        return Array.from(text.matchAll(wordPattern), (m) => ({ start: m.index, length: m[0].length, form: formOf(m[0]), term: termOf(m[0]) }));
    }

    function encode(text) {
        return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
    }

    /** Thirty words from word number `from`, the matched ones in <mark>, with … where text is left out. */
    function window_(text, words, terms, from) {
        const flat = (s) => encode(s.replace(/\s+/gu, ' '));
        if (words.length === 0) {
            return flat(text).trim();
        }
        const to = Math.min(words.length, from + windowWords);
        let html = from > 0 ? '… ' : '';
        let position = from > 0 ? words[from].start : 0;
        for (let i = from; i < to; i++) {
            const word = words[i];
            const written = encode(text.slice(word.start, word.start + word.length));
            html += flat(text.slice(position, word.start)) + (terms.has(word.term) ? `<mark>${written}</mark>` : written);
            position = word.start + word.length;
        }
        html += to < words.length ? ' …' : flat(text.slice(position));
        return html.trim();
    }

    function aroundFirstMatch(text, terms) {
        const words = split(text);
        const first = words.findIndex((w) => terms.has(w.term));
        return first < 0 ? null : window_(text, words, terms, Math.max(0, Math.min(first - wordsBeforeMatch, words.length - windowWords)));
    }

    /** From the first section that matches (a snippet never runs two sections together), else the summary, else the opening. */
    function snippet(page, terms) {
        for (const part of page.parts) {
            const html = aroundFirstMatch(part, terms);
            if (html !== null) {
                return html;
            }
        }
        return aroundFirstMatch(page.summary, terms) ?? window_(page.parts[0] ?? '', split(page.parts[0] ?? ''), new Set(), 0);
    }

    /** Edits (insert, delete, replace, swap neighbours) from a to b, or cap once there are that many. */
    function distance(a, b, cap) {
        let previous2 = new Array(b.length + 1).fill(0);
        let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
        let current = new Array(b.length + 1).fill(0);
        for (let i = 1; i <= a.length; i++) {
            current[0] = i;
            let rowMinimum = current[0];
            for (let j = 1; j <= b.length; j++) {
                let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum >= cap) {
                return cap;
            }
            [previous2, previous, current] = [previous, current, previous2];
        }
        return Math.min(previous[b.length], cap);
    }

    // One typo forgiven from four letters typed, two from eight.
    const typoAllowance = (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

    /** Each page's terms by where they stand, and every term the resources write with its written forms; once. */
    function prepare(index) {
        if (index.prepared) {
            return index.prepared;
        }
        const written = new Map();
        const pages = index.pages.map((page, order) => {
            const title = split(page.title);
            const headings = page.headings.flatMap(split);
            const summary = split(page.summary);
            const body = page.parts.flatMap(split);
            if (!page.site) {
                // Suggestions come from the resources' own words, not the pages about the site.
                for (const word of [...title, ...headings, ...summary, ...body]) {
                    const forms = written.get(word.term) ?? written.set(word.term, []).get(word.term);
                    if (!forms.includes(word.form)) {
                        forms.push(word.form);
                    }
                }
            }
            const terms = (words) => new Set(words.map((w) => w.term));
            return { page, order, title: terms(title), heading: terms(headings), summary: terms(summary), body: terms(body) };
        });
        const all = new Set(pages.flatMap((p) => [...p.title, ...p.heading, ...p.summary, ...p.body]));
        index.prepared = { pages, written, vocabulary: [...written.keys()].sort(), known: all };
        return index.prepared;
    }

    /** The words the resources write that are fewest edits from the word typed (its stem, or any way it is written). */
    function nearest(prepared, term, typed, allowed) {
        let best = allowed + 1;
        let found = [];
        for (const candidate of allowed === 0 ? [] : prepared.vocabulary) {
            if (candidate.length < 3) {
                continue;
            }
            let d = Math.abs(candidate.length - term.length) <= allowed ? distance(term, candidate, best + 1) : best + 1;
            for (const form of prepared.written.get(candidate)) {
                if (Math.abs(form.length - typed.length) <= allowed) {
                    d = Math.min(d, distance(typed, form, best + 1));
                }
            }
            if (d < best) {
                [best, found] = [d, []];
            }
            if (d === best && d <= allowed) {
                found.push(candidate);
            }
        }
        return found;
    }

    /** Each query word's terms: as typed when the site uses it, a joined word as its two words, a typo as the nearest words. */
    function forgive(prepared, asked) {
        const words = [];
        for (const { term, typed } of asked) {
            if (prepared.known.has(term)) {
                words.push({ typed, terms: [term], meant: null });
                continue;
            }
            let joined = null;
            for (let cut = 3; cut <= typed.length - 3 && joined === null; cut++) {
                const [first, second] = [termOf(typed.slice(0, cut)), termOf(typed.slice(cut))];
                if (prepared.known.has(first) && prepared.known.has(second)) {
                    joined = [first, second, `${typed.slice(0, cut)} ${typed.slice(cut)}`];
                }
            }
            if (joined !== null) {
                words.push({ typed, terms: [joined[0]], meant: joined[2] }, { typed, terms: [joined[1]], meant: null });
                continue;
            }
            const near = nearest(prepared, term, formOf(typed), typoAllowance(typed.length));
            words.push(near.length > 0 ? { typed, terms: near, meant: prepared.written.get(near[0])[0] } : { typed, terms: [term], meant: null });
        }
        return words;
    }

    /** Each unknown word as its nearest word in the resources, allowing one typo more; null when none is near. */
    function suggest(prepared, asked) {
        let changed = false;
        const words = asked.map(({ term, typed }) => {
            const near = prepared.written.has(term) || typed.length < 3 ? [] : nearest(prepared, term, formOf(typed), typoAllowance(typed.length) + 1);
            changed ||= near.length > 0;
            return near.length > 0 ? prepared.written.get(near[0])[0] : typed;
        });
        return changed ? words.join(' ') : null;
    }

    /** The query's control characters as spaces, trimmed, and at most maxLength characters (never half an emoji). */
    function clean(query, maxLength) {
        const text = (query ?? '').replace(/\p{Cc}/gu, ' ').trim();
        if (text.length <= maxLength) {
            return text;
        }
        return text.slice(0, /[\uD800-\uDBFF]/.test(text[maxLength - 1]) ? maxLength - 1 : maxLength).trimEnd();
    }

    /**
     * Pages with every word first, then those with some (most first); within each, a resource's pages before the
     * pages about the site, then pages with a word in the title, then by score, then in reading order.
     */
    function search(index, query) {
        const prepared = prepare(index);
        const cleaned = clean(query, index.maxQueryLength);
        const unique = [...new Map(split(cleaned).map((w) => [w.term, { term: w.term, typed: cleaned.slice(w.start, w.start + w.length) }])).values()];
        const meaningful = unique.filter((w) => !stopWords.has(w.typed.toLowerCase()));
        const asked = meaningful.length > 0 ? meaningful : unique;
        if (asked.length === 0) {
            return { query: cleaned, matches: [], noWords: true, corrections: [], didYouMean: null };
        }
        const words = forgive(prepared, asked);
        const marked = new Set(words.flatMap((w) => w.terms));
        const found = [];
        for (const entry of prepared.pages) {
            let [count, titleHits, score] = [0, 0, 0];
            for (const word of words) {
                let [best, inTitle] = [0, false];
                for (const term of word.terms) {
                    best = Math.max(best, Object.keys(weights).reduce((sum, field) => sum + (entry[field].has(term) ? weights[field] : 0), 0));
                    inTitle ||= entry.title.has(term);
                }
                count += best > 0 ? 1 : 0;
                titleHits += inTitle ? 1 : 0;
                score += best;
            }
            if (count > 0) {
                found.push({ entry, count, titleHits, score });
            }
        }
        found.sort((a, b) => b.count - a.count || a.entry.page.site - b.entry.page.site || (b.titleHits > 0) - (a.titleHits > 0)
            || b.score - a.score || a.entry.order - b.entry.order);
        const suggested = found.length === 0 ? suggest(prepared, asked) : null;
        return {
            query: cleaned,
            matches: found.map((f) => ({ page: f.entry.page, snippetHtml: snippet(f.entry.page, marked), hasEveryWord: f.count === words.length })),
            noWords: false,
            corrections: words.filter((w) => w.meant !== null).map((w) => ({ typed: w.typed, meant: w.meant })),
            didYouMean: suggested !== null && search(index, suggested).matches.length > 0 ? suggested : null,
        };
    }

    return { split, termOf, search };
})();

// On the search page: answer ?q= from the index, under the search form.
(() => {
    'use strict';
    const area = typeof document === 'undefined' ? null : document.querySelector('[data-search-results]');
    if (!area || !window.toolkitSearchIndex) {
        return;
    }

    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    const results = ToolkitSearch.search(window.toolkitSearchIndex, query);
    const input = document.querySelector('.search-form input[name=q]');
    if (input) {
        input.value = results.query;
    }
    if (results.query.length === 0) {
        return;
    }

    // In the export, page addresses become files relative to this page (search/index.html); on the site and its
    // offline copy, they stay addresses.
    const fileOf = window.location.pathname.endsWith('/index.html') ? (url) => `..${url === '/' ? '' : url}/index.html` : (url) => url;
    const element = (name, className, text) => {
        const node = document.createElement(name);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    };

    document.title = `Search results for ‘${results.query}’ – ${document.title.split(' – ').pop()}`;
    area.querySelector('.search-hint')?.remove();
    const count = results.matches.length;
    for (const { typed, meant } of results.corrections) {
        area.append(element('p', 'search-correction', `Showing pages for ‘${meant}’ (you typed ‘${typed}’).`));
    }
    if (count > 0) {
        area.append(element('p', 'search-count', `${count} ${count === 1 ? 'result' : 'results'} for ‘${results.query}’`));
        let list = element('ol', 'search-results');
        let every = true;
        for (const match of results.matches) {
            if (every && !match.hasEveryWord) {
                every = false;
                if (list.children.length > 0) {
                    area.append(list);
                }
                const partial = element('div', 'search-partial');
                partial.append(element('p', 'search-some-words', 'Pages with some of your words:'));
                area.append(partial);
                list = element('ol', 'search-results');
                partial.append(list);
            }
            const item = element('li');
            const heading = element('h2');
            const link = element('a', '', match.page.title);
            link.href = fileOf(match.page.url);
            heading.append(link);
            item.append(heading);
            if (!match.page.site) {
                item.append(element('p', 'search-section', `Resource: ${match.page.section}`));
            }
            const snippet = element('p', 'search-snippet');
            snippet.innerHTML = match.snippetHtml; // encoded piece by piece: the <mark>s are its only markup
            item.append(snippet);
            list.append(item);
        }
        if (!list.parentNode) {
            area.append(list);
        }
    } else {
        area.append(element('p', 'search-none', `No results for ‘${results.query}’.`));
        if (results.didYouMean !== null) {
            const offer = element('p', 'search-did-you-mean', 'Did you mean ');
            const link = element('a', '', `‘${results.didYouMean}’`);
            link.href = `?q=${encodeURIComponent(results.didYouMean)}`;
            offer.append(link, '?');
            area.append(offer);
        }
        const tips = element('ul', 'search-suggestions');
        if (results.noWords) {
            tips.append(element('li', '', 'Search for words or numbers: punctuation and symbols on their own are not searched.'));
        }
        tips.append(element('li', '', 'Check the spelling.'), element('li', '', 'Try another word for the same thing.'));
        area.append(tips);
    }
    // Said once the results are in, for a screen reader user who searched from another page.
    area.setAttribute('aria-busy', 'false');
})();

// On the "page not found" page: the pages nearest the address asked for, by the search's own forgiveness applied to
// the address's words (/reflective-practise/teams finds Team Reflective Practice).
(() => {
    'use strict';
    const near = typeof document === 'undefined' ? null : document.querySelector('[data-search-near-path]');
    if (!near || !window.toolkitSearchIndex) {
        return;
    }
    let words;
    try {
        words = decodeURIComponent(window.location.pathname);
    } catch {
        words = window.location.pathname;
    }
    const matches = ToolkitSearch.search(window.toolkitSearchIndex, words.split(/[/\-_.]+/u).join(' ')).matches.slice(0, 3);
    const list = near.querySelector('ul');
    for (const match of matches) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = match.page.url;
        link.textContent = match.page.title;
        item.append(link);
        list.append(item);
    }
    near.hidden = matches.length === 0;
})();
