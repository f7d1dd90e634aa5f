package no.imdi.grants.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Ports on 127.0.0.1 that nothing listens on. A Payara Server domain takes a block of them at fixed
 * offsets from a base, the scheme of {@code asadmin create-domain --portbase}; the bases lie below
 * Linux's ephemeral range so that outgoing connections do not take them in the meantime.
 */
final class LoopbackPorts {

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private LoopbackPorts() {}

  /** Any free port, chosen by the operating system. */
  static int anyFree() {
    try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + LOOPBACK, e);
    }
  }

  /** A multiple of 100 between 20000 and 31900 whose ports base + offset are all free. */
  static int freeBase(int... offsets) {
    for (int attempt = 0; attempt < 200; attempt++) {
      int base = 100 * ThreadLocalRandom.current().nextInt(200, 320);
      if (IntStream.of(offsets).allMatch(offset -> isFree(base + offset))) {
        return base;
      }
    }
    throw new IllegalStateException("No block of free ports on " + LOOPBACK + " in 20000-31999");
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
