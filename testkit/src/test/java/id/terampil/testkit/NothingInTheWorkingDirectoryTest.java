package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.testkit.probe.WorkingDirectoryProbe;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is written into a consumer's project: {@link Samples#list} from a main method, and a
 * jqwik property and a JUnit test run by a JUnit Platform launcher, each in a JVM of its own
 * whose working directory is an empty temporary directory, leave it empty. The JVM gets the
 * testkit's class path without this module's test resources (which configure jqwik), as a
 * consumer's build has it; and the testkit jar ships no JUnit or jqwik configuration file.
 */
class NothingInTheWorkingDirectoryTest {

  @TempDir Path work;
  @TempDir Path probeClasses;

  @Test
  void samplesFromAMainMethodWriteNothing() throws Exception {
    assertEquals(0, run("samples"), "the probe failed");
    assertEmpty(work);
  }

  @Test
  void aPropertyAndAJupiterTestRunByALauncherWriteNothingHere() throws Exception {
    assertEquals(0, run("launcher"), "the probe's tests did not all run and pass");
    assertEmpty(work);
  }

  @Test
  void theTestkitShipsNoJunitOrJqwikConfiguration() throws Exception {
    Path classes =
        Path.of(TerampilDomain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertFalse(Files.exists(classes.resolve("junit-platform.properties")));
    assertFalse(Files.exists(classes.resolve("jqwik.properties")));
  }

  private static void assertEmpty(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(List.of(), files.toList(), "files written into the working directory");
    }
  }

  /** Runs the probe in a new JVM in {@link #work}; returns its exit code. */
  private int run(String mode) throws Exception {
    Path testClasses =
        Path.of(WorkingDirectoryProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // Only the probe's classes, not this module's test resources.
    Path probe = testClasses.resolve("id/terampil/testkit/probe");
    Path copy = Files.createDirectories(probeClasses.resolve("id/terampil/testkit/probe"));
    try (Stream<Path> files = Files.list(probe)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    List<String> classPath = new ArrayList<>();
    classPath.add(probeClasses.toString());
    for (String entry : classPath()) {
      if (!Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath())) {
        classPath.add(entry);
      }
    }
    Path log = Files.createTempFile("probe", ".log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.dir=" + work,
                "-cp",
                String.join(File.pathSeparator, classPath),
                WorkingDirectoryProbe.class.getName(),
                mode)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the probe did not finish");
    int exit = process.exitValue();
    if (exit != 0) {
      System.err.println(Files.readString(log, StandardCharsets.UTF_8));
    }
    Files.delete(log);
    return exit;
  }

  /** The entries of this JVM's class path, a manifest-only jar (as surefire uses) expanded. */
  private static List<String> classPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && isManifestOnly(entry)) {
        try (JarFile jar = new JarFile(entry)) {
          Manifest manifest = jar.getManifest();
          String listed = manifest.getMainAttributes().getValue("Class-Path");
          URI base = Path.of(entry).toAbsolutePath().getParent().toUri();
          for (String item : listed.trim().split("\\s+")) {
            entries.add(Path.of(base.resolve(item)).toString());
          }
        }
      } else {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static boolean isManifestOnly(String jarPath) throws IOException {
    try (JarFile jar = new JarFile(jarPath)) {
      Manifest manifest = jar.getManifest();
      return manifest != null
          && manifest.getMainAttributes().getValue("Class-Path") != null
          && jar.stream().noneMatch(e -> e.getName().endsWith(".class"));
    }
  }
}
