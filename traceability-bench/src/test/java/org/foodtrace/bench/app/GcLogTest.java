package org.foodtrace.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

    @Test
    void every_kind_of_pause_is_read_including_g1_evacuation_pauses(@TempDir Path directory) throws IOException {
        Path log = Files.writeString(directory.resolve("gc.log"), """
                [2026-12-06T21:16:17.309+0000] Using G1
                [2026-12-06T21:16:17.309+0000] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 18M->3M(380M) 8.893ms
                [2026-12-06T21:16:19.989+0000] GC(4) Pause Young (Concurrent Start) (Metadata GC Threshold) 154M->10M(380M) 24.512ms
                [2026-12-06T21:16:20.018+0000] GC(5) Pause Remark 15M->15M(57M) 2.199ms
                [2026-12-06T21:29:54.854+0000] GC(615) Pause Young (Normal) (G1 Evacuation Pause) 369M->101M(451M) 4.743ms
                [2026-12-06T21:29:55.000+0000] GC(616) Concurrent Mark Cycle 12.000ms
                """);

        List<GcLog.Collection> collections = GcLog.read(log);

        assertThat(collections).extracting(GcLog.Collection::beforeMiB).containsExactly(18L, 154L, 15L, 369L);
        assertThat(collections.get(3).kind()).isEqualTo("Pause Young (Normal) (G1 Evacuation Pause)");
        assertThat(collections.get(3).afterMiB()).isEqualTo(101);
        assertThat(collections.get(3).committedMiB()).isEqualTo(451);
        assertThat(GcLog.pauseSeconds(collections)).isCloseTo(0.040347,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
