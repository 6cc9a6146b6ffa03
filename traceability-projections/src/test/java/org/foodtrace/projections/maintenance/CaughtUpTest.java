package org.foodtrace.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class CaughtUpTest {

    private static final Segment WHOLE = Segment.ROOT_SEGMENT;

    @Test
    void a_segment_at_the_head_without_replay_is_caught_up() {
        assertThat(ReplayService.caughtUp(new TrackerStatus(WHOLE, true, at(22), null))).isTrue();
    }

    @Test
    void a_segment_still_behind_the_head_is_not() {
        assertThat(ReplayService.caughtUp(new TrackerStatus(WHOLE, false, at(22), null))).isFalse();
    }

    @Test
    void a_segment_in_error_is_not() {
        assertThat(ReplayService.caughtUp(new TrackerStatus(WHOLE, true, at(22), new IllegalStateException())))
                .isFalse();
    }

    @Test
    void a_replaying_segment_is_caught_up_only_once_it_reaches_the_position_it_was_reset_at() {
        ReplayToken halfway = (ReplayToken) ReplayToken.createReplayToken(at(22), at(10));
        TrackingToken atReset = halfway.advancedTo(at(22));

        assertThat(ReplayService.caughtUp(new TrackerStatus(WHOLE, true, halfway, null))).isFalse();
        assertThat(ReplayService.caughtUp(new TrackerStatus(WHOLE, true, atReset, null))).isTrue();
        assertThat(ReplayToken.isReplay(atReset)).isTrue();
    }

    @Test
    void segments_cover_the_stream_only_when_their_fractions_add_up_to_the_whole() {
        Segment[] halves = WHOLE.split();
        Segment[] quarters = halves[0].split();

        assertThat(StreamingProcessors.coverAllSegments(List.of(status(WHOLE)))).isTrue();
        assertThat(StreamingProcessors.coverAllSegments(List.of(status(halves[1]), status(quarters[0]),
                status(quarters[1])))).isTrue();
        assertThat(StreamingProcessors.coverAllSegments(List.of(status(halves[1]), status(quarters[0])))).isFalse();
        assertThat(StreamingProcessors.coverAllSegments(List.of())).isFalse();
    }

    private static TrackerStatus status(Segment segment) {
        return new TrackerStatus(segment, true, at(1), null);
    }

    private static TrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }
}
