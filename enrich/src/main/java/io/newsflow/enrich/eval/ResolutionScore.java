package io.newsflow.enrich.eval;

import io.newsflow.enrich.geo.GeoDistance;

/**
 * Resolution errors of matched toponyms: great-circle km between the predicted and the gold point, a missing
 * prediction counting as the largest possible error (half the Earth's circumference, {@value #MAX_KM} km).
 */
public final class ResolutionScore {

    public static final double MAX_KM = 20039;
    public static final double ACCURATE_KM = 161;

    private int count;
    private int accurate;
    private double sumKm;
    private double sumLogError;

    /** Adds one pair; the predicted point may be null. */
    public void add(Double predictedLat, Double predictedLon, double goldLat, double goldLon) {
        double km = predictedLat == null || predictedLon == null ? MAX_KM
                : Math.min(MAX_KM, GeoDistance.km(predictedLat, predictedLon, goldLat, goldLon));
        count++;
        if (km <= ACCURATE_KM) {
            accurate++;
        }
        sumKm += km;
        sumLogError += Math.log1p(km) / Math.log(MAX_KM);
    }

    public int count() {
        return count;
    }

    /** Share of errors within 161 km (100 miles). */
    public double accuracyAt161() {
        return count == 0 ? 0 : (double) accurate / count;
    }

    public double meanKm() {
        return count == 0 ? 0 : sumKm / count;
    }

    /** Mean of ln(1 + error) / ln(20039): the area under the log-error curve, lower is better. */
    public double auc() {
        return count == 0 ? 0 : sumLogError / count;
    }
}
