package io.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushServerConfigTest {

    private final PushServerConfig defaults = PushServerConfig.onPort(8080);

    @Test
    void shouldDefaultToLoopbackFiveMegabytesFourWorkersAndNoAuth() {
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.bearerToken()).isEmpty();
        assertThat(defaults.maxBodyBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(defaults.defaultSource()).isEqualTo("http");
        assertThat(defaults.workerThreads()).isEqualTo(4);
    }

    @Test
    void shouldNameTheSettingThatIsInvalid() {
        assertThatThrownBy(() -> defaults.withHost(" ")).hasMessageContaining("host");
        assertThatThrownBy(() -> PushServerConfig.onPort(-1)).hasMessageContaining("port");
        assertThatThrownBy(() -> PushServerConfig.onPort(65_536)).hasMessageContaining("port");
        assertThatThrownBy(() -> defaults.withBearerToken("")).hasMessageContaining("bearerToken");
        assertThatThrownBy(() -> defaults.withBearerToken("two words")).hasMessageContaining("bearerToken");
        assertThatThrownBy(() -> defaults.withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> defaults.withDefaultSource("")).hasMessageContaining("defaultSource");
        assertThatThrownBy(() -> defaults.withWorkerThreads(0)).hasMessageContaining("workerThreads");
        assertThatThrownBy(() -> defaults.withRateLimit(-1)).hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> new PushServerConfig("127.0.0.1", 0, null, 1, "http", 1, 0))
                .hasMessageContaining("bearerToken");
    }

    @Test
    void shouldAcceptTheBoundaryValues() {
        PushServerConfig config = new PushServerConfig("localhost", 65_535, Optional.of("t"), 1, "s", 1, 0);

        assertThat(config.port()).isEqualTo(65_535);
        assertThat(PushServerConfig.onPort(0).port()).isZero();
    }

    @Test
    void shouldKeepTheTokenOutOfToString() {
        assertThat(defaults.withBearerToken("s3cret-token").toString())
                .doesNotContain("s3cret-token").contains("bearerToken=<set>");
        assertThat(defaults.toString()).contains("bearerToken=<none>");
    }
}
