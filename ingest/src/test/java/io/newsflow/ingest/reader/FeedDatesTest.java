package io.newsflow.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 05 Mar 2024 09:30:00 +0000 | 2024-03-05T09:30:00Z",
            "Tue, 5 Mar 2024 09:30:00 GMT    | 2024-03-05T09:30:00Z",
            "Tue, 5 Mar 2024 09:30 GMT       | 2024-03-05T09:30:00Z",
            "5 Mar 2024 09:30:00 UT          | 2024-03-05T09:30:00Z",
            "Mon, 05 Mar 2024 09:30:00 Z     | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 04:30:00 EST   | 2024-03-05T09:30:00Z",
            "Tue, 05 Jul 2024 05:30:00 EDT   | 2024-07-05T09:30:00Z",
            "Tue, 05 Mar 2024 01:30:00 PST   | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 10:30:00 +0100 | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 10:30:00 +01:00| 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 04:00:00 -0530 | 2024-03-05T09:30:00Z",
            "Tuesday, 05 March 2024 09:30:00 GMT | 2024-03-05T09:30:00Z",
            "tue, 05 mar 2024 09:30:00 gmt   | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 24 09:30:00 GMT     | 2024-03-05T09:30:00Z",
            "Fri, 05 Mar 99 09:30:00 GMT     | 1999-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 09:30:00       | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 9:30:00 GMT    | 2024-03-05T09:30:00Z",
            "Tue, 05 Mar 2024 10:30:00 CET   | 2024-03-05T09:30:00Z",
            "2024-03-05T09:30:00Z            | 2024-03-05T09:30:00Z"})
    void shouldReadRfc822DatesAndTheirCommonVariants(String text, String expected) {
        assertThat(FeedDates.rfc822(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Thursday, the 32nd of March", "Tue, 32 Mar 2024 09:30:00 GMT",
            "Tue, 05 Foo 2024 09:30:00 GMT", "Tue, 05 Mar 2024 25:30:00 GMT", "Tue, 05 Mar 2024 09:30:00 XYZ",
            "Tue, 05 Mar 2024 09:30:00 +9900"})
    void shouldRefuseWhatIsNoRfc822Date(String text) {
        assertThat(FeedDates.rfc822(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-05T09:30:00Z          | 2024-03-05T09:30:00Z",
            "2024-03-05T09:30:00.250Z      | 2024-03-05T09:30:00.250Z",
            "2024-03-05T11:30:00+02:00     | 2024-03-05T09:30:00Z",
            "2024-03-05T11:30:00+0200      | 2024-03-05T09:30:00Z",
            "2024-03-05t09:30:00z          | 2024-03-05T09:30:00Z",
            "2024-03-05 09:30:00Z          | 2024-03-05T09:30:00Z",
            "2024-03-05T09:30Z             | 2024-03-05T09:30:00Z",
            "2024-03-05T09:30:00           | 2024-03-05T09:30:00Z",
            "2024-03-05                    | 2024-03-05T00:00:00Z"})
    void shouldReadRfc3339DatesAndW3cDtfVariants(String text, String expected) {
        assertThat(FeedDates.rfc3339(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "last Tuesday", "2024-13-05T09:30:00Z", "2024-03-05T09:30:00 GMT",
            "Tue, 05 Mar 2024 09:30:00 GMT"})
    void shouldRefuseWhatIsNoRfc3339Date(String text) {
        assertThat(FeedDates.rfc3339(text)).isEmpty();
    }
}
