#!/usr/bin/env node
// A stand-in for the sink's HTTP server, to develop the dashboard and to exercise dashboard-check.mjs without
// Kafka: serves the dashboard folder (src/main/resources/io/newsflow/sink/dashboard) at / and the dashboard's
// API with canned data. No dependencies.
//
// usage: node mock-server.mjs PORT
//
//   GET /                      index.html; GET /<file> the dashboard's other files (no subfolders)
//   GET /api/articles?limit=N  {"articles":[...]} newest first: the seed article and one whose title is markup
//   GET /api/entities/top      {"windowStart","windowEnd","entities":[...]}
//   GET /api/tone              {"windowStart","windowEnd","countries":[...]}  (IQ and IR)
//   GET /api/events            Server-Sent Events: 1 s after each connection, one `update` event carrying a new
//                              article (Mombasa, KE) and new entity/tone snapshots; the article then stays in
//                              /api/articles. Env MOCK_SSE_CLOSE_MS=N ends every stream after N ms (the page
//                              then shows "reconnecting…" and re-fetches when the browser reconnects).
//
// Every answer carries the headers the real server should send (Content-Security-Policy default-src 'self',
// X-Content-Type-Options nosniff), so the page is checked under them. Env DASHBOARD_DIR serves another folder
// instead (e.g. a deliberately broken copy, to see the check fail).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const DASHBOARD = process.env.DASHBOARD_DIR
    ? path.resolve(process.env.DASHBOARD_DIR)
    : path.resolve(here, '../../main/resources/io/newsflow/sink/dashboard');
const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};
const SECURITY_HEADERS = {
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
};

const SEED = {
    id: 'seed-01-soleimani-mosul-2016',
    title: "Iran's Soleimani takes part in Iraq's Mosul operation",
    url: 'https://example.org/news/2016/11/06/soleimani-mosul',
    publishedAt: '2016-11-06T00:00:00Z',
    sentimentScore: -0.42,
    label: 'NEGATIVE',
    tone: -3.1,
    entities: [
        { name: 'Qassem Soleimani', type: 'PERSON' },
        { name: 'Islamic State', type: 'ORGANIZATION' },
    ],
    places: [
        { name: 'Mosul', countryCode: 'IQ', latitude: 36.34, longitude: 43.12 },
        { name: 'Tehran', countryCode: 'IR', latitude: 35.69, longitude: 51.42 },
    ],
};
// Markup in every text field, and a javascript: URL: the page must show it all as text and make no link.
const HOSTILE = {
    id: 'mock-hostile-markup',
    title: '<script>window.__pwned=1</script> & "quotes"',
    url: 'javascript:window.__pwned=3',
    publishedAt: '2016-11-05T12:00:00Z',
    sentimentScore: 0,
    label: 'NEUTRAL',
    tone: 0,
    entities: [{ name: '<img src=x onerror="window.__pwned=2">', type: 'ORGANIZATION' }],
    places: [{ name: '<b>Nowhere</b>', countryCode: null, latitude: null, longitude: null }],
};
const UPDATE = {
    id: 'mock-06-mombasa-port-2019',
    title: 'Mombasa port handles record cargo as Kenya bets on regional trade',
    url: 'https://example.org/news/2019/mombasa-port',
    publishedAt: '2019-01-15T09:30:00Z',
    sentimentScore: 0.55,
    label: 'POSITIVE',
    tone: 2.4,
    entities: [{ name: 'Kenya Ports Authority', type: 'ORGANIZATION' }],
    places: [{ name: 'Mombasa', countryCode: 'KE', latitude: -4.05, longitude: 39.67 }],
};

const WINDOW = { windowStart: '2016-11-06T00:00:00Z', windowEnd: '2016-11-06T00:05:00Z' };
const TOP = {
    ...WINDOW,
    entities: [
        { entity: 'Islamic State', type: 'ORGANIZATION', articles: 12 },
        { entity: 'Qassem Soleimani', type: 'PERSON', articles: 7 },
        { entity: '<i>Markup Inc</i>', type: 'ORGANIZATION', articles: 1 },
    ],
};
const TONE = {
    ...WINDOW,
    countries: [
        { countryCode: 'IQ', articles: 3, meanTone: -4.2, meanScore: -0.5 },
        { countryCode: 'IR', articles: 1, meanTone: -2.0, meanScore: -0.2 },
    ],
};
const NEXT_WINDOW = { windowStart: '2016-11-06T00:05:00Z', windowEnd: '2016-11-06T00:10:00Z' };
const UPDATE_TOP = {
    ...NEXT_WINDOW,
    entities: [
        { entity: 'Islamic State', type: 'ORGANIZATION', articles: 9 },
        { entity: 'Kenya Ports Authority', type: 'ORGANIZATION', articles: 2 },
    ],
};
const UPDATE_TONE = {
    ...NEXT_WINDOW,
    countries: [
        { countryCode: 'IQ', articles: 2, meanTone: -3.5, meanScore: -0.4 },
        { countryCode: 'KE', articles: 1, meanTone: 2.4, meanScore: 0.55 },
    ],
};

const state = { articles: [SEED, HOSTILE], top: TOP, tone: TONE };

function send(res, status, type, body, extra = {}) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
    res.end(body);
}
const json = (res, value) => send(res, 200, TYPES['.json'], JSON.stringify(value));

function events(req, res) {
    res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS,
    });
    res.write('retry: 1000\n\n');
    const timers = [
        setTimeout(() => {
            if (!state.articles.some((a) => a.id === UPDATE.id)) state.articles.unshift(UPDATE);
            state.top = UPDATE_TOP;
            state.tone = UPDATE_TONE;
            const data = { articles: [UPDATE], topEntities: UPDATE_TOP, tone: UPDATE_TONE };
            res.write(`event: update\ndata: ${JSON.stringify(data)}\n\n`);
        }, 1000),
        setInterval(() => res.write(': keep-alive\n\n'), 15000),
    ];
    const closeAfter = Number(process.env.MOCK_SSE_CLOSE_MS || 0);
    if (closeAfter > 0) timers.push(setTimeout(() => res.end(), closeAfter));
    req.on('close', () => timers.forEach((t) => clearTimeout(t)));
}

function serveFile(res, name) {
    // only plain file names directly in the folder
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return send(res, 404, 'text/plain', 'not found\n');
    const file = path.join(DASHBOARD, name);
    fs.readFile(file, (err, body) => {
        if (err) return send(res, 404, 'text/plain', 'not found\n');
        send(res, 200, TYPES[path.extname(name)] || 'application/octet-stream', body);
    });
}

const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://mock');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    switch (url.pathname) {
        case '/api/articles': {
            const limit = Math.max(1, Math.min(Number(url.searchParams.get('limit')) || 50, 200));
            return json(res, { articles: state.articles.slice(0, limit) });
        }
        case '/api/entities/top': return json(res, state.top);
        case '/api/tone': return json(res, state.tone);
        case '/api/events': return events(req, res);
        case '/': return serveFile(res, 'index.html');
        default: return serveFile(res, url.pathname.slice(1));
    }
});

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node mock-server.mjs PORT');
    process.exit(2);
}
server.listen(port, '127.0.0.1', () => console.log(`mock dashboard server on http://127.0.0.1:${server.address().port}/`));
