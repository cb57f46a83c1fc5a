#!/usr/bin/env node
// Read Confluent-wire-format Avro values from a topic with kafkajs and decode
// them with Confluent's JavaScript serde (@confluentinc/schemaregistry
// AvroDeserializer); print each as one line of plain JSON.
//
// usage: node consume.mjs --bootstrap HOST:PORT --registry URL --topic T
//                         --count N [--timeout-ms 30000]
//
// Exit 0 after N records; exit 1 with a message on stderr when fewer than N
// arrive within the timeout, or on any error.

import { randomUUID } from 'node:crypto';
import { AvroDeserializer, SerdeType } from '@confluentinc/schemaregistry';
import {
  fail, newKafka, newRegistryClient, parseArgs, SubjectNameStrategyType, toPlainJson, wireSchemaId,
} from './lib.mjs';

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    bootstrap: { required: true },
    registry: { required: true },
    topic: { required: true },
    count: { required: true },
    'timeout-ms': { default: '30000' },
  });
  const count = Number(args.count);
  const timeoutMs = Number(args['timeout-ms']);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a non-negative integer: ${args.count}`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`--timeout-ms must be positive: ${args['timeout-ms']}`);
  if (count === 0) return;

  const client = newRegistryClient(args.registry);
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {
    subjectNameStrategyType: SubjectNameStrategyType.TOPIC,
  });
  const subject = `${args.topic}-value`;

  const kafka = newKafka(args.bootstrap, 'newsflow-js-interop-consumer');
  const consumer = kafka.consumer({ groupId: `newsflow-js-interop-${randomUUID()}` });

  let seen = 0;
  let done;
  let failed;
  const finished = new Promise((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  finished.catch(() => {}); // handled by the await below; avoid an early unhandled rejection
  // Covers connecting and joining too: on expiry report and exit at once.
  const timer = setTimeout(
    () => fail(new Error(`read ${seen} of ${count} records from ${args.topic} within ${timeoutMs} ms`)),
    timeoutMs,
  );

  // Wait (within the timeout) for the topic to exist with a leader for every
  // partition, so the script may be started before the producer has run.
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (;;) {
      if ((await admin.listTopics()).includes(args.topic)) {
        try {
          const md = await admin.fetchTopicMetadata({ topics: [args.topic] });
          const parts = md.topics[0]?.partitions ?? [];
          if (parts.length > 0 && parts.every((p) => p.leader >= 0)) break;
        } catch {
          // metadata not ready yet
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await admin.disconnect();
  }

  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [args.topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        if (seen >= count) return;
        try {
          let line;
          if (message.value == null || message.value.length === 0) {
            line = 'null';
          } else {
            const decoded = await deserializer.deserialize(args.topic, message.value);
            // The writer schema, as the deserializer fetched and parsed it (both cached).
            const info = await client.getBySubjectAndId(subject, wireSchemaId(message.value));
            const [writerType] = await deserializer.toType(info);
            line = JSON.stringify(toPlainJson(writerType, decoded));
          }
          seen++;
          process.stdout.write(`${line}\n`);
          if (seen >= count) done();
        } catch (e) {
          failed(new Error(`offset ${message.offset}: ${e.message}`));
        }
      },
    });
    await finished;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect().catch(() => {});
  }
}

main().then(() => process.exit(0), fail);
