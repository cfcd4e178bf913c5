package io.sanctionscreen.lists;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Configuration of list loading, import and refresh ({@code screening.lists.*}). */
@ConfigMapping(prefix = "screening.lists")
public interface ListsConfig {

  /** The bundled list snapshots imported on start-up when the database has no version of them. */
  @WithDefault("us-ofac-sdn,us-ofac-cons,un-sc,gb-ofsi,us-csl,eu-fsf,gb-fcdo")
  List<String> bundled();

  /** Whether start-up imports the bundled snapshots of sources that have no version yet. */
  @WithDefault("true")
  boolean loadBundledOnStart();

  /**
   * Whether start-up loading runs in the background, so the HTTP server answers (liveness) while a
   * first start imports; readiness reports the lists as loading meanwhile.
   */
  @WithDefault("true")
  boolean loadInBackground();

  /**
   * The largest list file accepted, uploaded or downloaded, as sent (compressed or not); a larger
   * one is refused before it is parsed. quarkus.http.limits.max-body-size must not be smaller.
   */
  @WithDefault("200M")
  MemorySize maxFileSize();

  /**
   * The share (0 to 1) of the active version's entries, or of its names, that a new version may
   * lose; a file that loses more is refused unless the import is forced.
   */
  @WithDefault("0.2")
  double maxShrink();

  /**
   * How long a list counts as current after its list date or the last refresh that confirmed it; an
   * older list is reported stale in the list info and the readiness data.
   */
  @WithDefault("48h")
  Duration maxAge();

  /**
   * How old a list may grow (as for {@link #maxAge()}) before the readiness check goes DOWN, so
   * that an orchestrator takes the replica out of service and alerts fire; unset (the default), a
   * stale list is reported in the readiness data and the list info but the replica stays ready. Set
   * it where refresh is expected to work (the Kubernetes install sets 7d); an installation
   * screening offline against the bundled snapshots leaves it unset.
   */
  Optional<Duration> unreadyAfter();

  /** Where uploaded and downloaded list files are kept while they are imported, then deleted. */
  @WithDefault("${screening.data-dir:./data}/imports")
  String workDirectory();

  /** The longest an import transaction may run (parsing happens before it). */
  @WithDefault("30m")
  Duration importTimeout();

  /** Refresh from the download addresses, on demand and on a schedule. */
  Refresh refresh();

  /** Per-source settings, by source id: {@code screening.lists.sources."un-sc".url=...}. */
  Map<String, Source> sources();

  /** Refresh from the download addresses ({@code screening.lists.refresh.*}). */
  interface Refresh {

    /**
     * How often each replica checks whether a scheduled refresh is due, as a Quarkus "every"
     * expression ({@code 15m}); {@code off} disables the scheduled refresh.
     */
    @WithDefault("15m")
    String checkEvery();

    /**
     * How long after a source's last refresh attempt (by any replica) the next scheduled one is
     * due.
     */
    @WithDefault("6h")
    Duration interval();

    /** The sources refreshed on schedule. */
    @WithDefault("us-ofac-sdn,us-ofac-cons,un-sc,eu-fsf,gb-ofsi,gb-fcdo,us-csl")
    List<String> sources();

    /**
     * Whether a source without a configured url is downloaded from the publisher's official
     * address; false leaves it without one (an installation without internet access, tests).
     */
    @WithDefault("true")
    boolean officialUrls();

    /** The time allowed to open a connection to a download address. */
    @WithDefault("30s")
    Duration connectTimeout();

    /** The time allowed for a whole download, response headers to last byte. */
    @WithDefault("10m")
    Duration timeout();
  }

  /** Settings of one source ({@code screening.lists.sources."<id>".*}). */
  interface Source {

    /** The address to download the source's (main) file from, instead of the official one. */
    Optional<String> url();

    /**
     * For a multi-file format (OFAC CSV: {@code alt}, {@code add}, {@code comments}), the addresses
     * of the other files by part; read only together with {@code url}.
     */
    Map<String, String> partUrls();

    /** The format of the file at {@code url}, when it is not the source's usual one. */
    Optional<String> format();

    /** The access token that the official EU Financial Sanctions Files address needs (eu-fsf). */
    Optional<String> token();

    /**
     * Hosts this source may download from although they resolve to a loopback, link-local (such as
     * the cloud metadata address 169.254.169.254), private, shared or multicast address: a mirror
     * inside the network, a test server. Each is a host name or address, with or without a port
     * ({@code mirror.internal}, {@code 10.1.2.3:8080}, {@code [::1]:8443}). Unset, the source
     * reaches public addresses only; redirects are held to the same rule.
     */
    Optional<List<String>> allowPrivateHosts();
  }
}
