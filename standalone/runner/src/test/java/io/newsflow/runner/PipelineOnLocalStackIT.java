package io.newsflow.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.stack.LocalStack;
import io.newsflow.stack.SharedStack;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PipelineScenario} on the project's own local stack (a real KRaft broker and Apicurio registry as child
 * processes, shared by the integration tests of this JVM): what CI, which has no Docker, really runs.
 */
class PipelineOnLocalStackIT {

    @Test
    void shouldCarryEveryArticleThroughIngestEnrichAndSinkExactlyOnce(@TempDir Path dir) throws Exception {
        LocalStack stack = SharedStack.get();
        stack.ensureTopics(StackLauncher.catalogTopics());

        PipelineScenario.Outcome outcome = new PipelineScenario(stack.bootstrapServers(), stack.registryUrl()).run(dir);

        assertThat(outcome.articles()).isEqualTo(PipelineScenario.ARTICLES);
        System.out.println("PipelineOnLocalStackIT: " + outcome);
    }
}
