package io.newsflow.ingest.pipeline;

/** An item made ready to send: an encoded article with its id, or a rejection with the original bytes. */
record Prepared(int index, String id, String source, byte[] payload, String rejectReason, String errorClass) {

    static Prepared article(int index, String id, String source, byte[] encoded) {
        return new Prepared(index, id, source, encoded, null, null);
    }

    static Prepared rejected(int index, String reason, String errorClass, byte[] original) {
        return new Prepared(index, null, null, original, reason, errorClass);
    }
}
