package io.newsflow.enrich.engine;

/**
 * The text the engine reads: title, blank line, body (the convention every offset follows), cut at a cap.
 *
 * @param text      what the NLP reads
 * @param bodyStart where the body begins in it (0 without a title)
 * @param truncated whether the full text was longer than the cap
 */
record AnalysedText(String text, int bodyStart, boolean truncated) {

    static AnalysedText of(String title, String body, int maxChars) {
        String safeBody = body == null ? "" : body;
        boolean hasTitle = title != null && !title.isBlank();
        String full = hasTitle ? title + "\n\n" + safeBody : safeBody;
        int bodyStart = hasTitle ? title.length() + 2 : 0;
        if (full.length() <= maxChars) {
            return new AnalysedText(full, bodyStart, false);
        }
        int cut = maxChars;
        if (Character.isHighSurrogate(full.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return new AnalysedText(full.substring(0, cut), Math.min(bodyStart, cut), true);
    }
}
