package io.newsflow.runner;

import io.newsflow.enrich.eval.GeoEvaluation;
import io.newsflow.enrich.eval.NerEvaluation;
import io.newsflow.enrich.eval.SentimentEvaluation;
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

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entities on a CoNLL-style IOB file: exact span and type, micro-averaged over PER, ORG, LOC. "
                    + "Last line: ner f1=…")
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.iob")
        Path file;

        @Override
        public Integer call() throws Exception {
            Path input = readable(file); // before the model loads: a typo fails at once
            NerEvaluation.standard().evaluate(input).print(System.out);
            return 0;
        }
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Places on an LGL or GeoVirus XML file: recognition F1 by span overlap, resolution error in km. "
                    + "Last line: geo f1=… acc161=… auc=… mean_km=…")
    static final class Geo implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.xml")
        Path file;

        @Override
        public Integer call() throws Exception {
            Path input = readable(file);
            GeoEvaluation.engine().evaluate(input).print(System.out);
            return 0;
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = "Tone on a TSV file (id, mean rating −4…4, sentence): Pearson r and macro F1 over three classes. "
                    + "Last line: sentiment r=… f1=…")
    static final class Sentiment implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.tsv")
        Path file;

        @Override
        public Integer call() throws Exception {
            Path input = readable(file);
            new SentimentEvaluation().evaluate(input).print(System.out);
            return 0;
        }
    }

    private static Path readable(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return file;
    }
}
