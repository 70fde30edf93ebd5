package app.brigade.kds.bumpbar;

import javafx.scene.input.KeyCode;

/**
 * Turns key presses into board commands through a {@link BumpBarMapping}. Programmable bump bars
 * act as keyboards, so the same code serves both.
 */
public final class BumpBar {

    private final BumpBarMapping mapping;

    public BumpBar(BumpBarMapping mapping) {
        this.mapping = mapping;
    }

    /** Runs the mapped command on {@code target}; false when the key is not mapped (let it through). */
    public boolean press(KeyCode key, BumpTarget target) {
        return mapping.action(key).map(a -> {
            run(a, target);
            return true;
        }).orElse(false);
    }

    private static void run(BumpBarAction action, BumpTarget target) {
        switch (action) {
            case BumpBarAction.Select s -> target.selectPosition(s.position());
            case BumpBarAction.Simple simple -> {
                switch (simple) {
                    case BUMP -> target.bumpSelected();
                    case RECALL -> target.recallLast();
                    case LEFT -> target.moveSelection(-1);
                    case RIGHT -> target.moveSelection(1);
                    case UP -> target.moveSelection(-Math.max(1, target.columns()));
                    case DOWN -> target.moveSelection(Math.max(1, target.columns()));
                    case NEXT_PAGE -> target.nextPage();
                    case PREVIOUS_PAGE -> target.previousPage();
                }
            }
        }
    }
}
