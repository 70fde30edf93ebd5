package app.brigade.kds.bumpbar;

/** A screen the bump bar drives: the station board or the expo view. */
public interface BumpTarget {

    /** Selects the card at {@code position} (1-based) on the current page, if there is one. */
    void selectPosition(int position);

    /** Moves the selection by {@code delta} cards, across pages when needed. */
    void moveSelection(int delta);

    /** How many cards one row holds, so up and down move by a row. */
    int columns();

    void bumpSelected();

    void recallLast();

    void nextPage();

    void previousPage();
}
