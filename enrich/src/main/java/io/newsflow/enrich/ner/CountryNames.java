package io.newsflow.enrich.ner;

/**
 * Labels country names LOCATION: mentions of a country the CRF called a person or an organisation (a
 * national team in a headline, "PANAMA", is still a place in CoNLL-style annotation; the engine passes it on
 * to the geo resolver), and capitalised country names it left unlabelled. A person who shares a country's
 * name (Neil Jordan) is put back by {@link PersonShortNames}, which runs later.
 */
final class CountryNames implements RefinementStep {

    @Override
    public String name() {
        return "country-names";
    }

    @Override
    public void apply(TaggedDocument document) {
        for (TokenSpan span : document.spans()) {
            if (span.label() != NerLabel.LOCATION && Countries.LIST.contains(document, span.from(), span.to())) {
                document.label(span.from(), span.to(), NerLabel.LOCATION);
            }
        }
        UnlabelledRepeats repeats = new UnlabelledRepeats(document);
        repeats.addList(Countries.LIST, NerLabel.LOCATION);
        repeats.labelAll();
    }
}
