// Search for copies of the site with no server: the static export, from a USB stick (file://) or a static host.
// The index (search-index.js) holds each page's terms as the server computes them; this file reads a query into
// terms, ranks and builds snippets exactly as the server's Search/*.cs does. A browser test runs both on generated
// text and queries and requires the same answers, so keep the two in step.
const ToolkitSearch = (() => {
    'use strict';

    const windowWords = 30;
    const wordsBeforeMatch = 10;
    // .NET's char.IsLetterOrDigit, NonSpacingMark, \s and char.IsWhiteSpace, one UTF-16 unit at a time as .NET reads them.
    const letterOrDigit = /^[\p{L}\p{Nd}]$/u;
    const nonSpacingMark = /^\p{Mn}$/u;
    const whitespaceRun = /[\f\n\r\t\v\x85\p{Z}]+/gu;
    const edgeWhitespace = /^[\t\n\v\f\r\x85\p{Z}]+|[\t\n\v\f\r\x85\p{Z}]+$/gu;

    // US spellings as British, as WordStem.FoldSpelling.
    const usZ = /^(.{2,}[iy])z(e|es|ed|ing|ation|ations|ational|er|ers)$/su;
    const usOr = /^(behavi|col|fav|harb|hon|hum|lab|neighb|rum|savi|vap|vig)or(s|ed|ing|al|ally|ist|ists|ite|ites|able)?$/u;
    function foldSpelling(word) {
        return word.replace(usZ, '$1s$2').replace(usOr, (_, a, b) => `${a}our${b ?? ''}`);
    }

    // .NET lower-cases one unit at a time and leaves a letter alone when its lower case is longer (İ stays İ, as in .NET).
    function lowerInvariant(word) {
        let lower = '';
        for (const unit of word.split('')) {
            const mapped = unit.toLowerCase();
            lower += mapped.length === 1 ? mapped : unit;
        }
        return lower;
    }

    function termOf(word) {
        const decomposed = lowerInvariant(word).normalize('NFD');
        let plain = '';
        for (const unit of decomposed.split('')) {
            if (!nonSpacingMark.test(unit)) {
                plain += unit;
            }
        }
        // Snowball English, as WordStem.Of: porter2.js, loaded before this file.
        return Porter2.stem(foldSpelling(plain.normalize('NFC')));
    }

    /** Runs of letters and digits, each with its term: SearchWords.Split. */
    function split(text) {
        const words = [];
        let start = -1;
        for (let i = 0; i <= text.length; i++) {
            const inWord = i < text.length && (letterOrDigit.test(text[i]) || (start >= 0 && nonSpacingMark.test(text[i])));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.push({ start, length: i - start, term: termOf(text.slice(start, i)) });
                start = -1;
            }
        }
        return words;
    }

    function clean(query, maxLength) {
        const text = Array.from((query || '').split(''), (c) => (/^[\p{Cc}]$/u.test(c) ? ' ' : c)).join('').replace(edgeWhitespace, '');
        if (text.length <= maxLength) {
            return text;
        }
        const cut = /[\uD800-\uDBFF]/.test(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text.slice(0, cut).replace(/[\t\n\v\f\r\x85\p{Z}]+$/u, '');
    }

    // WebUtility.HtmlEncode: the five specials, Latin-1 letters as numbers, and characters outside the BMP as numbers.
    function encode(text) {
        let html = '';
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            const code = text.charCodeAt(i);
            if (c === '<') html += '&lt;';
            else if (c === '>') html += '&gt;';
            else if (c === '&') html += '&amp;';
            else if (c === '"') html += '&quot;';
            else if (c === "'") html += '&#39;';
            else if (code >= 160 && code < 256) html += `&#${code};`;
            else if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xDC00 && text.charCodeAt(i + 1) <= 0xDFFF) {
                html += `&#${text.codePointAt(i)};`;
                i++;
            } else if (code >= 0xD800 && code <= 0xDFFF) html += '\uFFFD';
            else html += c;
        }
        return html;
    }

    function textHtml(text) {
        return encode(text.replace(whitespaceRun, ' '));
    }

    function window_(text, words, terms, from) {
        if (words.length === 0) {
            return encode(text.replace(whitespaceRun, ' ').replace(edgeWhitespace, ''));
        }
        const to = Math.min(words.length, from + windowWords);
        let html = from > 0 ? '… ' : '';
        let position = from > 0 ? words[from].start : 0;
        for (let i = from; i < to; i++) {
            const word = words[i];
            html += textHtml(text.slice(position, word.start));
            const encoded = encode(text.slice(word.start, word.start + word.length));
            html += terms.has(word.term) ? `<mark>${encoded}</mark>` : encoded;
            position = word.start + word.length;
        }
        html += textHtml(to < words.length ? '' : text.slice(position));
        html += to < words.length ? ' …' : '';
        return html.replace(edgeWhitespace, '');
    }

    function aroundFirstMatch(text, words, terms) {
        const first = words.findIndex((w) => terms.has(w.term));
        if (first < 0) {
            return null;
        }
        return window_(text, words, terms, Math.max(0, Math.min(first - wordsBeforeMatch, words.length - windowWords)));
    }

    function snippet(page, terms) {
        const body = split(page.text);
        return aroundFirstMatch(page.text, body, terms)
            ?? aroundFirstMatch(page.summary, split(page.summary), terms)
            ?? window_(page.text, body, new Set(), 0);
    }

    /** SearchForgiveness.Distance: edits (insert, delete, replace, swap neighbours), or cap once there are that many. */
    function distance(a, b, cap) {
        let previous2 = new Array(b.length + 1).fill(0);
        let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
        let current = new Array(b.length + 1).fill(0);
        for (let i = 1; i <= a.length; i++) {
            current[0] = i;
            let rowMinimum = current[0];
            for (let j = 1; j <= b.length; j++) {
                const cost = a[i - 1] === b[j - 1] ? 0 : 1;
                let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
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

    // SearchForgiveness.TypoAllowance: one typo from four letters typed, two from eight.
    const typoAllowance = (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

    function vocabularyOf(index) {
        const vocabulary = index.vocabulary ??= Object.keys(index.words).sort();
        const known = index.known ??= new Set(vocabulary);
        const firstWritten = (term) => (Object.hasOwn(index.words, term) ? index.words[term][0] : term);
        return { vocabulary, known, firstWritten };
    }

    /** SearchForgiveness.Nearest: between stems, and between the word as typed and each way the content writes it. */
    function nearest(index, term, lowerTyped, allowed) {
        let best = allowed + 1;
        let found = [];
        if (allowed === 0) {
            return found;
        }
        for (const candidate of vocabularyOf(index).vocabulary) {
            if (candidate.length < 3) {
                continue;
            }
            const farther = best + 1;
            let d = Math.abs(candidate.length - term.length) <= allowed ? distance(term, candidate, farther) : farther;
            for (const form of index.words[candidate]) {
                if (Math.abs(form.length - lowerTyped.length) <= allowed) {
                    d = Math.min(d, distance(lowerTyped, form, farther));
                }
            }
            if (d < best) {
                best = d;
                found = [];
            }
            if (d === best && d <= allowed) {
                found.push(candidate);
            }
        }
        return found;
    }

    /** SearchForgiveness.Read: each query word's terms, a joined word as its two words, a typo as the nearest words. */
    function forgive(index, query) {
        const { known, firstWritten } = vocabularyOf(index);
        const words = [];
        for (const { term, typed } of query) {
            if (known.has(term)) {
                words.push({ typed, terms: [term], meant: null });
                continue;
            }
            let joined = null;
            for (let cut = 3; cut <= typed.length - 3 && joined === null; cut++) {
                const [first, second] = [termOf(typed.slice(0, cut)), termOf(typed.slice(cut))];
                if (known.has(first) && known.has(second)) {
                    joined = [first, second, `${typed.slice(0, cut)} ${typed.slice(cut)}`];
                }
            }
            if (joined !== null) {
                words.push({ typed, terms: [joined[0]], meant: joined[2] });
                words.push({ typed, terms: [joined[1]], meant: null });
                continue;
            }
            const near = nearest(index, term, lowerInvariant(typed), typoAllowance(typed.length));
            words.push(near.length > 0 ? { typed, terms: near, meant: firstWritten(near[0]) } : { typed, terms: [term], meant: null });
        }
        return words;
    }

    /** SearchForgiveness.Suggest: each unknown word as its nearest known word, allowing one typo more. */
    function suggest(index, query) {
        const { known, firstWritten } = vocabularyOf(index);
        let changed = false;
        const words = query.map(({ term, typed }) => {
            const near = known.has(term) || typed.length < 3 ? [] : nearest(index, term, lowerInvariant(typed), typoAllowance(typed.length) + 1);
            changed ||= near.length > 0;
            return near.length > 0 ? firstWritten(near[0]) : typed;
        });
        return changed ? words.join(' ') : null;
    }

    /**
     * The server's SearchCatalogue.Search: pages with every word first, then those with some (most first); within
     * each, title matches first, then by score, then in reading order.
     */
    function search(index, query) {
        const cleaned = clean(query, index.maxQueryLength);
        const seen = new Set();
        const asked = [];
        for (const w of split(cleaned)) {
            if (!seen.has(w.term)) {
                seen.add(w.term);
                asked.push({ term: w.term, typed: cleaned.slice(w.start, w.start + w.length) });
            }
        }
        if (asked.length === 0) {
            return { query: cleaned, matches: [], noWords: true, corrections: [], didYouMean: null };
        }
        const words = forgive(index, asked);
        const marked = new Set(words.flatMap((w) => w.terms));
        const fields = ['title', 'heading', 'summary', 'body'].map((name) => [name, index.weights[name]]);
        const found = [];
        index.pages.forEach((page, order) => {
            const sets = page.sets ??= Object.fromEntries(fields.map(([name]) => [name, new Set(page.terms[name])]));
            let count = 0;
            let titleHits = 0;
            let score = 0;
            for (const word of words) {
                let best = 0;
                let inTitle = false;
                for (const term of word.terms) {
                    best = Math.max(best, fields.reduce((sum, [name, w]) => sum + (sets[name].has(term) ? w : 0), 0));
                    inTitle ||= sets.title.has(term);
                }
                count += best > 0 ? 1 : 0;
                titleHits += inTitle ? 1 : 0;
                score += best;
            }
            if (count > 0) {
                found.push({ page, order, count, titleHits, score });
            }
        });
        found.sort((a, b) => b.count - a.count || (b.titleHits > 0) - (a.titleHits > 0) || b.score - a.score || a.order - b.order);
        const suggested = found.length === 0 ? suggest(index, asked) : null;
        return {
            query: cleaned,
            matches: found.map((f) => ({ page: f.page, snippetHtml: snippet(f.page, marked), hasEveryWord: f.count === words.length })),
            noWords: false,
            corrections: words.filter((w) => w.meant !== null).map((w) => ({ typed: w.typed, meant: w.meant })),
            didYouMean: suggested !== null && search(index, suggested).matches.length > 0 ? suggested : null,
        };
    }

    return { split, termOf, search };
})();

// On the export's search page: answer ?q= from the index, in the markup the server's search page uses.
(() => {
    'use strict';
    const main = typeof document === 'undefined' ? null : document.querySelector('main[data-static-search]');
    if (!main || !window.toolkitSearchIndex) {
        return;
    }

    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    const results = ToolkitSearch.search(window.toolkitSearchIndex, query);
    const input = main.querySelector('input[name=q]');
    if (input) {
        input.value = results.query;
    }
    if (results.query.length === 0) {
        return;
    }

    // In the export, page addresses become files relative to this page (search/index.html); offline on the site
    // itself (the service worker's stored copy), they stay addresses.
    const fileOf = window.location.pathname.endsWith('/index.html') ? (url) => `../${url.slice(1)}/index.html` : (url) => url;
    const element = (name, className, text) => {
        const node = document.createElement(name);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    };

    document.title = `Search results for ‘${results.query}’ – ${document.title.split(' – ').pop()}`;
    main.querySelector('.search-hint')?.remove();
    const count = results.matches.length;
    for (const { typed, meant } of results.corrections) {
        main.append(element('p', 'search-correction', `Showing pages for ‘${meant}’ (you typed ‘${typed}’).`));
    }
    if (count > 0) {
        main.append(element('p', 'search-count', `${count} ${count === 1 ? 'result' : 'results'} for ‘${results.query}’`));
        let list = element('ol', 'search-results');
        let every = true;
        for (const match of results.matches) {
            if (every && !match.hasEveryWord) {
                every = false;
                if (list.children.length > 0) {
                    main.append(list);
                }
                const partial = element('div', 'search-partial');
                partial.append(element('p', 'search-some-words', 'Pages with some of your words:'));
                main.append(partial);
                list = element('ol', 'search-results');
                partial.append(list);
            }
            const item = element('li');
            const heading = element('h2');
            const link = element('a', '', match.page.title);
            link.href = fileOf(match.page.url);
            heading.append(link);
            const snippet = element('p', 'search-snippet');
            // Built encoded piece by piece, as on the server: the <mark>s are its only markup.
            snippet.innerHTML = match.snippetHtml;
            item.append(heading, element('p', 'search-section', `Resource: ${match.page.section}`), snippet);
            list.append(item);
        }
        if (!list.parentNode) {
            main.append(list);
        }
    } else {
        main.append(element('p', 'search-none', `No results for ‘${results.query}’.`));
        if (results.didYouMean !== null) {
            // As the server's page: the suggestion is a link that searches for it.
            const offer = element('p', 'search-did-you-mean', 'Did you mean ');
            const link = element('a', '', `‘${results.didYouMean}’`);
            link.href = `?q=${encodeURIComponent(results.didYouMean)}`;
            offer.append(link, '?');
            main.append(offer);
        }
        const tips = element('ul', 'search-suggestions');
        if (results.noWords) {
            tips.append(element('li', '', 'Search for words or numbers: punctuation and symbols on their own are not searched.'));
        }
        tips.append(element('li', '', 'Check the spelling.'), element('li', '', 'Try another word for the same thing.'));
        main.append(tips);
    }
})();
