package io.newsflow.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

    @Test
    void shouldMeasureZeroBetweenAPointAndItself() {
        assertThat(GeoDistance.km(36.34, 43.13, 36.34, 43.13)).isZero();
    }

    @Test
    void shouldMeasureParisToLondonAsTheGreatCircle() {
        // Notre-Dame to Charing Cross: 343.5 km on the sphere of mean radius 6371.0088 km
        assertThat(GeoDistance.km(48.8530, 2.3499, 51.5080, -0.1247)).isCloseTo(343.5, within(1.0));
    }

    @Test
    void shouldMeasureADegreeOfLatitudeAsAbout111Km() {
        assertThat(GeoDistance.km(10, 20, 11, 20)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void shouldMeasureAntipodesAsHalfTheCircumference() {
        assertThat(GeoDistance.km(0, 0, 0, 180)).isCloseTo(Math.PI * GeoDistance.EARTH_RADIUS_KM, within(0.001));
        assertThat(GeoDistance.km(90, 0, -90, 0)).isCloseTo(20015.1, within(0.1));
    }

    @Test
    void shouldMeasureAcrossTheAntimeridian() {
        assertThat(GeoDistance.km(0, 179.5, 0, -179.5)).isCloseTo(111.195, within(0.01));
        assertThat(GeoDistance.approxKm(0, 179.5, 0, -179.5)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void shouldApproximateShortDistancesWithinOnePercent() {
        double exact = GeoDistance.km(40.0, -83.0, 41.5, -81.2);
        assertThat(GeoDistance.approxKm(40.0, -83.0, 41.5, -81.2)).isCloseTo(exact, within(exact / 100));
    }
}
