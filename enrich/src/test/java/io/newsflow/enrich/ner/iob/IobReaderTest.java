package io.newsflow.enrich.ner.iob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IobReaderTest {

    private static final String FILE = """
            -DOCSTART- -X- -X- O

            Kent NNP B-NP B-ORG
            beat VBD B-VP O
            Somerset NNP B-NP B-ORG
            . . O O

            LONDON NNP B-NP B-LOC

            -DOCSTART- -X- -X- O

            Chris NNP B-NP B-PER
            Garver NNP I-NP I-PER
            """;

    @Test
    void shouldSplitDocumentsAtDocstartAndSentencesAtBlankLines() throws Exception {
        List<IobDocument> documents = IobReader.read(new StringReader(FILE));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).words()).containsExactly(List.of("Kent", "beat", "Somerset", "."),
                List.of("LONDON"));
        assertThat(documents.get(1).sentences()).containsExactly(
                new IobSentence(List.of("Chris", "Garver"), List.of("B-PER", "I-PER")));
    }

    @Test
    void shouldTakeTheLastColumnAsTheTagAndCountTokensOverTheDocument() throws Exception {
        IobDocument first = IobReader.read(new StringReader(FILE)).get(0);

        assertThat(first.tags()).containsExactly("B-ORG", "O", "B-ORG", "O", "B-LOC");
        assertThat(first.tokenCount()).isEqualTo(5);
        assertThat(first.entities()).containsExactly(new EntitySpan(0, 1, "ORG"), new EntitySpan(2, 3, "ORG"),
                new EntitySpan(4, 5, "LOC"));
    }

    @Test
    void shouldReadAFileWithoutDocstartOrFinalBlankLine() throws Exception {
        List<IobDocument> documents = IobReader.read(new StringReader("Paris B-LOC\nis O"));

        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).entities()).containsExactly(new EntitySpan(0, 1, "LOC"));
    }
}
