// Shared helpers for produce.mjs and consume.mjs: argument parsing, the
// schema registry client, kafkajs set-up, and the conversion between plain
// JSON and the in-memory representation that avsc (the Avro library used by
// @confluentinc/schemaregistry) reads and writes.
//
// avsc representation, as the Confluent JS client builds its types
// (avsc defaults: wrapUnions 'auto', no logicalTypes registered):
//   - long, and so timestamp-millis: a JS number (the logical type is ignored,
//     the wire value is the epoch-millis long);
//   - ["null", X] and other unions whose branches are distinguishable:
//     "union:unwrapped", the plain value or null;
//   - ambiguous unions (e.g. ["null", "int", "long"]): "union:wrapped",
//     {"<branchName>": value};
//   - bytes and fixed: Buffer; enum: the symbol string.
// Plain JSON, as exchanged with the Java test: unions unwrapped, bytes/fixed
// as base64 strings, longs and timestamps as numbers.

import { Kafka, logLevel } from 'kafkajs';
import { SchemaRegistryClient, SubjectNameStrategyType } from '@confluentinc/schemaregistry';

export { SubjectNameStrategyType };

export function parseArgs(argv, spec) {
  // spec: { name: { required: bool, default: any } }
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    } else {
      value = argv[++i];
      if (value === undefined) throw new Error(`missing value for --${name}`);
    }
    if (!(name in spec)) throw new Error(`unknown option: --${name}`);
    out[name] = value;
  }
  for (const [name, s] of Object.entries(spec)) {
    if (out[name] === undefined) {
      if (s.required) throw new Error(`missing required option --${name}`);
      out[name] = s.default;
    }
  }
  return out;
}

export function fail(err) {
  const msg = err instanceof Error ? (err.stack && process.env.DEBUG_INTEROP ? err.stack : err.message) : String(err);
  process.stderr.write(`error: ${msg}\n`);
  process.exit(1);
}

export function newRegistryClient(url) {
  const client = new SchemaRegistryClient({ baseURLs: [url] });
  if (process.env.DEBUG_REGISTRY) {
    // Log every HTTP call the Confluent client makes (to stderr only).
    const axios = client.restService?.client;
    axios?.interceptors.request.use((cfg) => {
      process.stderr.write(`registry: ${cfg.method.toUpperCase()} ${cfg.url}\n`);
      return cfg;
    });
  }
  return client;
}

export function newKafka(bootstrap, clientId) {
  const brokers = bootstrap.split(',').map((s) => s.trim()).filter(Boolean);
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.ERROR,
    // kafkajs' default logger writes to stdout; keep stdout for data only.
    logCreator: () => ({ namespace, level, label, log }) => {
      const { message, ...extra } = log;
      process.stderr.write(`kafkajs ${label} [${namespace}] ${message} ${JSON.stringify(extra)}\n`);
    },
    retry: { retries: 8 },
  });
}

/** The schema id in a Confluent wire-format payload (0x00 + 4-byte big-endian id). */
export function wireSchemaId(buf) {
  if (!Buffer.isBuffer(buf) || buf.length < 5 || buf[0] !== 0) {
    throw new Error('payload is not in Confluent wire format (magic byte 0 + 4-byte schema id)');
  }
  return buf.readInt32BE(1);
}

// ---------------------------------------------------------------------------
// plain JSON -> avsc value

function typeLabel(type) {
  return type.branchName || type.typeName;
}

