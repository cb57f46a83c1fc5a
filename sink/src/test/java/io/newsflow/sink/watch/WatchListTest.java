package io.newsflow.sink.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadRulesWithTheirOwnOrTheDefaultThreshold() throws Exception {
        WatchList list = WatchList.load(file("{\"rules\": [{\"name\": \"iraq\", \"countries\": [\"iq\"], \"maxScore\": -0.2},"
                + " {\"name\": \"people\", \"entities\": [\"Qassem  Soléimani\"]}]}"), -0.3);

        assertThat(list.rules()).extracting(WatchRule::name).containsExactly("iraq", "people");
        assertThat(list.rules().get(0).countries()).containsExactly("IQ");
        assertThat(list.rules().get(0).maxScore()).isEqualTo(-0.2);
        assertThat(list.rules().get(1).entityNames()).containsExactly("qassem soleimani");
        assertThat(list.rules().get(1).maxScore()).isEqualTo(-0.3);
    }

    @Test
    void shouldNameTheRuleAndTheProblemOfAnUnusableFile() throws Exception {
        assertThatThrownBy(() -> WatchList.load(file("{\"rules\": [{\"name\": \"x\"}]}"), -0.3))
                .hasMessageContaining("rule 1 (x)").hasMessageContaining("needs at least one of");
        assertThatThrownBy(() -> WatchList.load(file("{\"rules\": [{\"name\": \"x\", \"countries\": [\"Iraq\"]}]}"), -0.3))
                .hasMessageContaining("\"Iraq\" is not an ISO 3166-1 alpha-2 code");
        assertThatThrownBy(() -> WatchList.load(file("{\"rules\": [{\"name\": \"x\", \"countries\": [\"IQ\"], \"maxScore\": 3}]}"), -0.3))
                .hasMessageContaining("\"maxScore\" must be a number from -1 to 1");
        assertThatThrownBy(() -> WatchList.load(file("{\"rules\": [{\"name\": \"x\", \"countries\": [\"IQ\"]},"
                + " {\"name\": \"x\", \"countries\": [\"IR\"]}]}"), -0.3)).hasMessageContaining("\"x\" is used twice");
        assertThatThrownBy(() -> WatchList.load(file("[1, 2]"), -0.3)).hasMessageContaining("expected {\"rules\": [ … ]}");
        assertThatThrownBy(() -> WatchList.load(file("{\"rules\": [ {"), -0.3)).hasMessageContaining("cannot read the watch-list");
        assertThatThrownBy(() -> WatchList.load(dir.resolve("missing.json"), -0.3)).hasMessageContaining("missing.json");
    }

    private Path file(String json) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "rules", ".json"), json);
    }
}
