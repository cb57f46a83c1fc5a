package io.newsflow.ingest.reader;

/** What a reader made of one item of an input: an article, or the reason it is not one, with its bytes. */
public sealed interface Item permits Item.Parsed, Item.Broken {

    /** The item's original bytes (a line, an entry, a whole file). */
    byte[] payload();

    /** The mapping's article, or the reason it refused, with the item's bytes either way. */
    static Item of(byte[] payload, java.util.function.Supplier<RawArticle> mapping) {
        try {
            return new Parsed(mapping.get(), payload);
        } catch (InvalidArticleException e) {
            return Broken.of(e.getMessage(), e, payload);
        }
    }

    record Parsed(RawArticle article, byte[] payload) implements Item {
    }

    record Broken(String reason, String errorClass, byte[] payload) implements Item {

        public static Broken of(String reason, Throwable error, byte[] payload) {
            return new Broken(reason, error == null ? InvalidArticleException.class.getName() : error.getClass().getName(), payload);
        }
    }
}
