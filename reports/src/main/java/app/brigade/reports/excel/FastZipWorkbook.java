package app.brigade.reports.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF tuned for large exports (docs/benchmarks.md, issue 9):
 * <ul>
 * <li>the final zip is deflated at the fastest level: deflating the streamed sheet XML at the default
 * level was the largest single cost; level 1 makes the file about a tenth larger;</li>
 * <li>each sheet's temporary XML goes through a large, unsynchronised char buffer: POI writes every
 * attribute as several tiny {@code write(String)} calls, and {@code BufferedWriter}'s per-call lock and
 * 8 KiB buffer were the top of the profile.</li>
 * </ul>
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

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File fd) throws IOException {
                return new CharBuffered(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
            }
        };
    }

    /** A plain char buffer in front of a writer: no locking, one large flush at a time. */
    static final class CharBuffered extends Writer {

        private static final int SIZE = 1 << 16;
        private final Writer out;
        private final char[] buf = new char[SIZE];
        private int used;
        private boolean closed;

        CharBuffered(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buf[used++] = (char) c;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            while (len > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(len, SIZE - used);
                s.getChars(off, off + n, buf, used);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            while (len > 0) {
                if (used == SIZE) {
                    drain();
                }
                int n = Math.min(len, SIZE - used);
                System.arraycopy(c, off, buf, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return; // SXSSF closes a sheet's writer when it is written and again on dispose
            }
            closed = true;
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
