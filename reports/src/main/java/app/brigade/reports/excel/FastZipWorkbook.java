package app.brigade.reports.excel;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * SXSSF with the final zip deflated at the fastest level. Deflating the streamed sheet XML at the
 * default level was the largest single cost of a big export; level 1 makes the file about a tenth
 * larger and the export markedly faster (docs/benchmarks.md).
 */
final class FastZipWorkbook extends SXSSFWorkbook {

    FastZipWorkbook(int rowAccessWindowSize) {
        super(rowAccessWindowSize);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
