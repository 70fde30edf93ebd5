import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills one app's jpackage input folder: the jars listed in the app module's target/classpath.txt
 * (its runtime dependencies, written by Maven at prepare-package, see the root pom) plus extra files
 * (the app jar itself, logging config, ...).
 *
 * <pre>java CollectJars.java OUT_DIR CLASSPATH_FILE [EXTRA_FILE...]</pre>
 *
 * Fails (exit 1) with a message when the classpath file is missing or names something that is not
 * a jar file, e.g. a target/classes folder left by a build that stopped before packaging.
 */
public final class CollectJars {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            fail("usage: CollectJars OUT_DIR CLASSPATH_FILE [EXTRA_FILE...]");
        }
        Path out = Path.of(args[0]);
        Path classpathFile = Path.of(args[1]);
        if (!Files.isRegularFile(classpathFile)) {
            fail(classpathFile + " is missing: package the application module first "
                    + "(./mvnw -B verify builds everything in order)");
        }
        List<Path> files = new ArrayList<>();
        String classpath = Files.readString(classpathFile).strip();
        if (!classpath.isEmpty()) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                files.add(Path.of(entry));
            }
        }
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        Files.createDirectories(out);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path file : files) {
            if (!names.add(file.getFileName().toString())) {
                fail("two files named " + file.getFileName() + " in " + classpathFile + "; jpackage needs unique names");
            }
            if (!Files.isRegularFile(file)) {
                fail(file + " (from " + classpathFile + ") is not a file: package the modules first "
                        + "(./mvnw -B verify, or install them) so every dependency is a jar");
            }
            Files.copy(file, out.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("installer: " + files.size() + " files in " + out);
    }

    private static void fail(String message) {
        System.err.println("installer: " + message);
        System.exit(1);
    }
}
