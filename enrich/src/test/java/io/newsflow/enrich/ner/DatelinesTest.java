package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    private final Datelines step = new Datelines();

    @Test
    void shouldLabelThePlacesOfADatelineAsPlaces() {
        assertThat(Marked.after(step, "NEW/O YORK/O 1996-08-30 | NICE/O , France/L 1996-08-30 | SANTIAGO/P 1996-08-31"))
                .isEqualTo("NEW/L YORK/L 1996-08-30 | NICE/L , France/L 1996-08-30 | SANTIAGO/L 1996-08-31");
    }

    @Test
    void shouldLabelThePlacesBeforeTheDashOfADatelineInCapitals() {
        assertThat(Marked.after(step, "EAST/O HAMPTON/O — Police/O said | MOUNT GILEAD , Ohio ( AP ) -- A court"))
                .isEqualTo("EAST/L HAMPTON/L — Police/O said | MOUNT/L GILEAD/L , Ohio/L ( AP ) -- A court");
    }

    @Test
    void shouldLeaveOrdinarySentencesAlone() {
        assertThat(Marked.after(step, "Kent/O won on 1996-08-30 | Smith/P - who won | SOCCER - ROTOR FANS LOCKED OUT | "
                + "PRESS DIGEST - Indonesian papers")).isEqualTo("Kent/O won on 1996-08-30 | Smith/P - who won | "
                + "SOCCER - ROTOR FANS LOCKED OUT | PRESS DIGEST - Indonesian papers");
    }
}
