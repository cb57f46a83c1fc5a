package io.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry in memory, selected by {@code schema.registry.url=mock://<scope>}: every client of one scope
 * sees the same schemas. For TopologyTestDriver tests and other tests without a server. Applies BACKWARD
 * compatibility (the project's rule) on registration, answering 409 like a real registry.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final Map<String, InMemorySchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new ConcurrentHashMap<>();

    /** The shared registry of a scope, created on first use. */
    public static InMemorySchemaRegistryClient forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, key -> new InMemorySchemaRegistryClient());
    }

    /** Forgets a scope, so the next test starts with an empty registry. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.computeIfAbsent(subject, key -> new ArrayList<>());
        for (RegisteredSchema existing : versions) {
            if (existing.schema().equals(schema)) {
                return existing.id();
            }
        }
        if (!versions.isEmpty() && !isCompatible(subject, schema)) {
            throw new SchemaRegistryException("Schema being registered is incompatible with an earlier schema for subject \""
                    + subject + "\"", 409, 409, null);
        }
        int id = idFor(schema);
        versions.add(new RegisteredSchema(subject, id, versions.size() + 1, schema));
        return id;
    }

    @Override
    public synchronized int lookup(String subject, Schema schema) {
        return versionsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(v -> v.schema().equals(schema)).findFirst().map(RegisteredSchema::id)
                .orElseThrow(() -> new SchemaRegistryException("Schema not found under subject \"" + subject + "\"",
                        404, 40403, null));
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("Schema " + id + " not found", 404, 40403, null);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (versions.isEmpty()) {
            throw new SchemaRegistryException("Subject \"" + subject + "\" not found", 404, 40401, null);
        }
        return versions.get(versions.size() - 1);
    }

    /** BACKWARD: the new schema must be able to read data written with the latest one. */
    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (versions.isEmpty()) {
            return true;
        }
        Schema latest = versions.get(versions.size() - 1).schema();
        return SchemaCompatibility.checkReaderWriterCompatibility(schema, latest).getType()
                == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }

    @Override
    public void close() {
        // shared by the scope; dropScope forgets it
    }

    private int idFor(Schema schema) {
        for (Map.Entry<Integer, Schema> entry : schemasById.entrySet()) {
            if (entry.getValue().equals(schema)) {
                return entry.getKey();
            }
        }
        int id = schemasById.size() + 1;
        schemasById.put(id, schema);
        return id;
    }
}
