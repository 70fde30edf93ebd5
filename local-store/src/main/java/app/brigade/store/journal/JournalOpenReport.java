package app.brigade.store.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * What opening the journal found and repaired: segment count, the position range, bytes cut from a
 * torn tail, files set aside (kept, never deleted), and records whose CRC was good but whose JSON
 * could not be read.
 */
public record JournalOpenReport(
        int segments,
        long firstPosition,
        long lastPosition,
        long tornBytesCut,
        List<Path> filesSetAside,
        List<String> problems) {

    public JournalOpenReport {
        filesSetAside = List.copyOf(filesSetAside);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return tornBytesCut == 0 && filesSetAside.isEmpty() && problems.isEmpty();
    }
}
