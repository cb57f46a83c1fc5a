// newsflow live dashboard. Plain JS, no libraries, nothing fetched from elsewhere: the data comes from the sink's
// API (api/articles, api/entities/top, api/tone, the api/events Server-Sent Events stream) and the map from
// countries-110m.json (world-atlas TopoJSON) and iso-numeric.json (built by sink/tools/worldmap), all relative
// to this page.
//
// Article text (titles, names, places) is only ever inserted with textContent / createTextNode / setAttribute,
// never as markup; only http(s) URLs become links.
'use strict';

(function () {
    const MAX_ARTICLES = 50;
    const TONE_SPAN = 5;            // |mean tone| (GDELT-style, percent of words) at which a country is fully red/green
    const CLOSED_RETRY_MS = 5000;   // when EventSource gives up (non-200 answer), open a new one after this long
    const $ = (id) => document.getElementById(id);
    const svgRoot = $('map');
    const SVG_NS = svgRoot.namespaceURI; // the parser gave the inline <svg> its namespace; no URL literal needed

    const state = {
        articles: [],          // newest first: {article, seq}
        seq: 0,                // counts every arrival, so that a slow fetch cannot undo what the stream delivered
        topSeq: -1, toneSeq: -1,
        top: null, tone: null,
        iso: null,             // iso-numeric.json
        paths: new Map(),      // alpha-2 -> [path]
        items: new Map(),      // article id -> <li>, reused between renders
    };

    // ------------------------------------------------------------------------------------------------ helpers

    function el(tag, className, text) {
        const e = document.createElement(tag);
        if (className) e.className = className;
        if (text !== undefined && text !== null) e.textContent = String(text);
        return e;
    }

    function svg(tag, attrs) {
        const e = document.createElementNS(SVG_NS, tag);
        for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
        return e;
    }

    function safeHref(url) {
        if (typeof url !== 'string') return null;
        try {
            const u = new URL(url);
            return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
        } catch (e) {
            return null;
        }
    }

    const pad = (n) => String(n).padStart(2, '0');
    function utc(iso, withDate) {
        const d = new Date(iso);
        if (!iso || isNaN(d)) return '';
        const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
        return withDate ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time}` : time;
    }
    function windowText(snapshot) {
        if (!snapshot || !snapshot.windowStart || !snapshot.windowEnd) return 'no closed window yet';
        const sameDay = String(snapshot.windowStart).slice(0, 10) === String(snapshot.windowEnd).slice(0, 10);
        return `${utc(snapshot.windowStart, true)}–${utc(snapshot.windowEnd, !sameDay)} UTC`;
    }
    const num = (x, digits) => (typeof x === 'number' && isFinite(x) ? x.toFixed(digits) : '?');

    // -1 … 1 -> red … grey … green
    function toneColour(t) {
        const x = Math.max(-1, Math.min(1, Number(t) || 0));
        const grey = [158, 158, 158], end = x < 0 ? [200, 40, 40] : [40, 150, 70], a = Math.abs(x);
        const c = grey.map((g, i) => Math.round(g + (end[i] - g) * a));
        return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }

    function countryName(code) {
        if (code === 'ZZ') return 'unresolved places'; // the sink's key for places without a country
        return (state.iso && state.iso.names[code]) || code;
    }

    // ----------------------------------------------------------------------------------------------- articles

    function articleItem(a) {
        const li = el('li', 'article');
        li.dataset.id = a.id;
        const label = ['NEGATIVE', 'NEUTRAL', 'POSITIVE'].includes(a.label) ? a.label : 'NEUTRAL';
        li.classList.add(`sentiment-${label.toLowerCase()}`);
        li.style.borderLeftColor = toneColour(a.sentimentScore);

        const title = el('h3', 'title');
        const href = safeHref(a.url);
        if (href) {
            const link = el('a', null, a.title);
            link.setAttribute('href', href);
            link.setAttribute('target', '_blank');
            link.setAttribute('rel', 'noopener noreferrer');
            title.append(link);
        } else {
            title.textContent = a.title == null ? '' : String(a.title);
        }
        li.append(title);

        const meta = el('p', 'meta');
        if (a.publishedAt) {
            const time = el('time', null, `${utc(a.publishedAt, true)} UTC`);
            time.setAttribute('datetime', String(a.publishedAt));
            meta.append(time, ' · ');
        }
        const badge = el('span', 'sentiment', `${label.toLowerCase()} ${num(a.sentimentScore, 2)}`);
        badge.style.color = toneColour(a.sentimentScore);
        meta.append(badge, ` tone ${num(a.tone, 1)}`);
        li.append(meta);

        const chips = el('ul', 'chips');
        for (const e of a.entities || []) {
            const type = String(e.type || 'OTHER');
            const chip = el('li', `chip ${type === 'PERSON' ? 'person' : type === 'ORGANIZATION' ? 'org' : 'other'}`, e.name);
            chip.setAttribute('title', type.toLowerCase());
            chips.append(chip);
        }
        for (const p of a.places || []) {
            const chip = el('li', 'chip place', p.name);
            if (p.countryCode) {
                chip.append(el('span', 'cc', p.countryCode));
                chip.dataset.iso = p.countryCode;
            }
            chip.setAttribute('title', [p.countryCode ? countryName(p.countryCode) : 'country unknown',
                typeof p.latitude === 'number' ? `${num(p.latitude, 2)}, ${num(p.longitude, 2)}` : ''].filter(Boolean).join(' · '));
            chips.append(chip);
        }
        if (chips.childElementCount) li.append(chips);
        return li;
    }

    function renderArticles() {
        const list = state.articles.map(({ article }) => {
            let li = state.items.get(article.id);
            if (!li || li.articleData !== article) {
                li = articleItem(article);
                li.articleData = article;
                state.items.set(article.id, li);
            }
            return li;
        });
        const live = new Set(state.articles.map(({ article }) => article.id));
        for (const id of state.items.keys()) if (!live.has(id)) state.items.delete(id);
        if (list.length) $('articles').replaceChildren(...list);
        else $('articles').replaceChildren(el('li', 'empty', 'no articles yet'));
    }

    function valid(a) {
        return a && typeof a === 'object' && a.id != null;
    }

    // Articles from the stream: newest first, put on top; an id seen before replaces its old entry.
    function addArticles(articles) {
        const fresh = (articles || []).filter(valid);
        if (!fresh.length) return;
        const seq = ++state.seq;
        const ids = new Set(fresh.map((a) => a.id));
        state.articles = [...dedupe(fresh).map((article) => ({ article, seq })),
            ...state.articles.filter(({ article }) => !ids.has(article.id))].slice(0, MAX_ARTICLES);
    }

    // A full list from api/articles replaces ours, except for stream arrivals newer than the request.
    function replaceArticles(articles, sinceSeq) {
        const fetched = dedupe((articles || []).filter(valid));
        const ids = new Set(fetched.map((a) => a.id));
        const newer = state.articles.filter((e) => e.seq > sinceSeq && !ids.has(e.article.id));
        state.articles = [...newer, ...fetched.map((article) => ({ article, seq: sinceSeq }))].slice(0, MAX_ARTICLES);
    }

    function dedupe(articles) {
        const seen = new Set();
        return articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
    }

    // ----------------------------------------------------------------------------------------------- entities

    function renderEntities() {
        const snap = state.top;
        $('entities-window').textContent = windowText(snap);
        const rows = ((snap && snap.entities) || []).map((e) => {
            const tr = el('tr');
            tr.append(el('td', null, e.entity), el('td', 'type', String(e.type || '').toLowerCase()),
                el('td', 'num', e.articles));
            return tr;
        });
        if (!rows.length) {
            const td = el('td', 'empty', 'none yet');
            td.setAttribute('colspan', '3');
            const tr = el('tr');
            tr.append(td);
            rows.push(tr);
        }
        document.querySelector('#entities tbody').replaceChildren(...rows);
    }

    // ---------------------------------------------------------------------------------------------------- map

    // TopoJSON: arcs are delta-encoded integer positions when the topology has a transform (quantized);
    // a ring lists arc indexes, ~i meaning arc i reversed, consecutive arcs sharing their end point.
    function decodeArcs(topology) {
        const t = topology.transform;
        return topology.arcs.map((arc) => {
            if (!t) return arc.map((p) => [p[0], p[1]]);
            let x = 0, y = 0;
            return arc.map((p) => {
                x += p[0];
                y += p[1];
                return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
            });
        });
    }

    function ringPoints(indexes, arcs) {
        const points = [];
        for (const i of indexes) {
            const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
            for (let k = points.length ? 1 : 0; k < arc.length; k++) points.push(arc[k]);
        }
        return points;
    }

    // Polygons of a geometry (each a list of rings); GeometryCollections are flattened.
    function polygons(geometry) {
        switch (geometry.type) {
            case 'Polygon': return [geometry.arcs];
            case 'MultiPolygon': return geometry.arcs;
            case 'GeometryCollection': return geometry.geometries.flatMap(polygons);
            default: return [];
        }
    }

    // Equirectangular, cropped at 84° N and 60° S (Antarctica is left out: this projection smears it along the
    // whole bottom edge and news rarely happens there).
    const TOP_LAT = 84, BOTTOM_LAT = -60, WIDTH = 960, K = WIDTH / 360;
    const project = ([lon, lat]) => [(lon + 180) * K, (TOP_LAT - lat) * K];

    // A ring that crosses the antimeridian (Fiji, Chukotka) is made continuous (longitudes beyond ±180) and drawn
    // once more a world-width away; the <svg> clips what lies outside it.
    function pathData(geometry, arcs) {
        let d = '';
        for (const polygon of polygons(geometry)) {
            for (const ring of polygon) {
                const pts = ringPoints(ring, arcs);
                if (pts.length < 3) continue;
                let shift = 0, min = Infinity, max = -Infinity;
                const lonLat = pts.map(([lon, lat], i) => {
                    if (i > 0) shift += Math.round((pts[i - 1][0] - lon) / 360) * 360;
                    min = Math.min(min, lon + shift);
                    max = Math.max(max, lon + shift);
                    return [lon + shift, lat];
                });
                const offsets = [0];
                if (min < -180) offsets.push(360);
                if (max > 180) offsets.push(-360);
                for (const offset of offsets) {
                    d += `M${lonLat.map(([lon, lat]) => project([lon + offset, lat]).map((v) => v.toFixed(1)).join(','))
                        .join('L')}Z`;
                }
            }
        }
        return d;
    }

    function drawMap(topology, iso) {
        const arcs = decodeArcs(topology);
        svgRoot.setAttribute('viewBox', `0 0 ${WIDTH} ${(TOP_LAT - BOTTOM_LAT) * K}`);
        const countries = svg('g', { class: 'countries' });
        for (const g of topology.objects.countries.geometries) {
            const code = g.id !== undefined ? iso.numeric[g.id] : iso.unnumbered[g.properties && g.properties.name];
            if (code === 'AQ') continue;
            const d = pathData(g, arcs);
            if (!d) continue;
            const path = svg('path', { d, class: 'country' });
            if (code) {
                path.setAttribute('data-iso', code);
                if (!state.paths.has(code)) state.paths.set(code, []);
                state.paths.get(code).push(path);
            }
            path.append(svg('title'));
            path.lastChild.textContent = (code && iso.names[code]) || (g.properties && g.properties.name) || '';
            countries.append(path);
        }
        svgRoot.replaceChildren(svg('rect', { class: 'ocean', width: WIDTH, height: (TOP_LAT - BOTTOM_LAT) * K }),
            countries, svg('g', { class: 'places' }));
    }

    function renderTone() {
        const snap = state.tone;
        $('tone-window').textContent = windowText(snap);
        const inWindow = new Map(((snap && snap.countries) || []).filter((c) => c && c.countryCode)
            .map((c) => [c.countryCode, c]));

        // countries (and points) named by the latest articles, with their mean tone
        const latest = new Map();
        const places = new Map();
        for (const { article } of state.articles) {
            const codes = new Set();
            for (const p of article.places || []) {
                if (p.countryCode) codes.add(p.countryCode);
                if (typeof p.latitude === 'number' && typeof p.longitude === 'number') {
                    places.set(`${p.name}|${p.latitude}|${p.longitude}`, p);
                }
            }
            for (const code of codes) {
                const s = latest.get(code) || { articles: 0, toneSum: 0 };
                s.articles += 1;
                s.toneSum += Number(article.tone) || 0;
                latest.set(code, s);
            }
        }

        for (const [code, paths] of state.paths) {
            const w = inWindow.get(code), l = latest.get(code);
            for (const path of paths) {
                path.classList.toggle('has-news', Boolean(w || l));
                path.classList.toggle('latest-only', Boolean(!w && l));
                path.style.fill = w ? toneColour(w.meanTone / TONE_SPAN)
                    : l ? toneColour(l.toneSum / l.articles / TONE_SPAN) : '';
                path.querySelector('title').textContent = w
                    ? `${countryName(code)}: ${w.articles} article${w.articles === 1 ? '' : 's'}, mean tone ${num(w.meanTone, 1)}`
                    : l ? `${countryName(code)}: ${l.articles} of the latest articles, mean tone ${num(l.toneSum / l.articles, 1)}`
                        : countryName(code);
            }
        }

        const dots = svgRoot.querySelector('g.places');
        if (dots) {
            dots.replaceChildren(...[...places.values()].map((p) => {
                const [x, y] = project([p.longitude, p.latitude]);
                const c = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3, class: 'place' });
                c.append(svg('title'));
                c.lastChild.textContent = p.countryCode ? `${p.name} (${p.countryCode})` : String(p.name);
                return c;
            }));
        }

        const ranked = [...inWindow.values()].sort((a, b) => b.articles - a.articles).slice(0, 12);
        $('tone-list').replaceChildren(...ranked.map((c) => {
            const li = el('li', null, `${countryName(c.countryCode)} ${c.articles} · ${num(c.meanTone, 1)}`);
            li.style.borderLeftColor = toneColour(c.meanTone / TONE_SPAN);
            return li;
        }));
    }

    // --------------------------------------------------------------------------------------------- data flow

    function setStatus(kind, text) {
        const conn = $('conn');
        conn.className = `conn ${kind}`;
        conn.textContent = text;
    }

    function touched() {
        const d = new Date();
        $('updated').textContent = `· last update ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }

    async function getJson(path) {
        const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        return res.json();
    }

    function render() {
        renderArticles();
        renderEntities();
        renderTone();
    }

    // The three snapshots; each is ignored when the stream delivered a newer one while the request ran.
    function refetch() {
        const since = state.seq;
        return Promise.allSettled([
            getJson(`api/articles?limit=${MAX_ARTICLES}`).then((body) => replaceArticles(body.articles, since)),
            getJson('api/entities/top').then((body) => { if (state.topSeq <= since) { state.top = body; state.topSeq = since; } }),
            getJson('api/tone').then((body) => { if (state.toneSeq <= since) { state.tone = body; state.toneSeq = since; } }),
        ]).then((results) => {
            const failed = results.filter((r) => r.status === 'rejected');
            for (const r of failed) console.warn('newsflow dashboard:', r.reason && r.reason.message);
            if (failed.length < results.length) touched();
            render();
        });
    }

    function onUpdate(event) {
        let data;
        try {
            data = JSON.parse(event.data);
        } catch (e) {
            console.warn('newsflow dashboard: unreadable update', e);
            return;
        }
        addArticles(data.articles);
        const seq = ++state.seq;
        if (data.topEntities) { state.top = data.topEntities; state.topSeq = seq; }
        if (data.tone) { state.tone = data.tone; state.toneSeq = seq; }
        touched();
        render();
    }

    function connect() {
        const source = new EventSource('api/events');
        source.addEventListener('open', () => {
            setStatus('ok', 'connected');
            refetch(); // what happened before this connection (or while we were away) comes from the snapshots
        });
        source.addEventListener('update', onUpdate);
        source.addEventListener('error', () => {
            if (source.readyState === EventSource.CLOSED) {
                // a non-200 answer or a wrong content type: EventSource does not retry by itself
                setStatus('down', 'disconnected, retrying…');
                source.close();
                setTimeout(connect, CLOSED_RETRY_MS);
            } else {
                setStatus('down', 'reconnecting…');
            }
        });
    }

    Promise.all([getJson('countries-110m.json'), getJson('iso-numeric.json')])
        .then(([topology, iso]) => {
            state.iso = iso;
            drawMap(topology, iso);
            render();
        })
        .catch((e) => console.error('newsflow dashboard: map not loaded:', e.message));
    refetch();
    connect();
})();
