package app.brigade.kds.bumpbar;

/** What one key of a bump bar (or keyboard) does on the board. */
public sealed interface BumpBarAction {

    /** Select the ticket at {@code position} (1-based) on the current page. */
    record Select(int position) implements BumpBarAction {
        public Select {
            if (position < 1) {
                throw new IllegalArgumentException("positions start at 1, got " + position);
            }
        }
    }

    /** The actions without an argument. */
    enum Simple implements BumpBarAction {
        BUMP,
        RECALL,
        LEFT,
        RIGHT,
        UP,
        DOWN,
        NEXT_PAGE,
        PREVIOUS_PAGE
    }
}
