package io.newsflow.enrich.ner;

/** The classes of the CRF model the engine uses (CoreNLP's 3-class model: person, organisation, location). */
public enum NerLabel {
    PERSON, ORGANIZATION, LOCATION;

    /** CoreNLP's tag for a token, or null for "O" and any class the engine does not use. */
    static NerLabel ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION" -> LOCATION;
            default -> null;
        };
    }
}
