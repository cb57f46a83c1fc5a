package io.newsflow.sink.watch;

import java.util.List;
import java.util.Set;

/**
 * One alert rule: an article fires it when its sentiment score is at most {@code maxScore} and it names one of
 * the entities (compared without case and accents) or has a place in one of the countries (ISO alpha-2).
 */
public record WatchRule(String name, Set<String> entityNames, Set<String> countries, double maxScore) {

    public WatchRule {
        entityNames = Set.copyOf(entityNames);
        countries = Set.copyOf(countries);
    }

    /** What of the article's entities (as normalised names) and countries the rule names, in the article's order. */
    List<String> matches(List<String> articleEntityNames, List<String> displayNames, List<String> articleCountries) {
        java.util.List<String> matched = new java.util.ArrayList<>();
        for (int i = 0; i < articleEntityNames.size(); i++) {
            if (entityNames.contains(articleEntityNames.get(i)) && !matched.contains(displayNames.get(i))) {
                matched.add(displayNames.get(i));
            }
        }
        articleCountries.stream().filter(countries::contains).filter(c -> !matched.contains(c)).forEach(matched::add);
        return matched;
    }
}
