package io.newsflow.runner;

import io.newsflow.enrich.eval.GeoEvaluation;
import io.newsflow.enrich.eval.NerEvaluation;
import io.newsflow.enrich.eval.SentimentEvaluation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The engine's quality on gold data; metric definitions in enrich/README.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        subcommands = {EvalCommand.Ner.class, EvalCommand.Geo.class, EvalCommand.Sentiment.class},
        description = {"Scores the enrichment engine on a gold file and prints per-type detail, then one summary line.", ""})
final class EvalCommand {

    private EvalCommand() {
    }

    /** One gold file in, the evaluation's report out; the file is checked before any model loads. */
    abstract static class FileEvaluation implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            evaluate(readable(file), System.out);
            return 0;
        }

        abstract void evaluate(Path input, PrintStream out) throws Exception;
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entities on a CoNLL-style IOB file: exact span and type, micro-averaged over PER, ORG, LOC. "
                    + "Last line: ner f1=…")
    static final class Ner extends FileEvaluation {
        @Override
        void evaluate(Path input, PrintStream out) throws Exception {
            NerEvaluation.standard().evaluate(input).print(out);
        }
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Places on an LGL or GeoVirus XML file: recognition F1 by span overlap, resolution error in km. "
                    + "Last line: geo f1=… acc161=… auc=… mean_km=…")
    static final class Geo extends FileEvaluation {
        @Override
        void evaluate(Path input, PrintStream out) throws Exception {
            GeoEvaluation.engine().evaluate(input).print(out);
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = "Tone on a TSV file (id, mean rating −4…4, sentence): Pearson r and macro F1 over three classes. "
                    + "Last line: sentiment r=… f1=…")
    static final class Sentiment extends FileEvaluation {
        @Override
        void evaluate(Path input, PrintStream out) throws Exception {
            new SentimentEvaluation().evaluate(input).print(out);
        }
    }

    private static Path readable(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return file;
    }
}
