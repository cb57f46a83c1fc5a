#!/usr/bin/env node
// Produce JSON lines as Confluent-wire-format Avro with Confluent's JavaScript
// serde (@confluentinc/schemaregistry AvroSerializer) and kafkajs.
//
// usage: node produce.mjs --bootstrap HOST:PORT --registry URL --topic T
//                         --schema FILE.avsc --input FILE.jsonl
//
// Prints `produced id=<schema id> offset=<offset>` per record; exit 0 on
// success, 1 with a message on stderr on any error.

import { readFile } from 'node:fs/promises';
import { Partitioners } from 'kafkajs';
import { AvroSerializer, SerdeType } from '@confluentinc/schemaregistry';
import {
  fail, fromPlainJson, newKafka, newRegistryClient, parseArgs, SubjectNameStrategyType, wireSchemaId,
} from './lib.mjs';

async function ensureTopic(kafka, topic) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = await admin.listTopics();
    if (!topics.includes(topic)) {
      try {
        await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
      } catch (e) {
        if (e.type !== 'TOPIC_ALREADY_EXISTS' && !/already exists/i.test(String(e.message))) throw e;
      }
    }
    // Wait until every partition has a leader.
    const deadline = Date.now() + 30000;
    for (;;) {
      try {
        const md = await admin.fetchTopicMetadata({ topics: [topic] });
        const parts = md.topics[0]?.partitions ?? [];
        if (parts.length > 0 && parts.every((p) => p.leader >= 0)) return;
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
      if (Date.now() > deadline) throw new Error(`topic ${topic} has no leader after 30 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await admin.disconnect();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    bootstrap: { required: true },
    registry: { required: true },
    topic: { required: true },
    schema: { required: true },
    input: { required: true },
  });

  const schemaText = await readFile(args.schema, 'utf8');
  JSON.parse(schemaText); // fail early on a malformed schema file

  // The avsc Type the serde itself builds from the schema (same library
  // instance and options; no registry call for a schema without references).
  const typeOnly = new AvroSerializer(newRegistryClient(args.registry), SerdeType.VALUE, {
    autoRegisterSchemas: false,
    subjectNameStrategyType: SubjectNameStrategyType.TOPIC,
  });
  const [avroType] = await typeOnly.toType({ schemaType: 'AVRO', schema: schemaText });

  // Read and check every input line before anything is registered or sent.
  const lines = (await readFile(args.input, 'utf8')).split(/\r?\n/);
  const records = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${args.input}:${i + 1}`;
    let json;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${where}: invalid JSON: ${e.message}`);
    }
    let value;
    try {
      value = fromPlainJson(avroType, json);
    } catch (e) {
      throw new Error(`${where}: ${e.message}`);
    }
    avroType.isValid(value, {
      errorHook: (path, got, type) => {
        throw new Error(`${where}: invalid value at ${path.join('.') || '$'}: expected ${JSON.stringify(type.schema())}, got ${JSON.stringify(got)}`);
      },
    });
    records.push({ lineNo: i + 1, json, value });
  });

  // Register the schema file under the TopicNameStrategy subject. The serde's
  // own autoRegisterSchemas does not take a schema: it derives one from the JS
  // value (avsc Type.forValue: record "Record1", longs as "float", nulls as
  // "null"), so we register the .avsc with the same client and endpoint
  // (POST /subjects/<topic>-value/versions?normalize=false) and pin the
  // serializer to the returned id.
  const client = newRegistryClient(args.registry);
  const subject = `${args.topic}-value`;
  const schemaId = await client.register(subject, { schemaType: 'AVRO', schema: schemaText }, false);

  const serializer = new AvroSerializer(client, SerdeType.VALUE, {
    autoRegisterSchemas: false,
    useSchemaId: schemaId,
    subjectNameStrategyType: SubjectNameStrategyType.TOPIC,
  });

  const payloads = [];
  for (const r of records) {
    let buf;
    try {
      buf = await serializer.serialize(args.topic, r.value);
    } catch (e) {
      throw new Error(`${args.input}:${r.lineNo}: ${e.message}`);
    }
    const key = r.json && typeof r.json === 'object' && r.json.id != null ? String(r.json.id) : null;
    payloads.push({ key, buf });
  }

  const kafka = newKafka(args.bootstrap, 'newsflow-js-interop-producer');
  await ensureTopic(kafka, args.topic);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const p of payloads) {
      const [meta] = await producer.send({
        topic: args.topic,
        acks: -1,
        messages: [{ key: p.key == null ? null : Buffer.from(p.key, 'utf8'), value: p.buf }],
      });
      process.stdout.write(`produced id=${wireSchemaId(p.buf)} offset=${meta.baseOffset}\n`);
    }
  } finally {
    await producer.disconnect();
  }
}

main().then(() => process.exit(0), fail);
