package io.newsflow.enrich.ner;

/**
 * One run of tokens the tagger labelled alike, as character offsets into the text it was given.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the text between start and end, as written
 * @param sentence index of the sentence the mention is in, from 0
 */
public record NerMention(int start, int end, String text, NerLabel label, int sentence) {
}
