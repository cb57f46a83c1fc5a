package io.newsflow.enrich.eval;

import io.newsflow.enrich.geo.LocationSpan;
import io.newsflow.enrich.geo.PlaceResolver;
import io.newsflow.enrich.geo.ResolvedPlace;
import io.newsflow.enrich.geo.ToponymSpotter;
import io.newsflow.enrich.ner.EntityExtractor;
import io.newsflow.enrich.ner.NamedEntityTagger;
import io.newsflow.enrich.ner.NerMention;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code newsflow eval geo FILE.xml}: recognises and resolves the place names of an LGL or GeoVirus gold corpus
 * and scores them as /work/shared/eval/README.md defines. Also resolves the gold spans themselves, which tells
 * recognition errors from resolution errors. The last line printed is
 * {@code geo f1=0.NNNN acc161=0.NNNN auc=0.NNNN mean_km=N}.
 *
 * <p>A predicted mention is a place-name span the engine reports ({@code Location.offsets}). Demonyms
 * ("Russian") are not: the engine counts them apart ({@code demonymMentions}), so they are not scored, whatever
 * the corpus annotates (LGL marks some as toponyms, GeoVirus does not). One rule for every corpus.
 */
public final class GeoEvaluation {

    private final Function<String, List<NerMention>> recogniser;
    private final ToponymSpotter spotter;
    private final PlaceResolver resolver;

    public GeoEvaluation(Function<String, List<NerMention>> recogniser, ToponymSpotter spotter,
                         PlaceResolver resolver) {
        this.recogniser = recogniser;
        this.spotter = spotter;
        this.resolver = resolver;
    }

    /** As the engine runs: the refined entity mentions (CRF plus document-level steps), spotter, resolver. */
    public static GeoEvaluation engine() {
        return new GeoEvaluation(text -> EntityExtractor.shared().extract(text, 0).mentions(), ToponymSpotter.shared(),
                PlaceResolver.shared());
    }

    /** The CRF tagger's mentions alone, for comparison with {@link #engine()}. */
    public static GeoEvaluation crf() {
        return new GeoEvaluation(NamedEntityTagger.shared()::mentions, ToponymSpotter.shared(), PlaceResolver.shared());
    }

    /**
     * The scores of one corpus.
     *
     * @param engine    recognition and resolution by the engine
     * @param goldSpans resolution of the gold spans (recognition is perfect by construction)
     * @param nerNanos  time in the recogniser
     * @param geoNanos  time in spotting and resolution
     */
    public record Report(String name, GeoCorpus.Format format, int articles, GeoScore engine, GeoScore goldSpans,
                         long nerNanos, long geoNanos) {

        /** Per-type detail, then the summary line last. */
        public void print(PrintStream out) {
            ReportPrinter.print(this, out);
        }

        public String summaryLine() {
            ResolutionScore r = engine.resolution();
            return String.format(Locale.ROOT, "geo f1=%.4f acc161=%.4f auc=%.4f mean_km=%d",
                    engine.f1(), r.accuracyAt161(), r.auc(), Math.round(r.meanKm()));
        }
    }

    public Report evaluate(Path xml) throws IOException {
        return evaluate(GeoCorpus.read(xml), xml.getFileName().toString());
    }

    public Report evaluate(GeoCorpus corpus, String name) {
        warmUp();
        GeoScore engine = new GeoScore();
        GeoScore goldSpans = new GeoScore();
        long nerNanos = 0;
        long geoNanos = 0;
        for (GeoCorpus.Article article : corpus.articles()) {
            long t0 = System.nanoTime();
            List<NerMention> mentions = recogniser.apply(article.text());
            long t1 = System.nanoTime();
            List<ResolvedPlace> places = resolver.resolve(article.text(), spotter.spot(article.text(), mentions));
            geoNanos += System.nanoTime() - t1;
            nerNanos += t1 - t0;
            engine.add(predictions(places), article.toponyms());
            goldSpans.add(predictions(resolver.resolve(article.text(), givenSpans(article))),
                    article.toponyms());
        }
        return new Report(name, corpus.format(), corpus.articles().size(), engine, goldSpans, nerNanos, geoNanos);
    }

