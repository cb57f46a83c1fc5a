package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void shouldBehaveLikeAnInsertionOrderedSetThatForgetsItsOldestIds() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> pool = idPool(random, 60);
        for (int capacity : new int[] {1, 7, 40}) {
            // 16 slots: the table grows through crowded, wrapped-around probe runs
            IdSet ids = new IdSet(capacity, 16);
            LinkedHashSet<String> reference = new LinkedHashSet<>();
            for (int step = 0; step < 20_000; step++) {
                String id = pool.get(random.nextInt(pool.size()));
                boolean expectedNew = !reference.contains(id);
                if (expectedNew) {
                    if (reference.size() == capacity) {
                        reference.remove(reference.iterator().next());
                    }
                    reference.add(id);
                }

                assertThat(ids.add(id)).as("add %s at step %d", id, step).isEqualTo(expectedNew);
                assertThat(ids.size()).isEqualTo(reference.size());
                for (String known : pool) {
                    assertThat(ids.contains(known)).as("contains %s at step %d", known, step)
                            .isEqualTo(reference.contains(known));
                }
            }
        }
    }

    @Test
    void shouldTellAPrefixedIdFromTheSameDigestBareAndReadOtherShapesWhole() {
        IdSet ids = new IdSet(100);
        String digest = "0123456789abcdef0123456789abcdef";

        ids.add(digest);

        assertThat(ids.contains("rejected:" + digest)).isFalse();
        assertThat(ids.contains(digest.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(ids.add("not-a-digest")).isTrue();
        assertThat(ids.contains("not-a-digest")).isTrue();
        assertThat(ids.contains("not-a-digesT")).isFalse();
        assertThat(ids.add("00000000000000000000000000000000")).isTrue();
        assertThat(ids.contains("00000000000000000000000000000000")).isTrue();
    }

    @Test
    void shouldHoldAMillionIdsWithoutLosingAny() {
        IdSet ids = new IdSet(1_000_000);
        HexFormat hex = HexFormat.of();
        SplittableRandom random = new SplittableRandom(9);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            String id = hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
            ids.add(id);
            if (i % 1000 == 0) {
                added.add(id);
            }
        }

        assertThat(ids.size()).isEqualTo(1_000_000);
        assertThat(added).allMatch(ids::contains);
        assertThat(ids.add("rejected:" + added.get(0))).isTrue();
        assertThat(ids.size()).isEqualTo(1_000_000);
    }

    private static List<String> idPool(SplittableRandom random, int size) {
        HexFormat hex = HexFormat.of();
        List<String> pool = new ArrayList<>();
        while (pool.size() < size) {
            String digest = hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
            pool.add(random.nextInt(4) == 0 ? "rejected:" + digest : digest);
        }
        pool.add("odd-shaped id");
        return pool;
    }
}
