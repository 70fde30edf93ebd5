package app.brigade.sync.enroll;

import app.brigade.model.protocol.EventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's token file {@code device-token.json} in its config folder: server URL, device id and
 * bearer token, readable by the owner only ({@code rw-------}), written atomically (temp file, fsync, move).
 */
public final class TokenFile {

    public static final String NAME = "device-token.json";

    private static final Logger LOG = LoggerFactory.getLogger(TokenFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper MAPPER = EventCodec.newMapper();

    private TokenFile() {
    }

    public static Path in(Path configFolder) {
        return configFolder.resolve(NAME);
    }

    public static void write(Path configFolder, DeviceCredentials c) {
        Path target = in(configFolder);
        ObjectNode json = MAPPER.createObjectNode()
                .put("server", c.server().toString())
                .put("deviceId", c.deviceId())
                .put("token", c.token())
                .put("name", c.name())
                .put("kind", c.kind())
                .put("enrolledAt", c.enrolledAt().toString());
        try {
            Files.createDirectories(configFolder);
            Path temp = configFolder.resolve(NAME + ".tmp");
            Files.deleteIfExists(temp);
            if (posix()) {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
                Files.createFile(temp, ownerOnly);
            } else {
                Files.createFile(temp);
                LOG.warn("{} is not on a POSIX file system; restrict access to it by hand", target);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                        .getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (posix()) {
                Files.setPosixFilePermissions(target, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + target + ": " + e.getMessage(), e);
        }
    }

    /** The stored credentials, or empty when this terminal was never enrolled. */
    public static Optional<DeviceCredentials> read(Path configFolder) {
        Path file = in(configFolder);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            tightenIfNeeded(file);
            JsonNode json = MAPPER.readTree(Files.readString(file));
            return Optional.of(new DeviceCredentials(URI.create(text(json, "server", file)),
                    text(json, "deviceId", file), text(json, "token", file), json.path("name").asText(""),
                    json.path("kind").asText(""), Instant.parse(text(json, "enrolledAt", file))));
        } catch (IOException | RuntimeException e) {
            throw new EnrollmentException("the token file " + file + " is unreadable (" + e.getMessage()
                    + "); enroll this terminal again", e);
        }
    }

    private static void tightenIfNeeded(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (!perms.equals(OWNER_ONLY)) {
            LOG.warn("{} was readable by others ({}); restricting it to the owner", file,
                    PosixFilePermissions.toString(perms));
            Files.setPosixFilePermissions(file, EnumSet.copyOf(OWNER_ONLY));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String text(JsonNode json, String field, Path file) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing in " + file);
        }
        return v.asText();
    }
}
