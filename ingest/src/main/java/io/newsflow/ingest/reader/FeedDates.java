package io.newsflow.ingest.reader;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds carry: RFC 822/1123 in RSS ({@code pubDate}), RFC 3339 in Atom and Dublin Core.
 * Both are parsed leniently, as feeds in the wild bend the rules: single-digit days, missing seconds,
 * full month names, a wrong or absent day name, zone names instead of offsets.
 */
final class FeedDates {

    /** [day name,] d[d] Mon[th] [yy]yy hh:mm[:ss][.fff] [zone] — the day name is ignored, feeds often get it wrong. */
    private static final Pattern RFC_822 = Pattern.compile("(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+"
            + "(\\d{4}|\\d{2}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** RFC 822's named zones plus a few unambiguous ones seen in European feeds; hours from UTC. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2), Map.entry("EEST", 3));

    private FeedDates() {
    }

    /**
     * An RSS date such as {@code Tue, 5 Mar 2024 09:30 GMT}. A missing zone is taken as UTC; an RFC 3339
     * date, which some RSS feeds use instead, is accepted too.
     */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofDays(1);

    /**
     * The date when it can be a publication date: not before 1900, not more than a day ahead of {@code clock}
     * (the same rule as for JSON articles).
     *
     * @throws InvalidArticleException naming the field and its value otherwise
     */
    static Instant plausible(Instant instant, String field, String value, java.time.Clock clock) {
        if (instant.isBefore(EARLIEST)) {
            throw new InvalidArticleException(field + " " + XmlFeeds.quoted(value) + " is before 1900: not a plausible publication date");
        }
        if (instant.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new InvalidArticleException(field + " " + XmlFeeds.quoted(value) + " is more than a day in the future");
        }
        return instant;
    }

    static Optional<Instant> rfc822(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RFC_822.matcher(text.trim());
        if (!m.matches()) {
            return rfc3339(text);
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        try {
            Optional<ZoneOffset> zone = zone(m.group(7));
            if (month == null || zone.isEmpty()) {
                return Optional.empty();
            }
            LocalDateTime local = LocalDateTime.of(year(m.group(3)), month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(local.toInstant(zone.get()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An Atom or Dublin Core date such as {@code 2024-03-05T09:30:00+01:00}; also a space for the 'T',
     * a zone without colon, no zone (taken as UTC) and a bare date (midnight UTC), as W3C-DTF allows.
     */
    static Optional<Instant> rfc3339(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String iso = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +(?=\\d)", "$1T")
                .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (iso.matches(".*T[\\d:.]+$")) {
                return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Two-digit years as RFC 2822 reads them: 00–49 are 2000–2049, 50–99 are 1950–1999. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        return year < 50 ? 2000 + year : 1900 + year;
    }

    /** @throws DateTimeException for an offset beyond ±18:00 */
    private static Optional<ZoneOffset> zone(String zone) {
        if (zone == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(zone);
        if (numeric.matches()) {
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(numeric.group(2)),
                    sign * Integer.parseInt(numeric.group(3))));
        }
        return Optional.ofNullable(ZONES.get(zone.toUpperCase(Locale.ROOT))).map(ZoneOffset::ofHours);
    }
}
