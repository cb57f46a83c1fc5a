package io.newsflow.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Plain JSON (what people type) to Avro generic data for a schema: unions take the first branch that fits,
 * timestamp-millis take epoch millis or ISO-8601, bytes take a string. Missing fields take their defaults.
 */
final class JsonAvro {

    private JsonAvro() {
    }

    static GenericRecord record(JsonNode json, Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("value schema " + schema.getFullName() + " is not a record");
        }
        return (GenericRecord) convert(json, schema, schema.getName());
    }

    private static Object convert(JsonNode json, Schema schema, String path) {
        switch (schema.getType()) {
            case NULL:
                return requireNull(json, path);
            case UNION:
                return union(json, schema, path);
            case RECORD:
                return recordOf(json, schema, path);
            case ARRAY:
                return array(json, schema, path);
            case MAP:
                return map(json, schema, path);
            case ENUM:
                return enumOf(json, schema, path);
            case STRING:
                return expect(json.isTextual(), json, "a string", path).asText();
            case BYTES:
                return ByteBuffer.wrap(expect(json.isTextual(), json, "a string", path).asText().getBytes(StandardCharsets.UTF_8));
            case BOOLEAN:
                return expect(json.isBoolean(), json, "true or false", path).asBoolean();
            case INT:
                return expect(json.canConvertToInt(), json, "an int", path).asInt();
            case LONG:
                return longOf(json, schema.getLogicalType(), path);
            case FLOAT:
                return (float) expect(json.isNumber(), json, "a number", path).asDouble();
            case DOUBLE:
                return expect(json.isNumber(), json, "a number", path).asDouble();
            default:
                throw new IllegalArgumentException(path + ": unsupported Avro type " + schema.getType());
        }
    }

    private static Object requireNull(JsonNode json, String path) {
        expect(json == null || json.isNull(), json, "null", path);
        return null;
    }

    private static Object union(JsonNode json, Schema schema, String path) {
        List<String> problems = new ArrayList<>();
        for (Schema branch : schema.getTypes()) {
            try {
                return convert(json, branch, path);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        throw new IllegalArgumentException(path + ": fits no branch of " + schema + " " + problems);
    }

    private static GenericRecord recordOf(JsonNode json, Schema schema, String path) {
        expect(json.isObject(), json, "an object", path);
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = json.get(field.name());
            if (value == null) {
                if (!field.hasDefaultValue()) {
                    throw new IllegalArgumentException(path + "." + field.name() + ": required field is missing");
                }
                record.put(field.pos(), GenericData.get().getDefaultValue(field));
            } else {
                record.put(field.pos(), convert(value, field.schema(), path + "." + field.name()));
            }
        }
        return record;
    }

    private static List<Object> array(JsonNode json, Schema schema, String path) {
        expect(json.isArray(), json, "an array", path);
        List<Object> items = new ArrayList<>();
        json.forEach(item -> items.add(convert(item, schema.getElementType(), path + "[]")));
        return items;
    }

    private static Map<String, Object> map(JsonNode json, Schema schema, String path) {
        expect(json.isObject(), json, "an object", path);
        Map<String, Object> map = new HashMap<>();
        json.fields().forEachRemaining(e -> map.put(e.getKey(), convert(e.getValue(), schema.getValueType(), path + "." + e.getKey())));
        return map;
    }

    private static Object enumOf(JsonNode json, Schema schema, String path) {
        expect(json.isTextual() && schema.hasEnumSymbol(json.asText()), json, "one of " + schema.getEnumSymbols(), path);
        return new GenericData.EnumSymbol(schema, json.asText());
    }

    private static long longOf(JsonNode json, LogicalType logical, String path) {
        if (json.isTextual() && logical instanceof LogicalTypes.TimestampMillis) {
            try {
                return Instant.parse(json.asText()).toEpochMilli();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(path + ": \"" + json.asText() + "\" is not an ISO-8601 instant", e);
            }
        }
        return expect(json.canConvertToLong(), json, "a whole number", path).asLong();
    }

    private static JsonNode expect(boolean ok, JsonNode json, String what, String path) {
        if (!ok) {
            throw new IllegalArgumentException(path + ": expected " + what + ", got " + json);
        }
        return json;
    }
}