    /** Loads the tagger's model and the gazetteer before the clock runs: the speed line is per article. */
    private void warmUp() {
        String text = "Officials in Paris said.";
        resolver.resolve(text, spotter.spot(text, recogniser.apply(text)));
    }

    private static List<LocationSpan> givenSpans(GeoCorpus.Article article) {
        List<LocationSpan> spans = new ArrayList<>();
        for (GeoCorpus.Toponym t : article.toponyms()) {
            if (t.start() >= 0 && t.end() <= article.text().length() && t.start() < t.end()) {
                spans.add(new LocationSpan(t.start(), t.end(), article.text().substring(t.start(), t.end()),
                        LocationSpan.Source.GIVEN));
            }
        }
        return spans;
    }

    static List<GeoScore.Prediction> predictions(List<ResolvedPlace> places) {
        List<GeoScore.Prediction> out = new ArrayList<>();
        for (ResolvedPlace place : places) {
            String featureClass = place.resolved() ? place.featureClass().name() : "UNRESOLVED";
            for (LocationSpan span : place.offsets()) {
                out.add(new GeoScore.Prediction(span.start(), span.end(), place.latitude(), place.longitude(),
                        span.source().name(), featureClass));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GeoEvaluation FILE.xml [--crf]   (LGL or GeoVirus format)");
            System.exit(2);
        }
        (List.of(args).contains("--crf") ? crf() : engine()).evaluate(Path.of(args[0])).print(System.out);
    }

    /** The report's text: one block per breakdown. */
    private static final class ReportPrinter {

        static void print(Report r, PrintStream out) {
            GeoScore e = r.engine();
            out.printf(Locale.ROOT, "geo eval %s: %s format, %d articles, %d gold toponyms%n",
                    r.name(), r.format(), r.articles(), e.gold());
            out.printf(Locale.ROOT, "recognition  predicted=%d correct=%d P=%.4f R=%.4f F1=%.4f%n",
                    e.predicted(), e.correct(), e.precision(), e.recall(), e.f1());
            for (Map.Entry<String, int[]> s : e.bySource().entrySet()) {
                int[] c = s.getValue();
                out.printf(Locale.ROOT, "  source %-11s predicted=%5d correct=%5d precision=%.4f%n", s.getKey(),
                        c[0], c[1], c[0] == 0 ? 0 : (double) c[1] / c[0]);
            }
            resolution(out, "resolution of recognised toponyms", e.resolution());
            for (Map.Entry<String, ResolutionScore> c : e.byPredictedClass().entrySet()) {
                resolution(out, "  predicted " + c.getKey(), c.getValue());
            }
            types(out, "engine", e);
            GeoScore g = r.goldSpans();
            resolution(out, "resolution of gold spans", g.resolution());
            for (Map.Entry<String, ResolutionScore> c : g.byPredictedClass().entrySet()) {
                resolution(out, "  predicted " + c.getKey(), c.getValue());
            }
            types(out, "gold spans", g);
            double nerMs = r.nerNanos() / 1e6 / Math.max(1, r.articles());
            double geoMs = r.geoNanos() / 1e6 / Math.max(1, r.articles());
            out.printf(Locale.ROOT, "speed  recogniser %.2f ms/article, spotting+resolution %.3f ms/article (%.1f%% of it)%n",
                    nerMs, geoMs, nerMs == 0 ? 0 : 100 * geoMs / nerMs);
            out.println(r.summaryLine());
        }

        private static void resolution(PrintStream out, String label, ResolutionScore s) {
            out.printf(Locale.ROOT, "%-36s n=%5d acc161=%.4f auc=%.4f mean_km=%d%n", label, s.count(),
                    s.accuracyAt161(), s.auc(), Math.round(s.meanKm()));
        }

        private static void types(PrintStream out, String label, GeoScore score) {
            for (Map.Entry<String, GeoScore.TypeCounts> t : score.byGoldType().entrySet()) {
                GeoScore.TypeCounts c = t.getValue();
                ResolutionScore s = c.resolution();
                out.printf(Locale.ROOT, "  %s gold %-9s gold=%5d recall=%.4f resolved n=%5d acc161=%.4f mean_km=%d%n",
                        label, t.getKey(), c.gold(), c.gold() == 0 ? 0 : (double) c.found() / c.gold(), s.count(),
                        s.accuracyAt161(), Math.round(s.meanKm()));
            }
        }
    }
}
