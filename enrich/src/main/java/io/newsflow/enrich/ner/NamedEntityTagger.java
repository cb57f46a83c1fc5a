package io.newsflow.enrich.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF named-entity tagger (tokenize, ssplit, ner; 3-class model), nothing else: no
 * numeric classifiers, no SUTime, no fine-grained NER, no entity-mention annotator (which adds pronouns).
 *
 * <p>The model takes about 2 s and 100 MB to load, so there is one per JVM ({@link #shared()}); annotating is
 * thread-safe, so every stream thread uses the same instance.
 */
public final class NamedEntityTagger {

    /** Extracted from the models jar at build time (see enrich/pom.xml). */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private NamedEntityTagger(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    public static NamedEntityTagger shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NamedEntityTagger INSTANCE = new NamedEntityTagger(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", MODEL);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** The labelled mentions of a text, in order. */
    public List<NerMention> mentions(String text) {
        return mentions(text, annotate(text));
    }

    /** Tokenises, splits and tags a text; the sentences carry tokens with their labels and character offsets. */
    public List<CoreMap> annotate(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Groups runs of tokens with the same label into mentions. */
    public static List<NerMention> mentions(String text, List<CoreMap> sentences) {
        List<NerMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            NerLabel open = null;
            int start = -1;
            int end = -1;
            for (CoreLabel token : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                NerLabel label = NerLabel.ofTag(token.ner());
                if (label != open && open != null) {
                    mentions.add(new NerMention(start, end, text.substring(start, end), open, s));
                }
                if (label != null && label != open) {
                    start = token.beginPosition();
                }
                end = token.endPosition();
                open = label;
            }
            if (open != null) {
                mentions.add(new NerMention(start, end, text.substring(start, end), open, s));
            }
        }
        return mentions;
    }
}
