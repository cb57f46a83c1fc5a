package io.newsflow.enrich.geo;

import io.newsflow.schemas.avro.FeatureClass;
import io.newsflow.schemas.avro.Location;
import io.newsflow.schemas.avro.Offset;
import java.util.List;

/**
 * One distinct place of an article: where its name appears, where a demonym of it appears (countries only;
 * "Iranian"), and the gazetteer entry it resolved to, or null when the name matched none.
 *
 * @param name           the gazetteer's name when resolved ("United States" for "U.S."), else the first spelling
 * @param offsets        the spans of its name, in order
 * @param demonymOffsets the spans of its demonyms, in order; counted apart from the name's mentions
 * @param entry          the place, or null when unresolved
 */
public record ResolvedPlace(String name, List<LocationSpan> offsets, List<Demonyms.Mention> demonymOffsets,
                            GazetteerEntry entry) {

    public ResolvedPlace {
        offsets = List.copyOf(offsets);
        demonymOffsets = List.copyOf(demonymOffsets);
    }

    public int mentions() {
        return offsets.size();
    }

    public int demonymMentions() {
        return demonymOffsets.size();
    }

    public boolean resolved() {
        return entry != null;
    }

    /** GeoNames id; null when unresolved or for countries and regions (their sources carry none). */
    public Long geonameId() {
        return entry == null || entry.geonameId() == 0 ? null : entry.geonameId();
    }

    public String countryCode() {
        return entry == null ? null : entry.countryCode();
    }

    /** Name of the first-level division the place is, or lies in; null when unknown. */
    public String admin1() {
        return entry == null || entry.admin1Name().isEmpty() ? null : entry.admin1Name();
    }

    public Double latitude() {
        return entry == null ? null : entry.latitude();
    }

    public Double longitude() {
        return entry == null ? null : entry.longitude();
    }

    public FeatureClass featureClass() {
        return entry == null ? FeatureClass.OTHER : entry.featureClass();
    }

    /**
     * The schema's record: mentions and offsets are the name's, demonyms are counted apart. Every field is set:
     * Avro looks a default up in a synchronised cache, which two stream threads then queue on.
     */
    public Location toLocation() {
        return Location.newBuilder()
                .setName(name)
                .setMentions(mentions())
                .setOffsets(offsets.stream().map(s -> new Offset(s.start(), s.end())).toList())
                .setGeonamesId(geonameId())
                .setCountryCode(countryCode())
                .setAdmin1(admin1())
                .setLatitude(latitude())
                .setLongitude(longitude())
                .setFeatureClass(featureClass())
                .setDemonymMentions(demonymMentions())
                .build();
    }
}
