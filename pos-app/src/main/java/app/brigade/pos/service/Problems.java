package app.brigade.pos.service;

import app.brigade.model.order.RejectedException;
import app.brigade.model.order.Rejection;
import app.brigade.model.text.InputException;
import app.brigade.ui.i18n.Messages;
import java.util.concurrent.CompletionException;

/**
 * What a screen shows when an action failed: a refusal from the service ({@link PosException}), from
 * the order rules ({@link RejectedException}) or of typed input ({@link InputException}: an amount, a
 * card's details) in the terminal's language, anything else as the screen's own "did not work" sentence
 * (the cause is in the log).
 */
public final class Problems {

    private Problems() {
    }

    /** The sentence for {@code failure}; {@code fallbackKey} names the screen's text for an unexpected error. */
    public static String describe(Throwable failure, Messages messages, String fallbackKey) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return switch (cause) {
            case PosException e -> e.text().render(messages::get, messages.locale());
            case RejectedException e -> rejection(e.rejection()).render(messages::get, messages.locale());
            case InputException e -> messages.text(e);
            case IllegalArgumentException e when e.getMessage() != null -> e.getMessage();
            default -> messages.get(fallbackKey);
        };
    }

    /**
     * A rule's refusal by its stable reason: the English bundle shows the rule's own sentence (which
     * names the line, amount or check), other languages their translation of the reason.
     */
    public static Text rejection(Rejection rejection) {
        return Text.of("rejection." + rejection.reason().name(), rejection.message());
    }
}
