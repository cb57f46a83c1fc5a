package io.newsflow.schemas.registry;

/** Creates the registry client a configuration asks for. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient create(RegistryConfig config) {
        if (config.isMock()) {
            return InMemorySchemaRegistryClient.forScope(config.urls().get(0).substring(RegistryConfig.MOCK_SCHEME.length()));
        }
        return new RestSchemaRegistryClient(config);
    }
}
