package io.newsflow.ingest.hostile;

import static io.newsflow.ingest.hostile.HostileExpectations.FILES;
import static io.newsflow.ingest.hostile.HostileExpectations.READER_BUGS;
import static io.newsflow.ingest.hostile.HostileExpectations.assertClearRejection;
import static io.newsflow.ingest.hostile.HostileExpectations.assertValidArticle;
import static io.newsflow.ingest.hostile.HostileExpectations.describe;
import static io.newsflow.ingest.hostile.HostileExpectations.unlessKnownBug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newsflow.ingest.hostile.HostileCorpus.Accepted;
import io.newsflow.ingest.hostile.HostileCorpus.Processed;
import io.newsflow.ingest.hostile.HostileCorpus.Refused;
import io.newsflow.ingest.hostile.HostileCorpus.Result;
import io.newsflow.ingest.hostile.HostileExpectations.ArticleExpected;
import io.newsflow.ingest.hostile.HostileExpectations.Expectation;
import io.newsflow.ingest.hostile.HostileExpectations.ItemExpectation;
import io.newsflow.ingest.hostile.HostileExpectations.RejectionExpected;
import io.newsflow.ingest.reader.ArticleNormalizer;
import io.newsflow.ingest.reader.Input;
import io.newsflow.ingest.reader.Readers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile corpus file through the path every file, directory and stdin input takes in ingest, without Kafka:
 * {@link Readers} picks the reader by name and content, the reader makes items, {@link ArticleNormalizer} makes articles
 * of the parsed ones (as {@code KafkaIngestion.prepare} does). Nothing may escape; every item is a valid article or a
 * clear rejection that keeps its bytes; and each file gives what its row in {@link HostileExpectations#FILES} says.
 */
class HostileReadersTest {

    private static final int MAX_BODY_CHARS = ArticleNormalizer.DEFAULT_MAX_BODY_CHARS;

    private final Readers readers = new Readers(HostileCorpus.CLOCK);
    private final ArticleNormalizer normalizer = new ArticleNormalizer(MAX_BODY_CHARS);

    static List<String> corpusFiles() {
        return HostileCorpus.fileNames();
    }

    @Test
    void shouldHoldAtLeastFiftyFilesEachWithAnExpectationItsNameAgreesWith() {
        List<String> files = HostileCorpus.fileNames();

        assertThat(files).hasSizeGreaterThanOrEqualTo(50);
        assertThat(files).allSatisfy(file -> assertThat(file).matches(HostileCorpus.FILE_NAME));
        assertThat(new TreeSet<>(files)).isEqualTo(new TreeSet<>(FILES.keySet()));
        assertThat(READER_BUGS.keySet()).isSubsetOf(FILES.keySet());
        assertThat(HostileExpectations.PUSH_BUGS.keySet()).isSubsetOf(FILES.keySet());
        assertThat(files).allSatisfy(file -> {
            Expectation expected = FILES.get(file);
            switch (HostileCorpus.announcedOutcome(file)) {
                case "reject" -> assertThat(expected.items()).as(file).isNotEmpty().allMatch(RejectionExpected.class::isInstance);
                case "article" -> assertThat(expected.items()).as(file).singleElement().isInstanceOf(ArticleExpected.class);
                case "mixed" -> assertThat(expected.articles() > 0 && expected.refusals() > 0).as(file).isTrue();
                case "empty" -> assertThat(expected.items()).as(file).isEmpty();
                default -> fail("unknown outcome in " + file);
            }
        });
    }

    @Test
    void shouldListEveryCorpusFileInTheReadme() throws IOException {
        String readme = Files.readString(HostileCorpus.directory().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher names = Pattern.compile("`([a-z0-9]+--[a-z]+--[a-z0-9-]+\\.[a-z]+)`").matcher(readme);
        Set<String> listed = new TreeSet<>();
        while (names.find()) {
            listed.add(names.group(1));
        }

        assertThat(listed).isEqualTo(new TreeSet<>(HostileCorpus.fileNames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void shouldAnswerEveryCorpusFileWithValidArticlesOrClearRejectionsAsExpected(String file) throws Throwable {
        unlessKnownBug(READER_BUGS.get(file), () -> check(file));
    }

    private void check(String file) {
        byte[] bytes = HostileCorpus.bytes(file);
        Processed processed = read(new Input(file, bytes, HostileCorpus.DEFAULT_SOURCE));
        Expectation expected = FILES.get(file);

        assertThat(processed.format()).as("reader chosen for %s", file).isEqualTo(expectedFormat(file));
        assertThat(processed.results()).as("items of %s: %s, expected %s", file, summary(processed),
                describe(expected.items())).hasSameSizeAs(expected.items());
        for (int i = 0; i < expected.items().size(); i++) {
            Result result = processed.results().get(i);
            ItemExpectation item = expected.items().get(i);
            String where = file + " item " + i + " (" + item.description() + ")";
            if (item instanceof ArticleExpected article) {
                assertThat(result).as("%s, got %s", where, summary(result)).isInstanceOf(Accepted.class);
                assertValidArticle(((Accepted) result).article(), article.literalMarkup(), MAX_BODY_CHARS);
                article.check().accept(((Accepted) result).article());
            } else {
                assertThat(result).as("%s, got %s", where, summary(result)).isInstanceOf(Refused.class);
                Refused refused = (Refused) result;
                assertClearRejection(refused, bytes, reserialisesItems(processed));
                assertThat(((RejectionExpected) item).reason().test(refused.reason()))
                        .as("%s: reason was \"%s\"", where, refused.reason()).isTrue();
            }
        }
    }

    @Test
    void shouldRefuseAHundredThousandNestedArraysAtTheNestingLimitInBoundedMemory() {
        byte[] nested = HostileCorpus.nestedArrays(100_000);

        Measured<Processed> read = measured(() -> read(new Input("nested.json", nested, HostileCorpus.DEFAULT_SOURCE)));

        assertThat(read.value().results()).singleElement().isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).contains("nesting depth (1001) exceeds the maximum allowed (1000");
            assertThat(refused.payload()).isEqualTo(nested);
        });
        // the parser stops at depth 1001: it allocates about 1.5 MB here, whatever the depth of the input
        assertThat(read.allocatedBytes()).isLessThan(16L << 20);
    }

    @Test
    void shouldRefuseAHundredThousandNestedObjectsAtTheNestingLimit() {
        byte[] nested = HostileCorpus.nestedObjects(100_000);

        Processed processed = read(new Input("nested-objects.jsonl", nested, HostileCorpus.DEFAULT_SOURCE));

        assertThat(processed.results()).singleElement().isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("nesting depth (1001) exceeds the maximum allowed (1000"));
    }

    @Test
    void shouldRefuseATenMegabyteBodyByTheBodySizeLimitNamingTheLimit() {
        byte[] huge = HostileCorpus.articleWithBody(10 * 1024 * 1024);

        Measured<Processed> read = measured(() -> read(new Input("huge.json", huge, HostileCorpus.DEFAULT_SOURCE)));

        assertThat(read.value().results()).singleElement().isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).matches("body has \\d+ characters, more than the limit of " + MAX_BODY_CHARS);
            assertThat(refused.byReader()).isFalse();
            assertThat(refused.payload()).isSameAs(huge);
        });
        // a few copies of the 10 MB (parsed string, normaliser's work space: about 6 here), not an explosion
        assertThat(read.allocatedBytes()).isLessThan(12L * huge.length);
    }

    @Test
    void shouldRefuseXmlNestedAHundredThousandDeepAtTheDepthLimit() {
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>Deep</title><description>"
                + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</description></item></channel></rss>";
        byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);

        Measured<Processed> read = measured(() -> read(new Input("deep.xml", bytes, HostileCorpus.DEFAULT_SOURCE)));

        assertThat(read.value().results()).singleElement().isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).startsWith("feed is not well-formed XML").contains("exceeds the limit \"500\""));
        assertThat(read.allocatedBytes()).isLessThan(64L << 20);
    }

    @Test
    void shouldReadAHundredThousandJsonLinesAndRejectExactlyTheBrokenOnes() {
        int lines = 100_000;
        int brokenEvery = 97;
        byte[] bytes = HostileCorpus.manyJsonLines(lines, brokenEvery);

        Processed processed = read(new Input("many.jsonl", bytes, HostileCorpus.DEFAULT_SOURCE));

        int broken = HostileCorpus.brokenLines(lines, brokenEvery);
        assertThat(processed.results()).hasSize(lines);
        assertThat(processed.refused()).hasSize(broken);
        assertThat(processed.accepted()).hasSize(lines - broken);
        for (int i = 0; i < lines; i++) {
            boolean shouldBreak = (i + 1) % brokenEvery == 0;
            assertThat(processed.results().get(i)).as("line %d", i + 1).isInstanceOf(shouldBreak ? Refused.class : Accepted.class);
        }
        processed.refused().forEach(refused -> assertClearRejection(refused, bytes, false));
        processed.accepted().forEach(accepted -> assertValidArticle(accepted.article(), false, MAX_BODY_CHARS));
    }

    /** Reads an input; any exception escaping the reader or the normaliser fails the test, naming the input. */
    private Processed read(Input input) {
        try {
            return HostileCorpus.process(readers, normalizer, input);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("exception escaped while reading " + input.name() + ": " + e, e);
        }
    }

    /** The reader the file's name says it is for; "bin" files go wherever detection sends them. */
    private static String expectedFormat(String file) {
        return switch (file.split("--")[0]) {
            case "json", "jsonl", "ninjs" -> "jsonl";
            case "text" -> "text";
            case "atom" -> "atom";
            case "rss", "xml" -> "rss";
            default -> new Readers(HostileCorpus.CLOCK).detect(file, HostileCorpus.bytes(file));
        };
    }

    /** Feed entries and JSON array elements have no bytes of their own in the input: their serialised form is kept. */
    private static boolean reserialisesItems(Processed processed) {
        if (processed.format().equals("rss") || processed.format().equals("atom")) {
            return true;
        }
        String start = new String(processed.input().bytes(), 0, Math.min(64, processed.input().bytes().length), StandardCharsets.UTF_8);
        return start.replace("\uFEFF", "").stripLeading().startsWith("[");
    }

    private static String summary(Processed processed) {
        return processed.results().stream().map(HostileReadersTest::summary).collect(Collectors.joining("; ", "[", "]"));
    }

    private static String summary(Result result) {
        if (result instanceof Accepted accepted) {
            return "article \"" + HostileExpectations.escaped(accepted.article().getTitle()) + "\"";
        }
        return "rejected \"" + HostileExpectations.escaped(((Refused) result).reason()) + "\"";
    }

    private record Measured<T>(T value, long allocatedBytes) {
    }

    /** Bytes this thread allocated while computing the value (the JVM's per-thread allocation counter). */
    private static <T> Measured<T> measured(Supplier<T> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        T value = work.get();
        return new Measured<>(value, threads.getCurrentThreadAllocatedBytes() - before);
    }
}
