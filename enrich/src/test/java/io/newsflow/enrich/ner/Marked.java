package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written tagged documents for the step tests. A document is written as tokens separated by spaces,
 * each optionally marked with its label: {@code /P} person, {@code /O} organisation, {@code /L} location
 * ("Kent/O beat Somerset/L by 10 runs"); {@code |} ends a sentence. {@link #of} builds the document with the
 * tokens joined by single spaces; {@link #render} writes a document back the same way, so a test states the
 * labels a step should leave.
 */
final class Marked {

    private Marked() {
    }

    static TaggedDocument of(String marked) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<NerLabel> labels = new ArrayList<>();
        int sentence = 0;
        for (String item : marked.trim().split("\\s+")) {
            if (item.equals("|")) {
                sentence++;
                continue;
            }
            int slash = item.lastIndexOf('/');
            boolean hasLabel = slash > 0 && slash == item.length() - 2 && "POL".indexOf(item.charAt(slash + 1)) >= 0;
            String word = hasLabel ? item.substring(0, slash) : item;
            if (!text.isEmpty()) {
                text.append(' ');
            }
            tokens.add(new Token(word, text.length(), text.length() + word.length(), sentence));
            text.append(word);
            labels.add(hasLabel ? label(item.charAt(slash + 1)) : null);
        }
        return new TaggedDocument(text.toString(), tokens, labels.toArray(NerLabel[]::new));
    }

    static String render(TaggedDocument document) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < document.size(); i++) {
            if (i > 0) {
                out.append(document.sameSentence(i - 1, i) ? " " : " | ");
            }
            out.append(document.word(i));
            NerLabel label = document.label(i);
            if (label != null) {
                out.append('/').append(label.name().charAt(0) == 'O' ? 'O' : label.name().charAt(0));
            }
        }
        return out.toString();
    }

    /** Applies a step to a marked document and renders the result. */
    static String after(RefinementStep step, String marked) {
        TaggedDocument document = of(marked);
        step.apply(document);
        return render(document);
    }

    private static NerLabel label(char mark) {
        return switch (mark) {
            case 'P' -> NerLabel.PERSON;
            case 'O' -> NerLabel.ORGANIZATION;
            default -> NerLabel.LOCATION;
        };
    }
}
