package io.newsflow.enrich.ner;

/**
 * One token of a tagged document.
 *
 * @param word     the token as written in the text
 * @param start    first character in the text, inclusive
 * @param end      last character in the text, exclusive
 * @param sentence index of the sentence the token is in, from 0
 */
public record Token(String word, int start, int end, int sentence) {
}
