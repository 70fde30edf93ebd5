package app.brigade.kds.card;

/** What a tap on a ticket card does: the board wires these to its ViewModel's commands. */
public interface CardActions {

    /** Tap on the header: bump (or dismiss a cancel card). */
    void header(String ticketId);

    /** Tap on an item: done or not done. */
    void item(String ticketId, String lineId);
}
