package io.newsflow.ingest.pipeline;

/** An item made ready to send: an encoded article with its id, or a rejection with the original bytes. */
record Prepared(int index, String id, byte[] payload, String rejectReason, String errorClass) {

    static Prepared article(int index, String id, byte[] encoded) {
        return new Prepared(index, id, encoded, null, null);
    }

    static Prepared rejected(int index, String reason, String errorClass, byte[] original) {
        return new Prepared(index, null, original, reason, errorClass);
    }
}
