package io.newsflow.enrich.geo;

import io.newsflow.schemas.avro.FeatureClass;

/**
 * One place of the gazetteer.
 *
 * @param kind        country, first- or second-level division, or populated place
 * @param geonameId   GeoNames id of a populated place; 0 for countries and regions (their sources carry none)
 * @param name        the name as GeoNames or world-countries write it
 * @param countryCode ISO 3166-1 alpha-2; empty for continents and subregions
 * @param admin1Code  GeoNames admin1 code within the country ("TX", "08"); empty for countries and regions
 * @param admin1Name  name of that first-level division; empty when unknown
 * @param admin2Code  GeoNames admin2 code of the second-level division this place is, or lies in; may be empty
 * @param featureCode GeoNames feature code (PCLI, ADM1, ADM2, PPLC, PPLA, PPL…)
 * @param population  people living there (regions and countries: the sum over their cities of ≥ 1,000)
 */
public record GazetteerEntry(Kind kind, long geonameId, String name, String countryCode, String admin1Code,
                             String admin1Name, String admin2Code, String featureCode, long population,
                             double latitude, double longitude) {

    /** What sort of place an entry is, from the broadest. */
    public enum Kind {
        /** A continent, a UN subregion ("Western Africa") or a region split into divisions ("Darfur"). */
        REGION, COUNTRY, ADMIN1, ADMIN2, CITY
    }

    /** The class the enriched article's schema knows. */
    public FeatureClass featureClass() {
        return switch (kind) {
            case REGION -> FeatureClass.OTHER;
            case COUNTRY -> FeatureClass.COUNTRY;
            case ADMIN1, ADMIN2 -> FeatureClass.ADMIN;
            case CITY -> FeatureClass.CITY;
        };
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** "US.TX": the key of the first-level division this place is, or lies in; null for countries and regions. */
    public String admin1Key() {
        return admin1Code.isEmpty() ? null : countryCode + "." + admin1Code;
    }

    /** "US.GA.139": the key of the second-level division this place is, or lies in; null when unknown. */
    public String admin2Key() {
        return admin2Code.isEmpty() ? null : countryCode + "." + admin1Code + "." + admin2Code;
    }

    public double kmTo(GazetteerEntry other) {
        return GeoDistance.km(latitude, longitude, other.latitude, other.longitude);
    }
}
