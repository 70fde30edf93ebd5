package app.brigade.model.event;

/** A modifier chosen for a line, snapshotted with its name and price delta at the time of ordering. */
public record LineModifier(String groupId, String modifierId, String name, long priceDelta) {
    public LineModifier {
        Require.text(modifierId, "modifierId");
        Require.text(name, "modifier name");
    }
}
