package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandIT {

    @Test
    void shouldEnrichEverySampleAndExitWithOnce(@TempDir Path dir) throws Exception {
        try (RunnerProcess demo = RunnerProcess.start(List.of("demo", "--once", "--data-dir", dir.resolve("demo").toString()),
                dir.resolve("demo.err"))) {
            int exit = demo.waitFor(240);

            assertThat(exit).as(String.join("\n", demo.lines()) + Files.readString(dir.resolve("demo.err"))).isZero();
            assertThat(demo.lines())
                    .anySatisfy(l -> assertThat(l).startsWith("Iranian General Soleimani 'present on Mosul operation front line' | entities:"))
                    .contains("done: every sample article is in news.articles.enriched");
            assertThat(demo.lines().stream().filter(l -> l.contains(" | entities: "))).hasSizeGreaterThanOrEqualTo(20);
        }
    }
}
