package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups an article's mentions into entities. Mentions of one type whose names are equal ignoring case and
 * spacing are one entity; then a shorter name is merged into the one longer name of the same type it is a
 * short form of:
 * <ul>
 *   <li>PERSON: its words end or begin the longer name ("Soleimani" → "Qassem Soleimani", "Abu Mahdi" →
 *       "Abu Mahdi al-Mohandes");</li>
 *   <li>ORGANIZATION: its words begin the longer name ("Mercantile" → "Mercantile Bancorp Inc."), or it is
 *       an acronym of the longer name's capitalised words ("PMF" → "Popular Mobilisation Forces");</li>
 *   <li>LOCATION: no short forms ("York" is not "New York").</li>
 * </ul>
 * A short name that fits two longer names ("Bush": George and Jeb) stays on its own rather than being
 * guessed. Titles are already gone from person mentions ({@link TrimMentionEdges}), so "General Soleimani"
 * arrives as "Soleimani".
 */
final class EntityGrouping {

    /** Words left out of initials ("Organisation of the Islamic Conference" → OIC). */
    private static final Set<String> NOT_IN_INITIALS = Set.of("of", "the", "and", "for", "&", "de", "in");

    private EntityGrouping() {
    }

    /** The mentions of each entity, in order of first mention. */
    static List<List<NerMention>> group(List<NerMention> mentions) {
        List<Name> names = distinctNames(mentions);
        Map<Name, Name> parent = new HashMap<>();
        for (Name shorter : names) {
            Name longer = onlyLongerForm(shorter, names);
            if (longer != null) {
                parent.put(shorter, longer);
            }
        }
        Map<Name, List<NerMention>> entities = new LinkedHashMap<>();
        for (Name name : names) {
            entities.computeIfAbsent(root(name, parent), n -> new ArrayList<>()).addAll(name.mentions);
        }
        List<List<NerMention>> groups = new ArrayList<>(entities.values());
        groups.forEach(g -> g.sort(Comparator.comparingInt(NerMention::start)));
        groups.sort(Comparator.comparingInt(g -> g.get(0).start()));
        return groups;
    }

    private static List<Name> distinctNames(List<NerMention> mentions) {
        Map<String, Name> names = new LinkedHashMap<>();
        for (NerMention mention : mentions) {
            String[] words = words(mention.text());
            String key = mention.label() + ":" + String.join(" ", words);
            names.computeIfAbsent(key, k -> new Name(mention.label(), words)).mentions.add(mention);
        }
        return new ArrayList<>(names.values());
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The lower-cased words of a mention; line breaks and runs of spaces count as one space. */
    static String[] words(String text) {
        return WHITESPACE.split(Words.lower(text.strip()));
    }

    private static Name onlyLongerForm(Name shorter, List<Name> names) {
        Name found = null;
        for (Name longer : names) {
            if (longer.words.length > shorter.words.length && longer.type == shorter.type
                    && isShortForm(shorter, longer)) {
                if (found != null) {
                    return null;
                }
                found = longer;
            }
        }
        return found;
    }

    private static boolean isShortForm(Name shorter, Name longer) {
        return switch (shorter.type) {
            case PERSON -> startsWith(longer.words, shorter.words) || endsWith(longer.words, shorter.words);
            case ORGANIZATION -> startsWith(longer.words, shorter.words) || isAcronymOf(shorter, longer);
            case LOCATION -> false;
        };
    }

    private static boolean startsWith(String[] words, String[] prefix) {
        return Arrays.equals(Arrays.copyOf(words, prefix.length), prefix);
    }

    private static boolean endsWith(String[] words, String[] suffix) {
        return Arrays.equals(Arrays.copyOfRange(words, words.length - suffix.length, words.length), suffix);
    }

    private static boolean isAcronymOf(Name acronym, Name name) {
        if (acronym.words.length != 1 || !AcronymDefinitions.isAcronym(spelling(acronym))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words(spelling(name))) {
            if (!word.isEmpty() && !NOT_IN_INITIALS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(acronym.words[0].replace(".", "").replace("&", ""));
    }

    private static String spelling(Name name) {
        return name.mentions.get(0).text();
    }

    private static Name root(Name name, Map<Name, Name> parent) {
        Name root = name;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** One distinct name of one type with its mentions. Identity-compared: each is one node of the forest. */
    private static final class Name {
        final NerLabel type;
        final String[] words;
        final List<NerMention> mentions = new ArrayList<>();

        Name(NerLabel type, String[] words) {
            this.type = type;
            this.words = words;
        }
    }
}
