package app.brigade.ui.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line of a terminal app ({@code pos} or {@code kds}): {@code [--config FILE] [--enroll CODE]
 * [--help]}, and where its settings come from when no {@code --config} is given (the Brigade home's
 * {@code <app>.properties}, or the first-run wizard when there is none yet).
 */
public final class TerminalArgs {

    /** What the launcher is to do. */
    public sealed interface Start permits Help, FirstRun, Configured {
    }

    /** Print the usage and exit. */
    public record Help() implements Start {
    }

    /** No settings anywhere: the wizard writes {@code settings} and then the app starts from it. */
    public record FirstRun(Path settings) implements Start {
    }

    /** Start from {@code settings}; {@code enrollmentCode} (may be null) enrolls on its server first. */
    public record Configured(Path settings, String enrollmentCode) implements Start {
    }

    private TerminalArgs() {
    }

    /**
     * Reads {@code args} for {@code app}.
     *
     * @throws IllegalArgumentException naming the option and what it needs, for a line that cannot run
     */
    public static Start parse(String app, String[] args) {
        Path configFile = null;
        String enrollmentCode = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return new Help();
                }
                case "--config" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new IllegalArgumentException("--config needs a file name");
                    }
                    configFile = Path.of(args[++i]);
                }
                case "--enroll" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new IllegalArgumentException("--enroll needs the enrollment code (from `server enroll"
                                + " --name NAME --kind " + app + "`)");
                    }
                    enrollmentCode = args[++i];
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'; see --help");
            }
        }
        if (configFile != null) {
            return new Configured(configFile, enrollmentCode);
        }
        Path standard = BrigadeHome.configFile(app);
        if (Files.isRegularFile(standard)) {
            return new Configured(standard, enrollmentCode);
        }
        if (enrollmentCode != null) {
            throw new IllegalArgumentException("--enroll needs settings with server.url: pass --config FILE, or start"
                    + " without options and enroll in the setup wizard (no " + standard + " yet)");
        }
        return new FirstRun(standard);
    }
}
