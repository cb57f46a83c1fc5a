package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * How central each entity is to an article. Every mention scores by where it stands: {@value #TITLE} in the
 * title, {@value #LEDE} in the lede (the first {@value #LEDE_SENTENCES} sentences of the body, where news
 * writing puts who and what), {@value #BODY} elsewhere. An entity's salience is its share of the article's
 * total score, so the saliences of one article add up to 1 and every article weighs the same when
 * salience-weighted counts are summed over many (trends). An entity named once in passing in a long article
 * gets little; one in the title and the lede and named throughout gets most.
 */
final class Salience {

    static final double TITLE = 3;
    static final double LEDE = 2;
    static final double BODY = 1;
    static final int LEDE_SENTENCES = 2;

    private Salience() {
    }

    /**
     * The salience of each group of mentions, in the order given.
     *
     * @param firstBodySentence index of the body's first sentence; mentions before it are in the title
     */
    static List<Double> of(List<List<NerMention>> entities, int firstBodySentence) {
        List<Double> scores = new ArrayList<>();
        double total = 0;
        for (List<NerMention> mentions : entities) {
            double score = mentions.stream().mapToDouble(m -> weight(m, firstBodySentence)).sum();
            scores.add(score);
            total += score;
        }
        List<Double> shares = new ArrayList<>();
        for (double score : scores) {
            shares.add(total == 0 ? 0 : score / total);
        }
        return shares;
    }

    static double weight(NerMention mention, int firstBodySentence) {
        if (mention.sentence() < firstBodySentence) {
            return TITLE;
        }
        return mention.sentence() - firstBodySentence < LEDE_SENTENCES ? LEDE : BODY;
    }
}
