package app.brigade.reports.file;

import java.nio.file.Path;

/**
 * Where an export ended up. {@code renamed} is true when the requested file could not be replaced
 * (held open by another program, or not a replaceable file) and a {@code name (2).xlsx} was used.
 */
public record WriteResult(Path requested, Path written, boolean renamed) {

    /** A sentence for the manager, e.g. "Saved as report (2).xlsx because report.xlsx is open elsewhere." */
    public String message() {
        return renamed
                ? "Saved as " + written.getFileName() + " because " + requested.getFileName()
                        + " could not be replaced (is it open in Excel?)"
                : "Saved " + written.getFileName();
    }
}
