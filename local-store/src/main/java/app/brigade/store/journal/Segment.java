package app.brigade.store.journal;

import java.nio.file.Path;

/** A segment file and its header. */
record Segment(Path path, SegmentHeader header) {

    long firstPosition() {
        return header.firstPosition();
    }
}
