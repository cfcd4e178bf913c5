package io.sanctionscreen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sanctionscreen.index.IndexConfig;
import io.sanctionscreen.lists.ListsConfig;
import io.sanctionscreen.screening.ScreeningConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the deployment files in {@code docker/} and {@code k8s/} agree with the application:
 * port, health and metrics paths, configuration keys, image name, data directory, database wiring.
 * Every expected value is derived from the application (its {@code application.properties}, its
 * {@code @ConfigMapping} interfaces, the pom) or from another deployment file, never restated here.
 */
class DeploymentManifestsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path K8S = ROOT.resolve("k8s");
  private static final Path DOCKER = ROOT.resolve("docker");

  /**
   * Quarkus keys without a value in application.properties that the deployment files may set. Keys
   * that application.properties sets (the JDBC URL, the pool size...) are known already.
   */
  private static final Set<String> QUARKUS_KEYS_SET_PER_ENVIRONMENT =
      Set.of(
          "quarkus.datasource.username",
          "quarkus.datasource.password",
          "quarkus.http.port",
          "quarkus.log.level",
          "mp.jwt.verify.publickey.location");

  private static final String UNKNOWN_KEYS =
      "variables that no @ConfigMapping method or application property reads";

  private static Properties app;
  private static Map<String, List<HasMetadata>> manifests;
  private static Deployment deployment;
  private static Container container;
  private static ConfigMap configMap;
  private static Secret secret;
  private static JsonNode compose;
  private static List<String[]> dockerfile;

  @BeforeAll
  static void load() throws IOException {
    assertThat(K8S).as("run from the repository root").isDirectory();
    app = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            ROOT.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
      app.load(r);
    }
    KubernetesSerialization serialization = new KubernetesSerialization();
    manifests = new LinkedHashMap<>();
    for (Path file : yamlFiles(K8S)) {
      if (!file.getFileName().toString().equals("kustomization.yaml")) {
        manifests.put(file.getFileName().toString(), parseManifest(serialization, file));
      }
    }
    deployment = only(Deployment.class);
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
    container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    configMap = only(ConfigMap.class);
    secret = only(Secret.class);
    compose = new ObjectMapper(new YAMLFactory()).readTree(DOCKER.resolve("compose.yaml").toFile());
    dockerfile = dockerInstructions(DOCKER.resolve("Dockerfile"));
  }

  // --- The application's side ------------------------------------------------------------------

  /** {@code quarkus.http.port} of application.properties, or Quarkus' default. */
  private static int httpPort() {
    return Integer.parseInt(app.getProperty("quarkus.http.port", "8080"));
  }

  /** The path of a management endpoint, as Quarkus derives it from its configuration. */
  private static String nonApplicationPath(String... segments) {
    StringBuilder path =
        new StringBuilder("/")
            .append(app.getProperty("quarkus.http.non-application-root-path", "q"));
    for (String s : segments) {
      path.append('/').append(s);
    }
    return path.toString();
  }

  private static String livenessPath() {
    return nonApplicationPath(
        app.getProperty("quarkus.smallrye-health.root-path", "health"),
        app.getProperty("quarkus.smallrye-health.liveness-path", "live"));
  }

  private static String readinessPath() {
    return nonApplicationPath(
        app.getProperty("quarkus.smallrye-health.root-path", "health"),
        app.getProperty("quarkus.smallrye-health.readiness-path", "ready"));
  }

  private static String metricsPath() {
    return nonApplicationPath(
        app.getProperty("quarkus.micrometer.export.prometheus.path", "metrics"));
  }

  /**
   * Environment variable names the application reads, with the type each one converts to: the
   * methods of every {@code @ConfigMapping} interface (kebab-case, as SmallRye Config names them),
   * the keys application.properties sets, and {@link #QUARKUS_KEYS_SET_PER_ENVIRONMENT}.
   */
  private static Map<String, Class<?>> knownEnvironmentVariables() throws IOException {
    Map<String, Class<?>> known = new HashMap<>();
    List<Class<?>> mappings = configMappings();
    assertThat(mappings).contains(ListsConfig.class, IndexConfig.class, ScreeningConfig.class);
    for (Class<?> mapping : mappings) {
      addMappingKeys(mapping, mapping.getAnnotation(ConfigMapping.class).prefix(), known);
    }
    for (String key : app.stringPropertyNames()) {
      if (!key.startsWith("%")) {
        known.putIfAbsent(envName(key), String.class);
      }
    }
    QUARKUS_KEYS_SET_PER_ENVIRONMENT.forEach(k -> known.putIfAbsent(envName(k), String.class));
    return known;
  }

  private static void addMappingKeys(Class<?> mapping, String prefix, Map<String, Class<?>> out) {
    for (Method m : mapping.getDeclaredMethods()) {
      if (m.getParameterCount() != 0 || m.isDefault() || m.isSynthetic()) {
        continue;
      }
      WithName withName = m.getAnnotation(WithName.class);
      String key = prefix + "." + (withName != null ? withName.value() : kebab(m.getName()));
      Class<?> type = m.getReturnType();
      if (type.isInterface() && type.getPackageName().startsWith("io.sanctionscreen")) {
        addMappingKeys(type, key, out); // a nested group
      } else {
        out.put(envName(key), type);
      }
    }
  }

  /** Every {@code @ConfigMapping} interface among the application's compiled classes. */
  private static List<Class<?>> configMappings() throws IOException {
    Path classes;
    try {
      classes =
          Path.of(ListsConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(classes)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    List<Class<?>> found = new ArrayList<>();
    for (Path f : classFiles) {
      String relative = classes.relativize(f).toString();
      String name = relative.substring(0, relative.length() - ".class".length());
      Class<?> c = loadClass(name.replace(f.getFileSystem().getSeparator(), "."));
      if (c.isInterface() && c.isAnnotationPresent(ConfigMapping.class)) {
        found.add(c);
      }
    }
    return found;
  }

  private static Class<?> loadClass(String name) {
    try {
      return Class.forName(name, false, DeploymentManifestsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> unknownKeys(Set<String> keys, Map<String, Class<?>> known) {
    Set<String> unknown = new TreeSet<>(keys);
    unknown.removeAll(known.keySet());
    return unknown;
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** The environment variable SmallRye Config maps to a property (MicroProfile Config rules). */
  private static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  // --- Kubernetes -------------------------------------------------------------------------------

  @Test
  void everyManifestIsAKnownKindWithoutUnknownFields() {
    assertThat(manifests.keySet())
        .contains(
            "namespace.yaml",
            "configmap.yaml",
            "secret.yaml",
            "deployment.yaml",
            "service.yaml",
            "hpa.yaml",
            "pdb.yaml",
            "networkpolicy.yaml",
            "postgres-statefulset.yaml",
            "postgres-service.yaml");
    String namespace = only(Namespace.class).getMetadata().getName();
    List<String> unknown = new ArrayList<>();
    manifests.forEach(
        (file, resources) -> {
          assertThat(resources).as(file).isNotEmpty();
          for (HasMetadata r : resources) {
            String where = file + " " + r.getKind() + "/" + r.getMetadata().getName();
            assertThat(r).as(where).isNotInstanceOf(GenericKubernetesResource.class);
            if (!(r instanceof Namespace)) {
              assertThat(r.getMetadata().getNamespace()).as(where).isEqualTo(namespace);
            }
            collectUnknownFields(r, where, unknown);
          }
        });
    // The model keeps fields it does not know aside instead of failing: a misspelt key
    // ("readinesProbe") would otherwise pass unnoticed.
    assertThat(unknown).as("fields the Kubernetes API does not know").isEmpty();
  }

  @Test
  void kustomizationAppliesEveryManifestButTheSecret() throws IOException {
    JsonNode kustomization =
        new ObjectMapper(new YAMLFactory()).readTree(K8S.resolve("kustomization.yaml").toFile());
    Set<String> listed = new TreeSet<>();
    kustomization.get("resources").forEach(n -> listed.add(n.asText()));
    Set<String> expected = new TreeSet<>(manifests.keySet());
    expected.remove("secret.yaml");
    assertThat(listed).isEqualTo(expected);
    assertThat(kustomization.get("namespace").asText())
        .isEqualTo(only(Namespace.class).getMetadata().getName());
  }

  @Test
  void containerListensOnTheApplicationsHttpPort() {
    assertThat(container.getPorts())
        .extracting(ContainerPort::getContainerPort)
        .contains(httpPort());
    Map<String, String> annotations =
        deployment.getSpec().getTemplate().getMetadata().getAnnotations();
    assertThat(annotations.get("prometheus.io/scrape")).isEqualTo("true");
    assertThat(annotations.get("prometheus.io/path")).isEqualTo(metricsPath());
    assertThat(Integer.parseInt(annotations.get("prometheus.io/port"))).isEqualTo(httpPort());
  }

  @Test
  void probesUseTheHealthEndpointsOnTheContainerPort() {
    Probe readiness = container.getReadinessProbe();
    Probe liveness = container.getLivenessProbe();
    Probe startup = container.getStartupProbe();
    assertThat(readiness.getHttpGet().getPath()).isEqualTo(readinessPath());
    assertThat(liveness.getHttpGet().getPath()).isEqualTo(livenessPath());
    assertThat(readiness.getHttpGet().getPath()).isNotEqualTo(liveness.getHttpGet().getPath());
    assertThat(startup.getHttpGet().getPath()).isIn(livenessPath(), readinessPath());
    for (Probe p : List.of(readiness, liveness, startup)) {
      assertThat(containerPort(p.getHttpGet().getPort())).isEqualTo(httpPort());
    }
    // The first start on an empty database imports the bundled lists before the index is built.
    int startupWindow = startup.getPeriodSeconds() * startup.getFailureThreshold();
    assertThat(startupWindow).as("startup window in seconds").isGreaterThanOrEqualTo(120);
  }

  @Test
  void serviceSelectsThePodsAndTargetsTheContainerPort() {
    Service service = named(Service.class, deployment.getMetadata().getName());
    assertThat(podLabels()).containsAllEntriesOf(service.getSpec().getSelector());
    ServicePort port = service.getSpec().getPorts().get(0);
    assertThat(containerPort(port.getTargetPort())).isEqualTo(httpPort());
  }

  @Test
  void autoscalerAndDisruptionBudgetCoverTheDeployment() {
    Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
    assertThat(podLabels()).containsAllEntriesOf(selector);

    HorizontalPodAutoscaler hpa = only(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion())
        .isEqualTo(deployment.getApiVersion());
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo(deployment.getKind());
    assertThat(hpa.getSpec().getScaleTargetRef().getName())
        .isEqualTo(deployment.getMetadata().getName());
    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
    assertThat(hpa.getSpec().getMetrics())
        .anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);

    PodDisruptionBudget pdb = only(PodDisruptionBudget.class);
    assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
    assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
  }

  @Test
  void networkPolicyAdmitsTheHttpPortAndReachesOnlyDatabaseDnsAndHttpsOutside() {
    NetworkPolicy policy = named(NetworkPolicy.class, deployment.getMetadata().getName());
    assertThat(podLabels())
        .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(
            policy.getSpec().getIngress().stream()
                .flatMap(rule -> rule.getPorts().stream())
                .map(p -> p.getPort().getIntVal()))
        .containsExactly(httpPort());
    Set<String> egress =
        policy.getSpec().getEgress().stream()
            .flatMap(rule -> rule.getPorts().stream())
            .map(DeploymentManifestsTest::portAndProtocol)
            .collect(Collectors.toCollection(TreeSet::new));
    int databasePort = jdbcUri(configMap.getData().get("QUARKUS_DATASOURCE_JDBC_URL")).getPort();
    assertThat(egress)
        .containsExactlyInAnyOrder(databasePort + "/TCP", "53/UDP", "53/TCP", "443/TCP");
    // HTTPS (list downloads, the identity provider's keys) goes outside the cluster only.
    assertThat(policy.getSpec().getEgress())
        .filteredOn(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 443))
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule.getTo())
                    .singleElement()
                    .satisfies(
                        peer -> {
                          assertThat(peer.getIpBlock().getCidr()).isEqualTo("0.0.0.0/0");
                          assertThat(peer.getIpBlock().getExcept())
                              .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
                        }));
  }

  @Test
  void podRunsAsNonRootOnAReadOnlyRootWithWritableTmpAndDataDir() {
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(container.getSecurityContext().getRunAsNonRoot()).isNotEqualTo(Boolean.FALSE);
    assertThat(pod.getSecurityContext().getRunAsUser())
        .as("the image's USER")
        .isEqualTo(Long.parseLong(runtimeInstruction("USER")));
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");

    Map<String, Volume> volumes =
        pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
    Map<String, String> emptyDirMounts = new HashMap<>();
    for (VolumeMount m : container.getVolumeMounts()) {
      if (volumes.get(m.getName()).getEmptyDir() != null) {
        emptyDirMounts.put(m.getMountPath(), m.getName());
      }
    }
    String dataDir = configMap.getData().get("SCREENING_DATA_DIR");
    assertThat(emptyDirMounts).containsKeys("/tmp", dataDir);
    assertThat(dockerEnv().get("SCREENING_DATA_DIR")).isEqualTo(dataDir);
  }

  @Test
  void resourcesLeaveTheHeapRoomForTheIndex() {
    Map<String, Quantity> requests = container.getResources().getRequests();
    Map<String, Quantity> limits = container.getResources().getLimits();
    assertThat(requests).containsKeys("cpu", "memory");
    assertThat(limits).containsKey("memory");
    BigDecimal requested = Quantity.getAmountInBytes(requests.get("memory"));
    BigDecimal limit = Quantity.getAmountInBytes(limits.get("memory"));
    assertThat(requested).isLessThanOrEqualTo(limit);
    assertThat(Quantity.getAmountInBytes(requests.get("cpu")))
        .isBetween(new BigDecimal("0.25"), new BigDecimal("1"));

    // The heap is set explicitly, the same in the image and the pod, and the pod's limit leaves
    // room beyond it for metaspace, threads, code and the memory-mapped index.
    String imageOptions = dockerEnv().get("JDK_JAVA_OPTIONS");
    String podOptions =
        container.getEnv().stream()
            .filter(e -> e.getName().equals("JDK_JAVA_OPTIONS"))
            .map(EnvVar::getValue)
            .findFirst()
            .orElse(imageOptions);
    for (String options : List.of(imageOptions, podOptions)) {
      assertThat(options).contains("-XX:+UseSerialGC").doesNotContain("MaxRAMPercentage");
      Matcher xmx = Pattern.compile("-Xmx([0-9]+)m").matcher(options);
      assertThat(xmx.find()).as("sets -Xmx: " + options).isTrue();
      BigDecimal heap = new BigDecimal(xmx.group(1)).multiply(new BigDecimal(1L << 20));
      assertThat(heap).as("heap bytes").isGreaterThanOrEqualTo(new BigDecimal(256L << 20));
      assertThat(limit.subtract(heap))
          .as("memory limit beyond the heap")
          .isGreaterThanOrEqualTo(new BigDecimal(256L << 20));
    }
  }

  @Test
  void configMapAndSecretHoldOnlyKeysTheApplicationReads() throws IOException {
    Map<String, Class<?>> known = knownEnvironmentVariables();
    Map<String, String> config = configMap.getData();
    assertThat(unknownKeys(config.keySet(), known)).as(UNKNOWN_KEYS).isEmpty();
    config.forEach((key, value) -> assertConverts(key, value, known.get(key)));
    assertThat(
            new BigDecimal(config.get("SCREENING_MATCHING_REVIEW_THRESHOLD"))
                .compareTo(new BigDecimal(config.get("SCREENING_DECISIONS_BLOCK_THRESHOLD"))))
        .as("review threshold <= block threshold")
        .isLessThanOrEqualTo(0);

    Map<String, String> credentials = secretValues();
    assertThat(credentials.keySet())
        .containsExactlyInAnyOrder("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    assertThat(unknownKeys(credentials.keySet(), known)).as(UNKNOWN_KEYS).isEmpty();
    assertThat(credentials.get("QUARKUS_DATASOURCE_PASSWORD"))
        .as("the committed Secret holds a placeholder, never a real password")
        .startsWith("CHANGE-ME");
    assertThat(config.keySet()).doesNotContainAnyElementsOf(credentials.keySet());

    assertThat(container.getEnvFrom())
        .extracting(DeploymentManifestsTest::envFromName)
        .containsExactlyInAnyOrder(
            "ConfigMap/" + configMap.getMetadata().getName(),
            "Secret/" + secret.getMetadata().getName());
  }

  @Test
  void databaseWiringMatchesThePostgresStatefulSet() {
    StatefulSet postgres = only(StatefulSet.class);
    Container db = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
    Service headless = named(Service.class, postgres.getSpec().getServiceName());
    assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
    assertThat(postgres.getSpec().getTemplate().getMetadata().getLabels())
        .containsAllEntriesOf(headless.getSpec().getSelector());

    URI url = jdbcUri(configMap.getData().get("QUARKUS_DATASOURCE_JDBC_URL"));
    assertThat(url.getHost()).isEqualTo(headless.getMetadata().getName());
    assertThat(url.getPort()).isEqualTo(headless.getSpec().getPorts().get(0).getPort());
    assertThat(db.getPorts()).extracting(ContainerPort::getContainerPort).contains(url.getPort());
    Map<String, EnvVar> env =
        db.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    assertThat(url.getPath()).isEqualTo("/" + env.get("POSTGRES_DB").getValue());
    for (String variable : List.of("POSTGRES_USER", "POSTGRES_PASSWORD")) {
      var ref = env.get(variable).getValueFrom().getSecretKeyRef();
      assertThat(ref.getName()).isEqualTo(secret.getMetadata().getName());
      assertThat(secretValues()).containsKey(ref.getKey());
    }
    assertThat(db.getImage()).isEqualTo(compose.at("/services/postgres/image").asText());

    // Every replica the autoscaler may run, plus one surging during a rollout, holds a full pool.
    int maxConnections = Integer.parseInt(postgresArgument(db, "max_connections"));
    int pool = Integer.parseInt(configMap.getData().get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
    int replicas =
        only(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas()
            + deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
    int superuserReserved = 3;
    assertThat(replicas * pool).isLessThanOrEqualTo(maxConnections - superuserReserved);
  }

  // --- Image, Dockerfile, compose -------------------------------------------------------------

  @Test
  void imageNameIsTheSameInEveryFile() throws IOException {
    String image = container.getImage();
    assertThat(compose.at("/services/screening/image").asText()).isEqualTo(image);
    assertThat(Files.readString(DOCKER.resolve("Dockerfile"), StandardCharsets.UTF_8))
        .contains("-t " + image + " ");
    for (Path readme : List.of(K8S.resolve("README.md"), ROOT.resolve("README.md"))) {
      assertThat(Files.readString(readme, StandardCharsets.UTF_8))
          .as(readme.toString())
          .contains(image);
    }
    String tag = image.substring(image.lastIndexOf(':') + 1);
    assertThat(tag).as("image tag follows the pom version").isEqualTo(pomVersion());
    assertThat(deployment.getMetadata().getLabels().get("app.kubernetes.io/version"))
        .isEqualTo(tag);
  }

  @Test
  void dockerfileBuildsThePostgresqlArtifactAndChecksLiveness() throws IOException {
    List<List<String[]>> stages = stages();
    assertThat(stages).hasSize(2);
    // A JDK of the release the pom compiles for builds; a JRE of the same release runs.
    String release = pomElement("maven.compiler.release");
    assertThat(stages.get(0).get(0)[1]).isEqualTo("eclipse-temurin:" + release + "-jdk AS build");
    assertThat(stages.get(1).get(0)[1]).isEqualTo("eclipse-temurin:" + release + "-jre");
    assertThat(instructions(stages.get(0), "RUN"))
        .anySatisfy(run -> assertThat(run.split("\\s+")).contains("package", "-Ppostgresql"));

    assertThat(Integer.parseInt(runtimeInstruction("EXPOSE"))).isEqualTo(httpPort());
    Matcher url =
        Pattern.compile("http://[^/:\"]+:(\\d+)(/[^\\s\"]*)")
            .matcher(runtimeInstruction("HEALTHCHECK"));
    assertThat(url.find()).as("HEALTHCHECK calls a URL").isTrue();
    assertThat(Integer.parseInt(url.group(1))).isEqualTo(httpPort());
    assertThat(url.group(2)).isEqualTo(livenessPath());

    // ENTRYPOINT runs the fast-jar where the runtime stage copied it.
    JsonNode entrypoint = new ObjectMapper().readTree(runtimeInstruction("ENTRYPOINT"));
    String jar = entrypoint.get(entrypoint.size() - 1).asText();
    assertThat(jar).endsWith("/quarkus-run.jar");
    assertThat(instructions(stages.get(1), "COPY"))
        .anySatisfy(
            copy ->
                assertThat(copy)
                    .endsWith("/quarkus-app/*.jar " + jar.substring(0, jar.lastIndexOf('/') + 1)));

    // What the build stage copies from the context passes docker/Dockerfile.dockerignore.
    List<String> ignore =
        Files.readAllLines(DOCKER.resolve("Dockerfile.dockerignore"), StandardCharsets.UTF_8)
            .stream()
            .map(String::trim)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(Collectors.toList());
    for (String copy : instructions(stages.get(0), "COPY")) {
      String[] parts = copy.split("\\s+");
      for (int i = 0; i < parts.length - 1; i++) {
        if (!parts[i].startsWith("--")) {
          assertThat(sentToBuild(parts[i], ignore))
              .as(parts[i] + " is in the build context")
              .isTrue();
        }
      }
    }
  }

  @Test
  void composeRunsTheServiceOnItsPortWithKnownKeysAndAHealthyDatabase() throws IOException {
    JsonNode service = compose.at("/services/screening");
    assertThat(DOCKER.resolve(service.at("/build/context").asText()).normalize()).isEqualTo(ROOT);
    assertThat(ROOT.resolve(service.at("/build/dockerfile").asText()))
        .isEqualTo(DOCKER.resolve("Dockerfile"));
    List<Integer> containerPorts = new ArrayList<>();
    service.get("ports").forEach(p -> containerPorts.add(containerSide(p.asText())));
    assertThat(containerPorts).containsExactly(httpPort());

    Map<String, String> env = new HashMap<>();
    service
        .get("environment")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    assertThat(unknownKeys(env.keySet(), knownEnvironmentVariables())).as(UNKNOWN_KEYS).isEmpty();
    List<String> tmpfs = new ArrayList<>();
    service.get("tmpfs").forEach(t -> tmpfs.add(t.asText()));
    assertThat(tmpfs).contains("/tmp", dockerEnv().get("SCREENING_DATA_DIR"));

    JsonNode postgres = compose.at("/services/postgres");
    URI url = jdbcUri(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
    assertThat(url.getHost()).isEqualTo("postgres");
    assertThat(url.getPath()).isEqualTo("/" + postgres.at("/environment/POSTGRES_DB").asText());
    assertThat(env.get("QUARKUS_DATASOURCE_USERNAME"))
        .isEqualTo(postgres.at("/environment/POSTGRES_USER").asText());
    assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD"))
        .isEqualTo(postgres.at("/environment/POSTGRES_PASSWORD").asText());
    assertThat(service.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(postgres.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(postgres.get("image").asText()).startsWith("postgres:16");
    String volume = postgres.get("volumes").get(0).asText().split(":")[0];
    assertThat(compose.get("volumes").has(volume)).as("named volume " + volume).isTrue();
  }

  @Test
  void readmeDescribesEveryManifest() throws IOException {
    String readme = Files.readString(K8S.resolve("README.md"), StandardCharsets.UTF_8);
    for (String file : manifests.keySet()) {
      assertThat(readme).as("k8s/README.md names " + file).contains(file);
    }
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static List<HasMetadata> parseManifest(KubernetesSerialization serialization, Path file)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Object parsed = serialization.unmarshal(in);
      List<HasMetadata> resources = new ArrayList<>();
      if (parsed instanceof KubernetesList list) {
        resources.addAll(list.getItems());
      } else if (parsed instanceof List<?> list) {
        list.forEach(o -> resources.add((HasMetadata) o));
      } else {
        resources.add((HasMetadata) parsed);
      }
      return resources;
    }
  }

  private static <T extends HasMetadata> List<T> all(Class<T> type) {
    return manifests.values().stream()
        .flatMap(List::stream)
        .filter(type::isInstance)
        .map(type::cast)
        .collect(Collectors.toList());
  }

  private static <T extends HasMetadata> T only(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as("one " + type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static <T extends HasMetadata> T named(Class<T> type, String name) {
    List<T> found =
        all(type).stream()
            .filter(r -> r.getMetadata().getName().equals(name))
            .collect(Collectors.toList());
    assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
    return found.get(0);
  }

  private static Map<String, String> podLabels() {
    return deployment.getSpec().getTemplate().getMetadata().getLabels();
  }

  /** A port given by number or by the name of one of the container's ports. */
  private static int containerPort(IntOrString port) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return container.getPorts().stream()
        .filter(p -> port.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
  }

  private static String portAndProtocol(NetworkPolicyPort port) {
    return port.getPort().getIntVal() + "/" + port.getProtocol();
  }

  private static String envFromName(EnvFromSource source) {
    return source.getConfigMapRef() != null
        ? "ConfigMap/" + source.getConfigMapRef().getName()
        : "Secret/" + source.getSecretRef().getName();
  }

  private static Map<String, String> secretValues() {
    Map<String, String> values = new HashMap<>();
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (k, v) ->
                  values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    return values;
  }

  private static URI jdbcUri(String jdbcUrl) {
    assertThat(jdbcUrl).startsWith("jdbc:postgresql://");
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }

  private static String postgresArgument(Container db, String setting) {
    return db.getArgs().stream()
        .filter(a -> a.startsWith(setting + "="))
        .map(a -> a.substring(setting.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("postgres argument " + setting + " not set"));
  }

  /**
   * The value converts to the mapping method's type (the service's doubles are scores, except
   * request rates).
   */
  private static void assertConverts(String key, String value, Class<?> type) {
    if ((type == double.class || type == Double.class) && key.contains("RATE_LIMIT")) {
      assertThat(Double.parseDouble(value)).as(key).isPositive();
    } else if (type == double.class || type == Double.class) {
      assertThat(Double.parseDouble(value)).as(key).isBetween(0.0, 1.0);
    } else if (type == int.class || type == Integer.class) {
      assertThat(Integer.parseInt(value)).as(key).isPositive();
    } else if (type == boolean.class || type == Boolean.class) {
      assertThat(value).as(key).isIn("true", "false");
    }
  }

  /** Names of fields the Kubernetes model did not recognise, anywhere in a resource. */
  private static void collectUnknownFields(Object o, String path, List<String> out) {
    if (o instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collectUnknownFields(list.get(i), path + "[" + i + "]", out);
      }
      return;
    }
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collectUnknownFields(v, path + "." + k, out));
      return;
    }
    if (o == null || !o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
      return;
    }
    for (Method m : o.getClass().getMethods()) {
      Class<?> type = m.getReturnType();
      boolean model = type.getName().startsWith("io.fabric8.kubernetes.api.model.");
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getName().startsWith("get")
          || !(model || List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type))) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          out.add(path + ": " + extra.keySet());
        }
      } else {
        collectUnknownFields(value, path + "." + m.getName().substring(3), out);
      }
    }
  }

  /**
   * Dockerfile instructions as {keyword, arguments}, continuation lines joined, comments dropped.
   */
  private static List<String[]> dockerInstructions(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String[] parts = current.toString().trim().split("\\s+", 2);
      out.add(new String[] {parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""});
      current.setLength(0);
    }
    return out;
  }

  private static List<List<String[]>> stages() {
    List<List<String[]>> stages = new ArrayList<>();
    for (String[] instruction : dockerfile) {
      if (instruction[0].equals("FROM")) {
        stages.add(new ArrayList<>());
      }
      if (!stages.isEmpty()) {
        stages.get(stages.size() - 1).add(instruction);
      }
    }
    return stages;
  }

  private static List<String> instructions(List<String[]> stage, String keyword) {
    return stage.stream()
        .filter(i -> i[0].equals(keyword))
        .map(i -> i[1])
        .collect(Collectors.toList());
  }

  /** The one {@code keyword} instruction of the runtime (last) stage. */
  private static String runtimeInstruction(String keyword) {
    List<List<String[]>> stages = stages();
    List<String> found = instructions(stages.get(stages.size() - 1), keyword);
    assertThat(found).as("one " + keyword + " in the runtime stage").hasSize(1);
    return found.get(0);
  }

  /** The runtime stage's ENV values ({@code ENV KEY=value} form, value optionally quoted). */
  private static Map<String, String> dockerEnv() {
    List<List<String[]>> stages = stages();
    Map<String, String> env = new HashMap<>();
    Pattern assignment = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");
    for (String e : instructions(stages.get(stages.size() - 1), "ENV")) {
      Matcher m = assignment.matcher(e);
      while (m.find()) {
        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
      }
    }
    return env;
  }

  /** Whether a path passes a .dockerignore: the last pattern that matches it decides. */
  private static boolean sentToBuild(String source, List<String> ignorePatterns) {
    String path = source.replaceAll("/+$", "");
    boolean sent = true;
    for (String pattern : ignorePatterns) {
      boolean negated = pattern.startsWith("!");
      String p = (negated ? pattern.substring(1) : pattern).replaceAll("/+$", "");
      if (p.equals("*") || p.equals(path)) {
        sent = negated;
      }
    }
    return sent;
  }

  private static int containerSide(String portMapping) {
    String[] parts = portMapping.split("/")[0].split(":");
    return Integer.parseInt(parts[parts.length - 1]);
  }

  /** The pom's version without {@code -SNAPSHOT}: the release the image tag names. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "<artifactId>sanctions-screening</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).as("the project version in pom.xml").isTrue();
    return m.group(1).replace("-SNAPSHOT", "");
  }

  /** The text of the first {@code <name>} element of the pom (a property, say). */
  private static String pomElement(String name) throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("<" + name + "> in pom.xml").isTrue();
    return m.group(1).trim();
  }
}
