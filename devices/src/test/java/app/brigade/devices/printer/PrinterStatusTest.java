package app.brigade.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    private static PrinterStatus decode(int n1, int n2, int n3, int n4) {
        return PrinterStatus.decode(new byte[] {(byte) n1, (byte) n2, (byte) n3, (byte) n4});
    }

    @Test
    void allFixedBitsOnlyMeansReady() {
        assertThat(decode(0x12, 0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.READY);
        assertThat(PrinterStatus.READY.state()).isEqualTo(PrinterState.READY);
    }

    @Test
    void decodesDrawerCoverPaperAndErrors() {
        assertThat(decode(0x16, 0x12, 0x12, 0x12).drawerOpen()).isTrue();
        assertThat(decode(0x1A, 0x16, 0x12, 0x12).state()).isEqualTo(PrinterState.COVER_OPEN);
        assertThat(decode(0x1A, 0x32, 0x12, 0x72).state()).isEqualTo(PrinterState.PAPER_END);
        assertThat(decode(0x12, 0x12, 0x12, 0x1E).describe()).isEqualTo("ready, paper low");
        assertThat(decode(0x1A, 0x52, 0x1A, 0x12).state()).isEqualTo(PrinterState.ERROR);
    }

    @Test
    void rejectsBytesThatAreNotStatusAnswers() {
        assertThat(PrinterStatus.isStatusByte((byte) 'A')).isFalse();
        assertThatThrownBy(() -> decode(0x12, 0x41, 0x12, 0x12))
                .hasMessage("Byte 0x41 is not an answer to DLE EOT 2 (fixed bits 0x12 missing)");
    }
}
