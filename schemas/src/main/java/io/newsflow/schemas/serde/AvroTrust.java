package io.newsflow.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it does not trust. Trusting our own
 * generated package here means no service needs {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}.
 */
final class AvroTrust {

    private static final String GENERATED_PACKAGE = "io.newsflow.schemas.avro.";
    private static boolean installed;

    private AvroTrust() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate ours = type -> type.getName().startsWith(GENERATED_PACKAGE);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
