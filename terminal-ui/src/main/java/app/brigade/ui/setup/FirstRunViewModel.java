package app.brigade.ui.setup;

import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.i18n.Messages;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run wizard's state and commands (no {@code Node}; works without the FX toolkit): standalone
 * in one step, or test a server and enroll on it; then the app's terminal is opened from the written
 * settings and handed to {@code onStarted}. Nothing typed is ever cleared, whatever fails.
 *
 * @param <T> what the app opens from the settings (its context)
 */
public final class FirstRunViewModel<T> {

    /** What the result line shows. */
    public enum ResultState {
        NONE,
        BUSY,
        OK,
        ERROR
    }

    private final TerminalSetup setup;
    private final UiExecutor executor;
    private final Messages messages;
    private final TerminalOpener<T> opener;
    private final Consumer<T> onStarted;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyObjectWrapper<ResultState> resultState = new ReadOnlyObjectWrapper<>(this, "resultState",
            ResultState.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public FirstRunViewModel(TerminalSetup setup, UiExecutor executor, Messages messages, TerminalOpener<T> opener,
            Consumer<T> onStarted) {
        this.setup = setup;
        this.executor = executor;
        this.messages = messages;
        this.opener = opener;
        this.onStarted = onStarted;
        name.set(setup.kind().defaultName());
        name.addListener((o, was, now) -> nameError.set(""));
        url.addListener((o, was, now) -> urlError.set(""));
        code.addListener((o, was, now) -> codeError.set(""));
    }

    public TerminalKind kind() {
        return setup.kind();
    }

    public Path configFile() {
        return setup.configFile();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResultState> resultStateProperty() {
        return resultState.getReadOnlyProperty();
    }

    /** True while a check, an enrollment or the start runs; the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Standalone": writes the settings for this terminal alone and starts it. */
    public void standalone() {
        if (busy.get() || !validName()) {
            return;
        }
        String terminal = name.get().strip();
        show(ResultState.BUSY, messages.get("setup.saving"));
        busy.set(true);
        executor.run(() -> setup.standalone(terminal), data -> start(messages.format("setup.standalone.saved",
                data)), this::saveFailed);
    }

    /** "Test connection": asks the server at the typed address and shows what answered. */
    public void testConnection() {
        if (busy.get()) {
            return;
        }
        Optional<URI> server = validUrl();
        if (server.isEmpty()) {
            return;
        }
        show(ResultState.BUSY, messages.format("setup.check.busy", server.get()));
        busy.set(true);
        executor.run(() -> setup.check(server.get()), check -> {
            busy.set(false);
            show(check instanceof ConnectionCheck.Connected ? ResultState.OK : ResultState.ERROR, describe(check));
        }, e -> failed(messages.format("setup.check.network", server.get(), server.get().getHost(), reason(e))));
    }

    /** "Enroll": checks the server, redeems the code, writes the settings and starts the terminal. */
    public void enroll() {
        if (busy.get()) {
            return;
        }
        boolean nameOk = validName();
        Optional<URI> server = validUrl();
        boolean codeOk = validCode();
        if (!nameOk || server.isEmpty() || !codeOk) {
            return;
        }
        String terminal = name.get().strip();
        String typed = code.get().strip();
        show(ResultState.BUSY, messages.format("setup.enroll.busy", server.get()));
        busy.set(true);
        executor.run(() -> setup.enroll(server.get(), typed, terminal), outcome -> {
            switch (outcome) {
                case EnrollOutcome.Enrolled ok -> start(messages.format("setup.enroll.ok", ok.server(),
                        ok.deviceId()));
                case EnrollOutcome.Unreachable u -> failed(describe(u.check()));
                case EnrollOutcome.Refused r -> failed(messages.format("setup.enroll.refused", r.server(),
                        r.detail()));
            }
        }, this::saveFailed);
    }

    private void start(String what) {
        show(ResultState.OK, what + " " + messages.get("setup.starting"));
        executor.run(() -> opener.open(setup.configFile()), opened -> {
            busy.set(false);
            onStarted.accept(opened);
        }, e -> failed(messages.format("setup.start.failed", reason(e), setup.configFile())));
    }

    private void saveFailed(Throwable e) {
        failed(messages.format("setup.save.failed", setup.configFile(), reason(e)));
    }

    private void failed(String text) {
        busy.set(false);
        show(ResultState.ERROR, text);
    }

    private void show(ResultState state, String text) {
        resultState.set(state);
        result.set(text);
    }

    private boolean validName() {
        Optional<SetupForm.Problem> p = SetupForm.checkName(name.get());
        nameError.set(p.map(this::text).orElse(""));
        return p.isEmpty();
    }

    private Optional<URI> validUrl() {
        SetupForm.Result r = SetupForm.serverUrl(url.get());
        urlError.set(r.valid() ? "" : text(r.problem()));
        return Optional.ofNullable(r.uri());
    }

    private boolean validCode() {
        Optional<SetupForm.Problem> p = SetupForm.checkCode(code.get());
        codeError.set(p.map(this::text).orElse(""));
        return p.isEmpty();
    }

    private String text(SetupForm.Problem p) {
        return messages.format(p.key(), p.value());
    }

    private String describe(ConnectionCheck check) {
        return switch (check) {
            case ConnectionCheck.Connected ok -> messages.format("setup.check.ok", ok.server(), ok.version(),
                    ok.database().isEmpty() ? "?" : ok.database());
            case ConnectionCheck.Failed f -> messages.format("setup.check." + switch (f.problem()) {
                case REFUSED -> "refused";
                case UNKNOWN_HOST -> "unknownHost";
                case TLS -> "tls";
                case TIMEOUT -> "timeout";
                case NETWORK -> "network";
                case NOT_BRIGADE -> "notBrigade";
                case UNHEALTHY -> "unhealthy";
            }, f.server(), f.server().getHost(), f.detail());
        };
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
