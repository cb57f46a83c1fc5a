package io.newsflow.enrich.geo;

import io.newsflow.enrich.ner.NamedEntityTagger;
import io.newsflow.enrich.ner.NerMention;
import java.util.List;
import java.util.function.Function;

/**
 * Finds place names in a text. The default runs the CRF tagger and {@link ToponymSpotter}; an engine that has
 * already tagged the text (or a better recogniser) passes its mentions to {@link #fromNer(Function)} instead.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface LocationRecognizer {

    /** The place names of a text, in order, not overlapping. */
    List<LocationSpan> locate(String text);

    /** Stanford's CRF (the shared tagger) plus the gazetteer's checks and additions. */
    static LocationRecognizer crf() {
        return fromNer(NamedEntityTagger.shared()::mentions);
    }

    /** Any recogniser's labelled mentions (PERSON, ORGANIZATION, LOCATION) plus the gazetteer's checks and additions. */
    static LocationRecognizer fromNer(Function<String, List<NerMention>> recogniser) {
        ToponymSpotter spotter = ToponymSpotter.shared();
        return text -> spotter.spot(text, recogniser.apply(text));
    }
}
