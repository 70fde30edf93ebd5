package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.emulator.EmulatedReceipt;
import app.brigade.devices.emulator.PrinterEmulator;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.link.LinkConfig;
import app.brigade.devices.link.SerialSettings;
import app.brigade.devices.link.TcpSettings;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptTextRenderer;
import app.brigade.devices.testing.Bytes;
import app.brigade.devices.testing.Samples;
import app.brigade.devices.testing.SocatPair;
import app.brigade.devices.testing.TestPrinters;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receipt with a drawer kick goes through the queue to the emulated printer over a real pty and TCP. */
class ReceiptRoundTripTest {

    @TempDir
    Path dir;

    private static ReceiptDocument cashReceipt() {
        return new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt())
                .withPrefix(ReceiptDocument.builder().drawerPulse(DrawerPin.PIN_2, 100, 200).build().blocks());
    }

    @Test
    void receiptOverASocatPtyPairPrintsTheExpectedTextWithCutAndDrawerPulse() throws Exception {
        try (SocatPair cable = SocatPair.start(dir);
             PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP437)) {
            emulator.attachPty(cable.printerEnd());
            printAndVerify(SerialSettings.of(cable.hostEnd().toString(), 38400), emulator);
        }
    }

    @Test
    void receiptOverTcpPrintsTheExpectedTextWithCutAndDrawerPulse() throws Exception {
        try (PrinterEmulator emulator = new PrinterEmulator(dir.resolve("paper"), 42, CodePage.CP437)) {
            int port = emulator.listenTcp(0);
            printAndVerify(TcpSettings.of("127.0.0.1", port), emulator);
        }
    }

    private void printAndVerify(LinkConfig link, PrinterEmulator emulator) throws Exception {
        ReceiptDocument document = cashReceipt();
        try (PrinterQueue queue = PrinterQueue.start(new JobStore(dir.resolve("jobs")),
                List.of(TestPrinters.fast("front", link)), List.of(PrinterRoute.of("receipt", "front")))) {

            JobTicket ticket = queue.submit(new PrintRequest("receipt", "Receipt A-042", document));

            assertThat(ticket.result().get(20, TimeUnit.SECONDS))
                    .isEqualTo(new PrintResult.Printed(ticket.jobId(), "front", false));
            assertThat(queue.job(ticket.jobId())).get().extracting(PrintJob::state).isEqualTo(JobState.PRINTED);
            assertThat(queue.status("front").state()).isEqualTo(PrinterState.READY);
        }
        List<EmulatedReceipt> receipts = emulator.awaitReceipts(1, Duration.ofSeconds(5));
        assertThat(receipts).hasSize(1);
        EmulatedReceipt receipt = receipts.getFirst();

        String expected = new ReceiptTextRenderer(42).render(document).getFirst();
        assertThat(receipt.text()).isEqualTo(expected).contains("€40.95", "Crème brûlée", "Entrecôte grillée",
                "Merci et à bientôt !", "Zoë");
        assertThat(Files.readString(receipt.textFile(), StandardCharsets.UTF_8)).isEqualTo(expected + "\n");
        BufferedImage png = ImageIO.read(receipt.pngFile().toFile());
        assertThat(png.getHeight()).isGreaterThan(png.getWidth());

        byte[] raw = receipt.rawBytes();
        assertThat(Bytes.contains(raw, 0x1B, 'p', 0, 50, 100)).as("drawer pulse ESC p 0 50 100").isTrue();
        assertThat(Bytes.contains(raw, 0x1D, 'V', 1)).as("partial cut GS V 1").isTrue();
        assertThat(Bytes.contains(raw, 0x1B, 't', 19)).as("code page CP858 selected").isTrue();
        assertThat(emulator.controls().drawerOpen()).isTrue();
    }
}
