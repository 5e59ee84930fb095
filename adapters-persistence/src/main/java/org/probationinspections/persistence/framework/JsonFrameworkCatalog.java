package org.probationinspections.persistence.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.persistence.JsonFiles;

/**
 * Frameworks read from JSON data files: those shipped on the classpath (listed in {@code
 * frameworks/index.txt}) and every {@code *.json} in extra directories, so that a new framework is
 * a new file, not new code. A file in a directory replaces a shipped one with the same id.
 */
public final class JsonFrameworkCatalog implements FrameworkCatalog {

  private static final String INDEX = "frameworks/index.txt";

  private final Map<FrameworkId, Framework> frameworks;

  private JsonFrameworkCatalog(Map<FrameworkId, Framework> frameworks) {
    this.frameworks = Map.copyOf(frameworks);
  }

  /** The shipped frameworks, then every framework file in {@code directories}. */
  public static JsonFrameworkCatalog load(List<Path> directories) {
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    Map<FrameworkId, Framework> frameworks = new LinkedHashMap<>();
    for (String file : shippedFiles()) {
      String resource = "frameworks/" + file;
      try (InputStream in = resourceStream(resource)) {
        put(frameworks, read(mapper, in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    for (Path directory : directories) {
      for (Path file : JsonFiles.in(directory, "frameworks")) {
        try (InputStream in = Files.newInputStream(file)) {
          put(frameworks, read(mapper, in, file.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return new JsonFrameworkCatalog(frameworks);
  }

  public static JsonFrameworkCatalog shipped() {
    return load(List.of());
  }

  @Override
  public Optional<Framework> find(FrameworkId id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  @Override
  public List<Framework> all() {
    return List.copyOf(frameworks.values());
  }

  private static void put(Map<FrameworkId, Framework> frameworks, Framework framework) {
    frameworks.put(framework.id(), framework);
  }

  private static Framework read(ObjectMapper mapper, InputStream in, String source)
      throws IOException {
    try {
      return mapper.readValue(in, FrameworkFile.class).toFramework();
    } catch (DomainException invalid) {
      throw new InvalidValueException(source, invalid.getMessage());
    } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
      throw new InvalidValueException(source, unreadable.getOriginalMessage());
    }
  }

  private static List<String> shippedFiles() {
    try (InputStream in = resourceStream(INDEX)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
  }

  private static InputStream resourceStream(String resource) throws IOException {
    InputStream in = JsonFrameworkCatalog.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource " + resource + " is missing from the classpath");
    }
    return in;
  }
}