export function fromPlainJson(type, value, path = '$') {
  const t = type.typeName;
  if (t.startsWith('logical:')) {
    // Only seen when a logicalTypes option is configured, which these scripts do not do.
    return fromPlainJson(type.underlyingType, value, path);
  }
  switch (t) {
    case 'null':
      return value === undefined ? null : value;
    case 'boolean':
    case 'string':
    case 'enum':
      return value;
    case 'int':
    case 'float':
    case 'double':
      return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    case 'long':
    case 'abstract:long':
      if (typeof value === 'bigint') return Number(value);
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      return value;
    case 'bytes':
    case 'fixed':
      if (typeof value === 'string') return Buffer.from(value, 'base64');
      if (Array.isArray(value)) return Buffer.from(value);
      return value;
    case 'array':
      if (!Array.isArray(value)) return value;
      return value.map((v, i) => fromPlainJson(type.itemsType, v, `${path}[${i}]`));
    case 'map': {
      if (value == null || typeof value !== 'object') return value;
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = fromPlainJson(type.valuesType, v, `${path}.${k}`);
      return out;
    }
    case 'record':
    case 'error': {
      if (value == null || typeof value !== 'object' || Array.isArray(value)) return value;
      const out = {};
      for (const field of type.fields) {
        let v = value[field.name];
        if (v === undefined) {
          const d = field.defaultValue();
          if (d !== undefined) {
            out[field.name] = d;
            continue;
          }
        }
        out[field.name] = fromPlainJson(field.type, v, `${path}.${field.name}`);
      }
      return out;
    }
    case 'union:unwrapped':
    case 'union:wrapped':
      return unionFromPlainJson(type, value, path);
    default:
      return value;
  }
}

function unionFromPlainJson(type, value, path) {
  const wrapped = type.typeName === 'union:wrapped';
  const branches = type.types;
  const wrap = (branch, v) => (wrapped && branch.typeName !== 'null' ? { [branch.branchName]: v } : v);
  if (value === null || value === undefined) {
    const nullBranch = branches.find((b) => b.typeName === 'null');
    if (nullBranch) return null;
  }
  // Plain value: the first branch that accepts it (Avro's own rule for JSON → union).
  for (const branch of branches) {
    if (branch.typeName === 'null') continue;
    let conv;
    try {
      conv = fromPlainJson(branch, value, path);
    } catch {
      continue;
    }
    if (branch.isValid(conv)) return wrap(branch, conv);
  }
  // Avro JSON encoding ({"string": "x"}, {"io.ns.Rec": {...}}) is accepted too.
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const branch = branches.find((b) => b.branchName === keys[0] || b.name === keys[0]);
      if (branch) return wrap(branch, fromPlainJson(branch, value[keys[0]], path));
    }
  }
  throw new Error(`${path}: value ${JSON.stringify(value)} matches no branch of union [${branches.map(typeLabel).join(', ')}]`);
}

// ---------------------------------------------------------------------------
// avsc value -> plain JSON (numbers for longs/timestamps, base64 for bytes)

function scalarToPlain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // NaN, Infinity
  if (value && typeof value === 'object' && typeof value.toNumber === 'function') return value.toNumber(); // Long-like
  return value;
}

export function toPlainJson(type, value) {
  if (value === null || value === undefined) return null;
  if (!type) return genericToPlain(value);
  const t = type.typeName;
  if (t.startsWith('logical:')) return genericToPlain(value);
  switch (t) {
    case 'array':
      return value.map((v) => toPlainJson(type.itemsType, v));
    case 'map': {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = toPlainJson(type.valuesType, v);
      return out;
    }
    case 'record':
    case 'error': {
      const out = {};
      for (const field of type.fields) out[field.name] = toPlainJson(field.type, value[field.name]);
      return out;
    }
    case 'union:wrapped': {
      const keys = Object.keys(value);
      if (keys.length === 1) {
        const branch = type.types.find((b) => b.branchName === keys[0]);
        if (branch) return toPlainJson(branch, value[keys[0]]);
      }
      return genericToPlain(value);
    }
    case 'union:unwrapped': {
      const branch = type.types.find((b) => b.typeName !== 'null' && b.isValid(value));
      return branch ? toPlainJson(branch, value) : genericToPlain(value);
    }
    default:
      return scalarToPlain(value);
  }
}

function genericToPlain(value) {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(genericToPlain);
  const s = scalarToPlain(value);
  if (s !== value || typeof value !== 'object') return s;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = genericToPlain(v);
  return out;
}
