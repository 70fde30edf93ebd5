package app.brigade.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CharBufferedTest {

    @Test
    void everyWriteReachesTheTargetInOrderAcrossBufferBoundaries() throws Exception {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (FastZipWorkbook.CharBuffered w = new FastZipWorkbook.CharBuffered(target)) {
            for (int i = 0; i < 20_000; i++) {
                String s = "<c r=\"A" + i + "\" s=\"3\">ü€" + i + "</c>";
                w.write(s);
                w.write('\n');
                char[] chars = ("x" + i).toCharArray();
                w.write(chars, 0, chars.length);
                expected.append(s).append('\n').append("x").append(i);
            }
            String big = "y".repeat(200_000); // larger than the buffer in one call
            w.write(big);
            expected.append(big);
        }
        assertThat(target.toString()).isEqualTo(expected.toString());
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        StringWriter target = new StringWriter();
        FastZipWorkbook.CharBuffered w = new FastZipWorkbook.CharBuffered(target);
        w.write("abc");
        w.close();
        w.close();
        assertThat(target.toString()).isEqualTo("abc");
    }
}
