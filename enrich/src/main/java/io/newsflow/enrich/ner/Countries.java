package io.newsflow.enrich.ner;

/** The country names of {@code countries.txt}. */
final class Countries {

    static final NameList LIST = NameList.load("countries.txt");

    private Countries() {
    }
}
