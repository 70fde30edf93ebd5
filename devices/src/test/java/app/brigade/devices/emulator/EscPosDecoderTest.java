package app.brigade.devices.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import app.brigade.devices.receipt.CustomerReceiptLayout;
import app.brigade.devices.receipt.KitchenChitLayout;
import app.brigade.devices.receipt.ReceiptDocument;
import app.brigade.devices.receipt.ReceiptEncoder;
import app.brigade.devices.receipt.ReceiptTextRenderer;
import app.brigade.devices.testing.Samples;
import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {

    private final List<String> pages = new ArrayList<>();
    private final List<Integer> statusRequests = new ArrayList<>();
    private final List<DrawerPin> pulses = new ArrayList<>();

    private void decode(byte[] bytes, int columns, CodePage initial) {
        ReceiptAssembler assembler = new ReceiptAssembler(columns, (lines, p, cut) -> pages.add(String.join("\n",
                lines.stream().map(l -> l.render(columns)).toList()).stripTrailing()));
        EscPosSink sink = new AssemblerSink(assembler);
        int[] index = {0};
        ByteSource source = () -> {
            if (index[0] >= bytes.length) {
                throw new EOFException();
            }
            return bytes[index[0]++] & 0xFF;
        };
        try {
            new EscPosDecoder(source, sink, initial).run();
        } catch (java.io.IOException end) {
            // End of the test stream.
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CodePage.class, names = {"CP858", "WPC1252", "CP850"})
    void decodingTheEncodersBytesGivesTheRenderedText(CodePage page) {
        ReceiptDocument receipt = new CustomerReceiptLayout(Samples.EURO).layout(Samples.receipt());
        decode(new ReceiptEncoder(42, page).encode(receipt), 42, CodePage.CP437);
        String expected = new ReceiptTextRenderer(42).render(receipt).getFirst();
        if (page == CodePage.CP850) {
            expected = expected.replace('€', '?');
        }
        assertThat(pages).containsExactly(expected);
    }

    @Test
    void kitchenChitAt32ColumnsRoundTrips() {
        ReceiptDocument chit = new KitchenChitLayout(Samples.EURO).layout(Samples.grillChit());
        decode(new ReceiptEncoder(32, CodePage.CP858).encode(chit), 32, CodePage.CP858);
        assertThat(pages).containsExactly(new ReceiptTextRenderer(32).render(chit).getFirst());
    }

    @Test
    void statusRequestsAndDrawerPulsesAreReported() {
        decode(new byte[] {0x10, 0x04, 0x01, 0x1B, 'p', 0x01, 50, 50, 0x10, 0x04, 0x04}, 42, CodePage.CP858);
        assertThat(statusRequests).containsExactly(1, 4);
        assertThat(pulses).containsExactly(DrawerPin.PIN_5);
    }

    @Test
    void unknownCommandsAreSkippedAndTextContinues() {
        decode(new byte[] {'a', 0x1B, '&', 'b', 0x0A, 0x1D, 'V', 66, 3}, 42, CodePage.CP858);
        assertThat(pages).containsExactly("ab");
    }

    private final class AssemblerSink implements EscPosSink {
        private final ReceiptAssembler assembler;

        AssemblerSink(ReceiptAssembler assembler) {
            this.assembler = assembler;
        }

        @Override public void init() { assembler.init(); }
        @Override public void align(app.brigade.devices.escpos.Align align) { assembler.align(align); }
        @Override public void bold(boolean on) { assembler.bold(on); }
        @Override public void size(int w, int h) { assembler.size(w, h); }
        @Override public void text(String text) { assembler.text(text); }
        @Override public void lineFeed() { assembler.lineFeed(); }
        @Override public void qr(String data) { assembler.placeholder(PrintedLine.Kind.QR, "[QR: " + data + "]"); }
        @Override public void barcode(String type, String data) {
            assembler.placeholder(PrintedLine.Kind.BARCODE, "[BARCODE " + type + ": " + data + "]");
        }
        @Override public void cut(CutMode mode) { assembler.cut(mode); }
        @Override public void drawerPulse(DrawerPin pin, int on, int off) { pulses.add(pin); }
        @Override public void statusRequest(int n) { statusRequests.add(n); }
        @Override public void unknown(String description) { }
    }
}
