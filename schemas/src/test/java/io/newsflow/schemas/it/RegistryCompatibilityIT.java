package io.newsflow.schemas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.registry.RegistryConfig;
import io.newsflow.schemas.registry.RestSchemaRegistryClient;
import io.newsflow.schemas.registry.SchemaRegistryException;
import io.newsflow.stack.SharedStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** The evolution rule of the schemas README, checked against a real registry with BACKWARD compatibility. */
class RegistryCompatibilityIT {

    private final RestSchemaRegistryClient registry = new RestSchemaRegistryClient(
            RegistryConfig.from(Map.of(RegistryConfig.URL, SharedStack.get().registryUrl())));

    @Test
    void shouldAcceptANewOptionalFieldWithADefault() {
        String subject = "compat-ok-" + System.nanoTime() + "-value";
        int v1 = registry.register(subject, Article.getClassSchema());
        Schema v2 = withExtraField(Article.getClassSchema(), true);

        assertThat(registry.isCompatible(subject, v2)).isTrue();
        int id2 = registry.register(subject, v2);

        assertThat(id2).isNotEqualTo(v1);
        assertThat(registry.latest(subject).version()).isEqualTo(2);
        assertThat(registry.schemaById(id2)).isEqualTo(v2);
    }

    @Test
    void shouldRefuseARequiredFieldWithoutADefaultWith409() {
        String subject = "compat-bad-" + System.nanoTime() + "-value";
        registry.register(subject, Article.getClassSchema());
        Schema incompatible = withExtraField(Article.getClassSchema(), false);

        assertThat(registry.isCompatible(subject, incompatible)).isFalse();
        assertThatThrownBy(() -> registry.register(subject, incompatible))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(registry.latest(subject).version()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheSameIdWhenTheSameSchemaIsRegisteredAgain() {
        String subject = "compat-same-" + System.nanoTime() + "-value";
        int first = registry.register(subject, Article.getClassSchema());
        RestSchemaRegistryClient fresh = new RestSchemaRegistryClient(
                RegistryConfig.from(Map.of(RegistryConfig.URL, SharedStack.get().registryUrl())));

        assertThat(fresh.register(subject, Article.getClassSchema())).isEqualTo(first);
        assertThat(fresh.lookup(subject, Article.getClassSchema())).isEqualTo(first);
    }

    private static Schema withExtraField(Schema schema, boolean optional) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(optional
                ? new Schema.Field("wordCount", SchemaBuilder.builder().nullable().intType(), null, Schema.Field.NULL_DEFAULT_VALUE)
                : new Schema.Field("wordCount", SchemaBuilder.builder().intType(), null));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
