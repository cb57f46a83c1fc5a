package io.newsflow.enrich.ner;

/**
 * One document-level correction of the CRF's labels. The CRF labels each sentence on its own evidence; a
 * step looks at the whole document (how a name is labelled elsewhere, which longer names it belongs to,
 * what kind of text it is) and changes labels in place. Steps are stateless and thread-safe.
 */
public interface RefinementStep {

    /** A short name for logs and evaluation output. */
    String name();

    void apply(TaggedDocument document);
}
