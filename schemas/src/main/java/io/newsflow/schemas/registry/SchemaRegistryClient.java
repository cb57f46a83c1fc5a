package io.newsflow.schemas.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry REST API that the serdes use. Implementations cache in both
 * directions (schema to id, id to schema), so each schema costs one request per process.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers the schema under the subject (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of a schema already registered under the subject; fails with 404 when it is not. */
    int lookup(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);

    /** The latest version registered under the subject. */
    RegisteredSchema latest(String subject);

    /** Whether the schema may be registered under the subject given the subject's compatibility level. */
    boolean isCompatible(String subject, Schema schema);

    @Override
    void close();
}
