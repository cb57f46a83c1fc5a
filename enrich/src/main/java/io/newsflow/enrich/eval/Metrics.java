package io.newsflow.enrich.eval;

/** The measures of the evaluation README, on plain arrays. */
public final class Metrics {

    private Metrics() {
    }

    /** Pearson's r; 0 when either side has no variance (r is undefined there, and 0 says "no signal"). */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
        }
        int n = x.length;
        if (n == 0) {
            return 0;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** F1 of a precision and recall; 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code part / whole}, 0 when whole is 0 (no prediction of a class means no precision for it). */
    public static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
