package app.brigade.pos;

import app.brigade.model.catalog.Item;
import app.brigade.model.catalog.ModifierGroup;
import app.brigade.pos.order.Prompts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The cashier's answers to the dialogs, scripted for view-model tests: each manager-PIN prompt takes the
 * next queued PIN (none left means the cashier cancelled), every reason prompt gets the same reason, and
 * modifier dialogs are cancelled. The titles asked for are kept, in order.
 */
public final class ScriptedPrompts implements Prompts {

    private final Deque<String> pins = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final String reason;

    public ScriptedPrompts(String reason) {
        this.reason = reason;
    }

    /** Queues the PIN the next manager-PIN prompt is answered with. */
    public ScriptedPrompts pin(String pin) {
        pins.add(pin);
        return this;
    }

    /** PINs queued and not asked for yet. */
    public List<String> pinsLeft() {
        return List.copyOf(pins);
    }

    /** What each manager-PIN prompt asked approval for, in order. */
    public List<String> askedFor() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<List<String>> modifiers(Item item, List<ModifierGroup> groups) {
        return Optional.empty();
    }

    @Override
    public Optional<String> managerPin(String action) {
        asked.add(action);
        return Optional.ofNullable(pins.poll());
    }

    @Override
    public Optional<String> reason(String action) {
        return Optional.of(reason);
    }
}
