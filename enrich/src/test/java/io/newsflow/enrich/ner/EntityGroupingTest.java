package io.newsflow.enrich.ner;

import static io.newsflow.enrich.ner.NerLabel.LOCATION;
import static io.newsflow.enrich.ner.NerLabel.ORGANIZATION;
import static io.newsflow.enrich.ner.NerLabel.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGroupingTest {

    private int offset;

    @Test
    void shouldMergeShortFormsOfAPersonIntoTheFullName() {
        List<List<String>> groups = texts(EntityGrouping.group(List.of(m("Soleimani", PERSON),
                m("Qassem Soleimani", PERSON), m("SOLEIMANI", PERSON), m("Abu Mahdi", PERSON),
                m("Abu Mahdi al-Mohandes", PERSON))));

        assertThat(groups).containsExactly(List.of("Soleimani", "Qassem Soleimani", "SOLEIMANI"),
                List.of("Abu Mahdi", "Abu Mahdi al-Mohandes"));
    }

    @Test
    void shouldLeaveAShortFormThatFitsTwoNamesAlone() {
        List<List<String>> groups = texts(EntityGrouping.group(List.of(m("George Bush", PERSON),
                m("Jeb Bush", PERSON), m("Bush", PERSON))));

        assertThat(groups).hasSize(3);
    }

    @Test
    void shouldMergeOrganisationPrefixesAndAcronymsButNotPlaces() {
        List<List<String>> groups = texts(EntityGrouping.group(List.of(m("Popular Mobilisation Forces", ORGANIZATION),
                m("PMF", ORGANIZATION), m("Mercantile Bancorp Inc.", ORGANIZATION), m("Mercantile", ORGANIZATION),
                m("New York", LOCATION), m("York", LOCATION))));

        assertThat(groups).containsExactly(List.of("Popular Mobilisation Forces", "PMF"),
                List.of("Mercantile Bancorp Inc.", "Mercantile"), List.of("New York"), List.of("York"));
    }

    @Test
    void shouldKeepNamesOfDifferentTypesApart() {
        List<List<String>> groups = texts(EntityGrouping.group(List.of(m("Jordan", LOCATION),
                m("Neil Jordan", PERSON))));

        assertThat(groups).hasSize(2);
    }

    private NerMention m(String text, NerLabel label) {
        NerMention mention = new NerMention(offset, offset + text.length(), text, label, 0);
        offset += text.length() + 1;
        return mention;
    }

    private static List<List<String>> texts(List<List<NerMention>> groups) {
        List<List<String>> texts = new ArrayList<>();
        groups.forEach(g -> texts.add(g.stream().map(NerMention::text).toList()));
        return texts;
    }
}
