package app.brigade.kds.bumpbar;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.ui.config.ConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Key → command, as a programmable bump bar acting as a keyboard sends them. */
class BumpBarTest {

    private final List<String> calls = new ArrayList<>();
    private final BumpTarget target = new BumpTarget() {
        @Override
        public void selectPosition(int position) {
            calls.add("select " + position);
        }

        @Override
        public void moveSelection(int delta) {
            calls.add("move " + delta);
        }

        @Override
        public int columns() {
            return 4;
        }

        @Override
        public void bumpSelected() {
            calls.add("bump");
        }

        @Override
        public void recallLast() {
            calls.add("recall");
        }

        @Override
        public void nextPage() {
            calls.add("next");
        }

        @Override
        public void previousPage() {
            calls.add("previous");
        }
    };

    @Test
    void defaultKeysDigitsSelectArrowsMoveBBumpsRRecallsPagesTurn() {
        BumpBar bar = new BumpBar(BumpBarMapping.defaults());
        for (KeyCode k : List.of(KeyCode.DIGIT3, KeyCode.NUMPAD0, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.UP,
                KeyCode.LEFT, KeyCode.B, KeyCode.R, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP)) {
            assertThat(bar.press(k, target)).as(k.name()).isTrue();
        }
        assertThat(calls).containsExactly("select 3", "select 10", "move 1", "move 4", "move -4", "move -1", "bump",
                "recall", "next", "previous");
        assertThat(bar.press(KeyCode.Q, target)).as("unmapped keys pass through").isFalse();
    }

    @Test
    void aProgrammedBarWithItsOwnKeysIsMappedFromTheConfiguration() {
        Properties p = new Properties();
        p.setProperty("bumpbar.bump", "ENTER");
        p.setProperty("bumpbar.recall", "F5");
        p.setProperty("bumpbar.select", "A,S,D");
        p.setProperty("bumpbar.page.next", "N");
        BumpBar bar = new BumpBar(BumpBarMapping.from(ConfigFile.of(p, "test")));

        bar.press(KeyCode.S, target);
        bar.press(KeyCode.ENTER, target);
        bar.press(KeyCode.F5, target);
        bar.press(KeyCode.N, target);
        assertThat(bar.press(KeyCode.B, target)).as("B is no longer bump").isFalse();
        assertThat(bar.press(KeyCode.DIGIT1, target)).as("digits are no longer select").isFalse();
        assertThat(calls).containsExactly("select 2", "bump", "recall", "next");
    }
}
