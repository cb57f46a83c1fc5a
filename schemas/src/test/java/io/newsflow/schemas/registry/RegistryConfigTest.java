package io.newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryConfigTest {

    @Test
    void shouldNameTheMissingKey() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldRefuseSomethingThatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of(RegistryConfig.URL, "localhost:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldRefuseUserInfoWithoutAPassword() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of(RegistryConfig.URL, "http://r:8081",
                RegistryConfig.CREDENTIALS_SOURCE, "USER_INFO", RegistryConfig.USER_INFO, "fred")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void shouldRefuseAnUnknownCredentialsSource() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of(RegistryConfig.URL, "http://r:8081",
                RegistryConfig.CREDENTIALS_SOURCE, "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.credentials.source");
    }

    @Test
    void shouldSplitSeveralUrlsAndDropTrailingSlashes() {
        RegistryConfig config = RegistryConfig.from(Map.of(RegistryConfig.URL,
                "http://a:8081/apis/ccompat/v7/, http://b:8081"));

        assertThat(config.urls()).containsExactly("http://a:8081/apis/ccompat/v7", "http://b:8081");
        assertThat(config.authorization()).isEmpty();
    }

    @Test
    void shouldRefuseANonNumericTimeout() {
        assertThatThrownBy(() -> RegistryConfig.from(Map.of(RegistryConfig.URL, "http://r:8081",
                RegistryConfig.TIMEOUT_MS, "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(RegistryConfig.TIMEOUT_MS);
    }
}
