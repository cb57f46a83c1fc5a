package io.newsflow.enrich.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels the repeats of a name that the CRF left unlabelled (headlines in capitals, a surname at the start of
 * a sentence, a name in a list) with the name's majority label in the document; see
 * {@link UnlabelledRepeats} for when a repeat counts. A name the CRF left unlabelled more often than it
 * labelled it is not spread: there the one label is the likelier mistake (an event such as "Wimbledon" is
 * neither person, organisation nor place, and the CRF says so most of the time).
 */
final class LabelRepeats implements RefinementStep {

    @Override
    public String name() {
        return "label-repeats";
    }

    @Override
    public void apply(TaggedDocument document) {
        LabelVotes votes = LabelVotes.of(document);
        UnlabelledRepeats finder = new UnlabelledRepeats(document);
        Map<String, Integer> labelled = new HashMap<>();
        for (TokenSpan span : document.spans()) {
            String key = Words.key(document, span.from(), span.to());
            NerLabel majority = votes.majority(key);
            if (majority != null) {
                finder.add(span.from(), span.to(), majority);
                labelled.merge(key, 1, Integer::sum);
            }
        }
        List<UnlabelledRepeats.Repeat> repeats = finder.find();
        Map<String, Integer> unlabelled = new HashMap<>();
        repeats.forEach(r -> unlabelled.merge(r.key(), 1, Integer::sum));
        for (UnlabelledRepeats.Repeat r : repeats) {
            if (labelled.get(r.key()) >= unlabelled.get(r.key())) {
                document.label(r.from(), r.to(), r.label());
            }
        }
    }
}
