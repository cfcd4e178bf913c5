package io.sanctionscreen.lists.importing;

import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.UpstreamException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;

/**
 * Decides which addresses a list download may reach: the public internet only, unless the source is
 * allowed a host on a loopback, link-local (such as the cloud metadata address 169.254.169.254),
 * private, shared or multicast address ({@code
 * screening.lists.sources."<id>".allow-private-hosts}). The configured address and every redirect
 * are held to the same rule, before connecting.
 *
 * <p>The host is resolved here and the JDK caches the answer (30 seconds by default), so the
 * connection that follows uses the address that was checked.
 */
final class DownloadAddresses {

  private DownloadAddresses() {}

  /**
   * Checks an address the download is about to reach.
   *
   * @param uri the address
   * @param allowed hosts ({@code name} or {@code name:port}, {@code [v6]:port}) allowed although
   *     private
   * @param configKey the configuration key that allows hosts, for the message
   * @param redirectFrom the address that redirected here, or null for the configured address
   * @throws ConflictException if the configured address is not allowed
   * @throws UpstreamException if a redirect leads to an address that is not allowed, or the host
   *     cannot be resolved
   */
  static void check(URI uri, Collection<String> allowed, String configKey, String redirectFrom) {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw refused(uri, "it names no host", redirectFrom);
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme(uri)) ? 443 : 80;
    if (isAllowed(bare, port, allowed)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw new UpstreamException(
          "download-failed",
          "Download failed",
          "GET " + ListDownloader.redact(uri.toString()) + ": the host cannot be resolved",
          false);
    }
    for (InetAddress a : addresses) {
      String kind = restricted(a);
      if (kind != null) {
        throw refused(
            uri,
            host
                + " is "
                + kind
                + " ("
                + a.getHostAddress()
                + "); only a source allowed it in "
                + configKey
                + " may download from it",
            redirectFrom);
      }
    }
  }

  /** The scheme in lower case, or empty. */
  static String scheme(URI uri) {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static boolean isAllowed(String host, int port, Collection<String> allowed) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String entry : allowed) {
      String e = entry.strip().toLowerCase(Locale.ROOT);
      if (e.equals(h)
          || e.equals("[" + h + "]")
          || e.equals(h + ":" + port)
          || e.equals("[" + h + "]:" + port)) {
        return true;
      }
    }
    return false;
  }

  /** What makes an address off limits, or null for a public one. */
  static String restricted(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (a.isAnyLocalAddress()) {
      return "the unspecified address";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    if (a.isSiteLocalAddress()) {
      return "a private address";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      if (b0 == 0) {
        return "a reserved address";
      }
      if (b0 == 100 && b1 >= 64 && b1 <= 127) {
        return "a shared (carrier-grade NAT) address";
      }
      if (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) {
        return "a reserved address";
      }
      if (b0 == 198 && (b1 == 18 || b1 == 19)) {
        return "a reserved address";
      }
      if (b0 >= 240) {
        return "a reserved address";
      }
    } else if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return "a private address";
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return "a private address";
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          InetAddress v4 = InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
          return restricted(v4);
        } catch (UnknownHostException e) {
          return "a reserved address";
        }
      }
    }
    return null;
  }

  private static RuntimeException refused(URI uri, String why, String redirectFrom) {
    String shown = ListDownloader.redact(uri.toString());
    if (redirectFrom == null) {
      return new ConflictException(
          "download-address-refused",
          "Download address refused",
          "The download address " + shown + " is refused: " + why + ". Nothing was imported.");
    }
    return new UpstreamException(
        "download-redirect-refused",
        "Download redirect refused",
        "GET "
            + ListDownloader.redact(redirectFrom)
            + " redirected to "
            + shown
            + ", which is refused: "
            + why
            + ". Nothing was imported.",
        false);
  }
}
