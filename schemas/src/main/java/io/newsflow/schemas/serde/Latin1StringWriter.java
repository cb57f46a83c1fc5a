package io.newsflow.schemas.serde;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.Utf8;

/**
 * The specific datum writer with a faster way to a long string's UTF-8 bytes when it is Latin-1 text (see
 * {@link Latin1}); the bytes written are the same. Short strings and any other text take Avro's own path.
 */
final class Latin1StringWriter<D> extends SpecificDatumWriter<D> {

    /** Below this the plain encoder is as fast: the checks cost about what they save. */
    private static final int FAST_FROM_CHARS = 64;

    Latin1StringWriter(Schema schema) {
        super(schema);
    }

    @Override
    protected void writeString(Schema schema, Object datum, Encoder out) throws IOException {
        if (datum instanceof String text && text.length() >= FAST_FROM_CHARS) {
            byte[] latin1 = Latin1.bytesOrNull(text);
            if (latin1 != null) {
                out.writeString(new Utf8(Latin1.toUtf8(latin1)));
                return;
            }
        }
        super.writeString(schema, datum, out);
    }
}
