package app.brigade.devices.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes each cut receipt to the output folder as {@code receipt-0001.txt} (UTF-8), {@code .png}
 * and {@code .bin} (raw bytes); the text file appears last and atomically, so a watcher that sees
 * it can read all three.
 */
final class ReceiptFileWriter {

    private final Path folder;
    private final ReceiptPngRenderer png;

    ReceiptFileWriter(Path folder, int columns) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.png = new ReceiptPngRenderer(columns);
    }

    Path folder() {
        return folder;
    }

    /** Writes the files and returns the text and PNG paths. */
    Path[] write(int number, String text, List<PrintedLine> lines, byte[] raw) throws IOException {
        String base = String.format("receipt-%04d", number);
        Files.write(folder.resolve(base + ".bin"), raw);
        Path pngFile = folder.resolve(base + ".png");
        png.write(lines, pngFile);
        Path textFile = folder.resolve(base + ".txt");
        Path temp = folder.resolve(base + ".txt.tmp");
        Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
        Files.move(temp, textFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Path[] {textFile, pngFile};
    }
}
