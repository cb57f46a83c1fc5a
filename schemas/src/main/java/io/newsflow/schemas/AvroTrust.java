package io.newsflow.schemas;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes (deserializing, deep-copying builders) from packages it
 * does not trust. Every entry point calls this once, so no service needs
 * {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}; {@link io.newsflow.schemas.serde.NewsSerdes} calls it too.
 */
public final class AvroTrust {

    private static final String GENERATED_PACKAGE = "io.newsflow.schemas.avro.";
    private static boolean installed;

    private AvroTrust() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate ours = type -> type.getName().startsWith(GENERATED_PACKAGE);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
