package app.brigade.devices.emulator;

import app.brigade.devices.link.DeviceLink;
import app.brigade.devices.link.LinkException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** The emulator's side of an accepted TCP connection, seen as a device link. */
final class AcceptedSocketLink implements DeviceLink {

    private final Socket socket;
    private volatile boolean closed;

    AcceptedSocketLink(Socket socket) {
        this.socket = socket;
    }

    @Override
    public String name() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override
    public void open() {
        // Already connected when accepted.
    }

    @Override
    public boolean isOpen() {
        return !closed && !socket.isClosed();
    }

    @Override
    public void write(byte[] data) throws LinkException {
        try {
            socket.getOutputStream().write(data);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            closed = true;
            throw new LinkException("Client " + name() + " went away: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            int n = socket.getInputStream().read(buffer);
            if (n < 0) {
                closed = true;
                throw new LinkException("Client " + name() + " closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            closed = true;
            throw new LinkException("Client " + name() + " went away: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() {
        // The emulator reads everything it is sent.
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing left to report for a socket being dropped.
        }
    }
}
