package io.newsflow.schemas.registry;

import org.apache.avro.Schema;

/** A schema as the registry knows it under a subject. */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
