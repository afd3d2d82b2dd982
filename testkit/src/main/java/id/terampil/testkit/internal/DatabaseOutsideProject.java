package id.terampil.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps jqwik's test-run database out of the consumer's project: when a JUnit Platform session
 * opens and nothing sets {@value #KEY} (neither a system property nor a {@code
 * junit-platform.properties} on the class path), it sets the system property to a file in a
 * directory of the system's temporary directory, one per working directory, so that jqwik still
 * reruns failures first. Without it, a jqwik property writes {@code .jqwik-database} into the
 * working directory. A setting of the consumer always wins. Registered through {@code
 * META-INF/services} and the module's {@code provides}; not an API.
 */
public final class DatabaseOutsideProject implements LauncherSessionListener {

  /** jqwik's configuration parameter for the database file. */
  static final String KEY = "jqwik.database";

  /** Creates the listener; the JUnit Platform does. */
  public DatabaseOutsideProject() {}

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty(KEY) != null || configuredOnClassPath()) {
      return;
    }
    System.setProperty(KEY, databaseFor(Path.of(System.getProperty("user.dir"))).toString());
  }

  /**
   * Returns the database file for the working directory {@code project}, creating its directory:
   * {@code <tmp>/terampil-jqwik/<hash of the directory>/jqwik-database}.
   */
  static Path databaseFor(Path project) {
    String name = Integer.toHexString(project.toAbsolutePath().normalize().toString().hashCode());
    Path directory = Path.of(System.getProperty("java.io.tmpdir"), "terampil-jqwik", name);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create jqwik's database directory " + directory, e);
    }
    return directory.resolve("jqwik-database");
  }

  /** Whether a {@code junit-platform.properties} on the class path sets {@value #KEY}. */
  private static boolean configuredOnClassPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DatabaseOutsideProject.class.getClassLoader();
    }
    try {
      Enumeration<URL> files = loader.getResources("junit-platform.properties");
      while (files.hasMoreElements()) {
        Properties properties = new Properties();
        try (InputStream in = files.nextElement().openStream()) {
          properties.load(in);
        }
        if (properties.containsKey(KEY)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      // An unreadable configuration is the consumer's to fix; leave jqwik's default alone.
      return true;
    }
  }
}
