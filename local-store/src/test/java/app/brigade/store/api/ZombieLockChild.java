package app.brigade.store.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Child process for {@link ZombieLockTest}: opens a closed store's H2 file, leaves a transaction holding
 * row locks in it and waits to be killed with SIGKILL. Mode {@code prepared} prepares the transaction
 * for a two-phase commit ({@code PREPARE COMMIT}), which H2 keeps, locks included, across a restart;
 * mode {@code plain} leaves an ordinary uncommitted transaction. Either way a second connection then
 * forces a {@code CHECKPOINT}, so the transaction's changes and undo log are written to the file.
 */
public final class ZombieLockChild {

    private ZombieLockChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).resolve("db").resolve("brigade").toAbsolutePath();
        String mode = args[1];
        String url = "jdbc:h2:file:" + db + ";IFEXISTS=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Connection zombie = DriverManager.getConnection(url, "sa", "");
        zombie.setAutoCommit(false);
        try (Statement st = zombie.createStatement()) {
            for (int i = 2; i < args.length; i++) {
                int rows = st.executeUpdate(args[i]);
                if (rows == 0) {
                    throw new IllegalStateException("locked nothing: " + args[i]);
                }
            }
            if (mode.equals("prepared")) {
                st.execute("PREPARE COMMIT ZOMBIE");
            }
        }
        try (Connection other = DriverManager.getConnection(url, "sa", "");
                Statement st = other.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
