package app.brigade.devices.testing;

/** Byte-array searching for assertions on raw printer traffic. */
public final class Bytes {

    private Bytes() {
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, int... needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if ((haystack[i + j] & 0xFF) != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A TCP port with nothing listening (bound, then released). */
    public static int unusedTcpPort() throws java.io.IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
