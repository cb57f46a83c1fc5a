#!/usr/bin/env node
// Browser check of the sink's live dashboard: opens it in Debian's headless Chromium (driven by playwright-core)
// and waits until an article with the expected title is shown and, when a country is given, until its map shape
// is marked. Then checks that article text stayed text: no <script> element beyond those index.html ships, no
// markup inside the titles, each title's textContent equal to the title /api/articles gives for that id, and
// only http(s) links.
//
// usage: node dashboard-check.mjs URL EXPECTED_TITLE [ISO2]
//   env CHROMIUM          the browser (default /usr/bin/chromium)
//   env CHECK_TIMEOUT_MS  how long to wait for the title and the mark, in all (default 10000)
//
// Prints one JSON line on stdout: {"ok":true,"titleShownMs":…,"markedMs":…,"marked":[…],…} and exits 0; on
// failure {"ok":false,"error":…,…} on stdout, the error and the page's console errors on stderr, exit 1.
import { chromium } from 'playwright-core';

const USAGE = 'usage: node dashboard-check.mjs URL EXPECTED_TITLE [ISO2]';

async function main() {
    const [url, expectedTitle, iso] = process.argv.slice(2);
    if (!url || expectedTitle === undefined || process.argv.length > 5) usage();
    if (iso !== undefined && !/^[A-Z]{2}$/.test(iso)) usage(`ISO2 must be two capital letters: ${iso}`);
    const timeoutMs = Number(process.env.CHECK_TIMEOUT_MS || 10000);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) usage(`CHECK_TIMEOUT_MS must be positive: ${process.env.CHECK_TIMEOUT_MS}`);
    const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

    const found = { ok: false, url, expectedTitle, iso: iso ?? null };
    const consoleErrors = [];
    const pageErrors = [];
    let browser;
    try {
        try {
            browser = await chromium.launch({
                executablePath, headless: true, timeout: 30000,
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
            });
        } catch (e) {
            throw new Error(`cannot start Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM): `
                + firstLine(e.message));
        }
        const page = await browser.newPage();
        page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
        page.on('pageerror', (e) => pageErrors.push(String(e && e.message || e)));

        const started = Date.now();
        const left = () => Math.max(1, started + timeoutMs - Date.now());
        const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: left() });
        if (!response || !response.ok()) throw new Error(`GET ${url}: HTTP ${response ? response.status() : 'no answer'}`);
        const shippedHtml = await response.text();

        try {
            await page.waitForFunction((title) => [...document.querySelectorAll('#articles .article .title')]
                .some((e) => e.textContent === title), expectedTitle, { timeout: left(), polling: 50 });
        } catch (e) {
            const shown = await titlesShown(page);
            throw new Error(`no article titled ${JSON.stringify(expectedTitle)} within ${timeoutMs} ms; `
                + `titles shown: ${JSON.stringify(shown)}`);
        }
        found.titleShownMs = Date.now() - started;

        if (iso !== undefined) {
            try {
                await page.waitForFunction((code) => [...document.querySelectorAll(`#map [data-iso="${code}"]`)]
                    .some((e) => e.classList.contains('has-news')), iso, { timeout: left(), polling: 50 });
            } catch (e) {
                const shapes = await page.$$eval(`#map [data-iso="${iso}"]`, (es) => es.length);
                throw new Error(`map shape [data-iso=${iso}] ${shapes ? 'not marked has-news' : 'not drawn'} `
                    + `within ${timeoutMs} ms; marked: ${JSON.stringify(await marked(page))}`);
            }
            found.markedMs = Date.now() - started;
        }
        found.marked = await marked(page);

        // Article text must not have become markup.
        const shippedScripts = (shippedHtml.match(/<script\b/gi) || []).length;
        const dom = await page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
            articles: [...document.querySelectorAll('#articles .article')].map((li) => {
                const title = li.querySelector('.title');
                return {
                    id: li.dataset.id,
                    title: title ? title.textContent : null,
                    markup: title ? [...title.querySelectorAll('*')].filter((e) => e.tagName !== 'A').map((e) => e.tagName) : [],
                };
            }),
            hrefs: [...document.querySelectorAll('#articles a')].map((a) => a.getAttribute('href')),
        }));
        found.scripts = { shipped: shippedScripts, inPage: dom.scripts };
        if (dom.scripts !== shippedScripts) {
            throw new Error(`${dom.scripts} <script> elements in the page, index.html ships ${shippedScripts}`);
        }
        if (dom.pwned !== null) throw new Error(`article text ran as code: window.__pwned = ${dom.pwned}`);
        const withMarkup = dom.articles.filter((a) => a.markup.length);
        if (withMarkup.length) throw new Error(`elements inside article titles: ${JSON.stringify(withMarkup)}`);
        const badLinks = dom.hrefs.filter((h) => !/^https?:\/\//i.test(h || ''));
        if (badLinks.length) throw new Error(`non-http(s) links in the articles: ${JSON.stringify(badLinks)}`);

        // Titles as the API gives them.
        const apiUrl = new URL('api/articles?limit=50', page.url()).href;
        const api = await page.evaluate(async (u) => {
            const res = await fetch(u, { cache: 'no-store' });
            return res.ok ? res.json() : { status: res.status };
        }, apiUrl);
        if (!api || !Array.isArray(api.articles)) throw new Error(`GET ${apiUrl}: no article list (${JSON.stringify(api)})`);
        const apiTitles = new Map(api.articles.map((a) => [a.id, a.title == null ? '' : String(a.title)]));
        const compared = dom.articles.filter((a) => apiTitles.has(a.id));
        const mismatched = compared.filter((a) => a.title !== apiTitles.get(a.id))
            .map((a) => ({ id: a.id, shown: a.title, api: apiTitles.get(a.id) }));
        if (mismatched.length) throw new Error(`titles differ from /api/articles: ${JSON.stringify(mismatched)}`);
        if (!compared.some((a) => a.title === expectedTitle)) {
            throw new Error(`the article titled ${JSON.stringify(expectedTitle)} is shown but not in /api/articles`);
        }
        found.articlesShown = dom.articles.length;
        found.titlesCompared = compared.length;
        if (pageErrors.length) throw new Error(`uncaught errors in the page: ${JSON.stringify(pageErrors)}`);

        found.ok = true;
        found.consoleErrors = consoleErrors;
        console.log(JSON.stringify(found));
    } catch (e) {
        found.error = e.message;
        found.consoleErrors = consoleErrors;
        found.pageErrors = pageErrors;
        console.log(JSON.stringify(found));
        console.error(`dashboard-check: FAILED: ${e.message}`);
        if (consoleErrors.length || pageErrors.length) {
            console.error('page console errors:');
            for (const m of [...pageErrors, ...consoleErrors]) console.error(`  ${m}`);
        } else {
            console.error('page console errors: none');
        }
        process.exitCode = 1;
    } finally {
        if (browser) await browser.close().catch(() => {});
    }
}

function titlesShown(page) {
    return page.$$eval('#articles .article .title', (es) => es.map((e) => e.textContent)).catch(() => []);
}

function marked(page) {
    return page.$$eval('#map .has-news[data-iso]', (es) => [...new Set(es.map((e) => e.getAttribute('data-iso')))].sort())
        .catch(() => []);
}

function firstLine(s) {
    return String(s).split('\n').find((l) => l.trim()) || String(s);
}

function usage(problem) {
    if (problem) console.error(`dashboard-check: ${problem}`);
    console.error(USAGE);
    process.exit(2);
}

main();
