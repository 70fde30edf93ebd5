package app.brigade.devices.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A raw TCP link to a network printer (port 9100). Writes are bounded by a watchdog that closes the
 * socket when the printer stops taking data; reads use the socket timeout.
 */
public final class TcpLink implements DeviceLink {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tcp-link-write-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final TcpSettings settings;
    private volatile Socket socket;
    private volatile boolean broken;
    private InputStream in;
    private OutputStream out;

    /** A link for the given address; nothing is connected until {@link #open()}. */
    public TcpLink(TcpSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.host() + ":" + settings.port();
    }

    @Override
    public synchronized void open() throws LinkException {
        if (isOpen()) {
            return;
        }
        close();
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        if (address.isUnresolved()) {
            throw new LinkException("Printer host '" + settings.host() + "' is unknown (DNS lookup failed)");
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(address, (int) settings.connectTimeout().toMillis());
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (ConnectException e) {
            closeQuietly(s);
            throw new LinkException("Printer at " + name() + " refused the connection (is it on and is the port right?)", e);
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            throw new LinkException("Printer at " + name() + " did not accept a connection within "
                    + settings.connectTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            closeQuietly(s);
            throw new LinkException("Could not connect to printer at " + name() + ": " + e.getMessage(), e);
        }
        broken = false;
        socket = s;
    }

    @Override
    public boolean isOpen() {
        Socket s = socket;
        return s != null && !broken && !s.isClosed();
    }

    @Override
    public void write(byte[] data) throws LinkException {
        Socket s = requireOpen();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> closeQuietly(s),
                settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            broken = true;
            throw new LinkException("Lost the connection to printer at " + name() + " while writing"
                    + (s.isClosed() ? " (no progress within " + settings.writeTimeout().toMillis() + " ms)" : "")
                    + ": " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        Socket s = requireOpen();
        try {
            s.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            int n = in.read(buffer);
            if (n < 0) {
                broken = true;
                throw new LinkException("Printer at " + name() + " closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            broken = true;
            throw new LinkException("Lost the connection to printer at " + name() + " while reading: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws LinkException {
        requireOpen();
        try {
            byte[] scratch = new byte[256];
            while (in.available() > 0) {
                if (in.read(scratch, 0, Math.min(scratch.length, in.available())) < 0) {
                    broken = true;
                    throw new LinkException("Printer at " + name() + " closed the connection");
                }
            }
        } catch (IOException e) {
            broken = true;
            throw new LinkException("Lost the connection to printer at " + name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private Socket requireOpen() throws LinkException {
        Socket s = socket;
        if (s == null || broken || s.isClosed()) {
            throw new LinkException("Printer at " + name() + " is not connected");
        }
        return s;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing a broken socket has nothing left to report.
        }
    }
}
