package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ner.NerLabel;
import io.newsflow.enrich.ner.NerMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymSpotterTest {

    private final ToponymSpotter spotter = ToponymSpotter.shared();

    private static NerMention mention(String text, String name, NerLabel label) {
        int start = text.indexOf(name);
        return new NerMention(start, start + name.length(), name, label, 0);
    }

    @Test
    void shouldKeepLocationsTheGazetteerKnowsAndStreets() {
        String text = "Fighters of al-Nujaba left Mosul by Memphis Street.";
        List<NerMention> mentions = List.of(mention(text, "al-Nujaba", NerLabel.LOCATION),
                mention(text, "Mosul", NerLabel.LOCATION), mention(text, "Memphis Street", NerLabel.LOCATION));

        assertThat(spotter.spot(text, mentions)).extracting(LocationSpan::text)
                .containsExactly("Mosul", "Memphis Street");
    }

    @Test
    void shouldTakeTheWellKnownPlaceAnOrganisationsNameStartsWith() {
        String text = "The Texas Department of Health and the Laurel County Sheriff's Office and Acme Widgets met.";
        List<NerMention> mentions = List.of(
                mention(text, "Texas Department of Health", NerLabel.ORGANIZATION),
                mention(text, "Laurel County Sheriff's Office", NerLabel.ORGANIZATION),
                mention(text, "Acme Widgets", NerLabel.ORGANIZATION));

        assertThat(spotter.spot(text, mentions)).extracting(LocationSpan::text, LocationSpan::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Texas", LocationSpan.Source.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Laurel County", LocationSpan.Source.ORGANIZATION));
    }

    @Test
    void shouldLeaveContinentsOutByDefault() {
        String text = "Cases rose in Africa and in Kenya.";
        List<NerMention> mentions = List.of(mention(text, "Africa", NerLabel.LOCATION),
                mention(text, "Kenya", NerLabel.LOCATION));

        assertThat(spotter.spot(text, mentions)).extracting(LocationSpan::text).containsExactly("Kenya");
        ToponymSpotter withContinents = new ToponymSpotter(Gazetteer.shared(),
                new ToponymSpotter.Policy(false, true, true, true));
        assertThat(withContinents.spot(text, mentions)).extracting(LocationSpan::text)
                .containsExactly("Africa", "Kenya");
    }
}
