package org.probationinspections.cli.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A jar holding {@link BareDatabaseServer} alone, whose manifest names its main class and the test
 * classpath's jars: started with {@code java -jar}, as the product's jar is, and with every class
 * it loads from a jar, so that a class-data archive can hold them (the JVM archives no class read
 * from a directory).
 */
final class BareJar {

  private BareJar() {}

  /** A jar's path relative to the written jar's folder, as a manifest's Class-Path gives it. */
  private static String relative(Path target, Path jar) {
    Path from = target.toAbsolutePath().getParent();
    return from.relativize(jar.toAbsolutePath()).toString().replace(File.separatorChar, '/');
  }

  static Path write(Path target) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, BareDatabaseServer.class.getName());
    main.put(
        Attributes.Name.CLASS_PATH,
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> entry.endsWith(".jar"))
            .map(entry -> relative(target, Path.of(entry)))
            .collect(Collectors.joining(" ")));
    String name = BareDatabaseServer.class.getName().replace('.', '/') + ".class";
    Path written = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(written);
        JarOutputStream jar = new JarOutputStream(file, manifest);
        InputStream bytes = BareDatabaseServer.class.getClassLoader().getResourceAsStream(name)) {
      if (bytes == null) {
        throw new IOException("no class file " + name + " on the classpath");
      }
      jar.putNextEntry(new JarEntry(name));
      bytes.transferTo(jar);
      jar.closeEntry();
    }
    return Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
