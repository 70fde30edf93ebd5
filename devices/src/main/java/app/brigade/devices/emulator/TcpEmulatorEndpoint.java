package app.brigade.devices.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accepts TCP connections on a loopback port and serves them one at a time, like a port-9100 printer. */
final class TcpEmulatorEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpEmulatorEndpoint.class);

    private final PrinterEmulator emulator;
    private final ServerSocket server;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile AcceptedSocketLink current;

    TcpEmulatorEndpoint(PrinterEmulator emulator, int port) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Emulator TCP port must be 0..65535, was " + port);
        }
        this.emulator = emulator;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            server.close();
            throw new IOException("Emulator cannot listen on TCP port " + port + ": " + e.getMessage(), e);
        }
        this.thread = Thread.ofPlatform().name("printer-emulator-tcp-" + port()).daemon(true).start(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                current = new AcceptedSocketLink(socket);
                emulator.serve(current, () -> running);
            } catch (IOException e) {
                if (running) {
                    LOG.warn("Emulator accept on port {} failed: {}", port(), e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        AcceptedSocketLink link = current;
        if (link != null) {
            link.close();
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
