package io.newsflow.enrich.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF named-entity tagger: tokenize (which in CoreNLP 4.5 also splits sentences) and ner
 * with the 3-class model, nothing else: no numeric classifiers, no SUTime, no fine-grained NER, no
 * entity-mention annotator (which adds pronouns). The 3-class model ("all": CoNLL, MUC, ACE, OntoNotes and
 * more) was kept over the CoNLL 4-class one, which scores a little higher on CoNLL itself but misses names of
 * today's news ("Islamic State", "Quds Force").
 *
 * <p>The model takes about 1–2 s and 100 MB of heap to load, so there is one per JVM ({@link #shared()});
 * annotating is thread-safe (the annotators keep no per-call state; every call builds its own
 * {@link Annotation}; NamedEntityTaggerTest checks two threads against one), so every stream thread uses the
 * same instance.
 */
public final class NamedEntityTagger {

    /** Extracted from the models jar at build time (see enrich/pom.xml). */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Logger LOG = LoggerFactory.getLogger(NamedEntityTagger.class);

    private final AnnotationPipeline pipeline = new AnnotationPipeline();
    private final Annotator ner;

    private NamedEntityTagger(Properties properties) {
        long start = System.nanoTime();
        pipeline.addAnnotator(new TokenizerAnnotator(false, properties));
        ner = nerAnnotator(properties);
        pipeline.addAnnotator(ner);
        LOG.info("NER model {} loaded in {} ms", properties.getProperty("ner.model"),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The tagger of this JVM, loaded on first use. */
    public static NamedEntityTagger shared() {
        return Holder.INSTANCE;
    }

    /** A tagger of its own with another CRF model from the classpath: for evaluation runs, not for the engine. */
    public static NamedEntityTagger load(String model) {
        return new NamedEntityTagger(properties(model));
    }

    private static final class Holder {
        static final NamedEntityTagger INSTANCE = new NamedEntityTagger(properties(MODEL));
    }

    static Properties properties(String model) {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // Keep "al-Kaabi" and "Bosnia-Herzegovina" one token, as the CRF's training data (CoNLL) and the
        // evaluation files have them; CoreNLP 4.5 splits hyphens by default and re-joins them for NER only,
        // which would leave the document-level steps with tokens the CRF never labelled on their own.
        p.setProperty("tokenize.options", "splitHyphenated=false");
        p.setProperty("ner.model", model);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    private static Annotator nerAnnotator(Properties properties) {
        try {
            return new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + properties.getProperty("ner.model"), e);
        }
    }

    /** The labelled mentions of a text as the CRF gives them, in order. */
    public List<NerMention> mentions(String text) {
        return tag(text).mentions();
    }

    /** Tokenises, splits and tags a text. */
    public TaggedDocument tag(String text) {
        return tagged(text, annotate(text));
    }

    /** Tokenises, splits and tags a text; the sentences carry tokens with their labels and character offsets. */
    public List<CoreMap> annotate(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /**
     * Tags text that is already split into sentences and tokens (evaluation data): the tokens are kept as
     * given, joined by spaces, one sentence per line, so token i of the result is token i of the input.
     */
    public TaggedDocument tagTokens(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        List<CoreMap> annotated = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (List<String> words : sentences) {
            List<CoreLabel> tokens = PreTokenized.tokens(words, text, all.size());
            annotated.add(PreTokenized.sentence(tokens, annotated.size(), all.size()));
            all.addAll(tokens);
            text.append('\n');
        }
        Annotation document = new Annotation(text.toString());
        document.set(CoreAnnotations.TokensAnnotation.class, all);
        document.set(CoreAnnotations.SentencesAnnotation.class, annotated);
        ner.annotate(document);
        return tagged(text.toString(), annotated);
    }

    /** Groups runs of tokens with the same label into mentions. */
    public static List<NerMention> mentions(String text, List<CoreMap> sentences) {
        return tagged(text, sentences).mentions();
    }

    private static TaggedDocument tagged(String text, List<CoreMap> sentences) {
        List<Token> tokens = new ArrayList<>();
        List<NerLabel> labels = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (CoreLabel label : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(label.originalText(), label.beginPosition(), label.endPosition(), s));
                labels.add(NerLabel.ofTag(label.ner()));
            }
        }
        return new TaggedDocument(text, tokens, labels.toArray(NerLabel[]::new));
    }

    /** Builds CoreNLP tokens and sentences for text that is already tokenised. */
    private static final class PreTokenized {

        static List<CoreLabel> tokens(List<String> words, StringBuilder text, int firstIndex) {
            List<CoreLabel> tokens = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                String word = words.get(i);
                CoreLabel token = new CoreLabel();
                token.setWord(word);
                token.setValue(word);
                token.setOriginalText(word);
                token.setBeginPosition(text.length());
                token.setEndPosition(text.length() + word.length());
                token.setIndex(i + 1);
                token.set(CoreAnnotations.TokenBeginAnnotation.class, firstIndex + i);
                token.set(CoreAnnotations.TokenEndAnnotation.class, firstIndex + i + 1);
                token.setBefore(i == 0 ? "" : " ");
                token.setAfter(i == words.size() - 1 ? "\n" : " ");
                text.append(word);
                tokens.add(token);
            }
            return tokens;
        }

        static CoreMap sentence(List<CoreLabel> tokens, int index, int firstToken) {
            tokens.forEach(token -> token.setSentIndex(index));
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
            if (!tokens.isEmpty()) {
                sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
                sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
                        tokens.get(tokens.size() - 1).endPosition());
            }
            return sentence;
        }
    }
}
