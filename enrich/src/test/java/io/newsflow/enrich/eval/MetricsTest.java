package io.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void shouldComputePearsonOfKnownVectors() {
        double[] x = {1, 2, 3, 4, 5};

        assertThat(Metrics.pearson(x, new double[] {2, 4, 6, 8, 10})).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.pearson(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        // deviations (-2,-1,0,1,2) and (-1,-2,1,0,2): 8 / sqrt(10 * 10)
        assertThat(Metrics.pearson(x, new double[] {2, 1, 4, 3, 5})).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void shouldGiveZeroCorrelationWhenASideIsConstant() {
        assertThat(Metrics.pearson(new double[] {1, 2, 3}, new double[] {0, 0, 0})).isZero();
        assertThat(Metrics.pearson(new double[0], new double[0])).isZero();
    }

    @Test
    void shouldComputeF1AndRatiosWithZeroForEmptyDenominators() {
        assertThat(Metrics.f1(1.0, 0.5)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.f1(0, 0)).isZero();
        assertThat(Metrics.ratio(3, 4)).isEqualTo(0.75);
        assertThat(Metrics.ratio(0, 0)).isZero();
    }
}
