package io.newsflow.enrich.ner;

/**
 * Gives every mention of a name the label the name carries most often in the document. The CRF decides
 * each sentence alone, so one name can come out as PERSON in one sentence and LOCATION in the next; within
 * one article a name nearly always means one thing, and the majority is right more often than any single
 * decision. Ties are left alone.
 */
final class MajorityLabel implements RefinementStep {

    @Override
    public String name() {
        return "majority-label";
    }

    @Override
    public void apply(TaggedDocument document) {
        LabelVotes votes = LabelVotes.of(document);
        for (TokenSpan span : document.spans()) {
            NerLabel majority = votes.majority(Words.key(document, span.from(), span.to()));
            if (majority != null && majority != span.label()) {
                document.label(span.from(), span.to(), majority);
            }
        }
    }
}
