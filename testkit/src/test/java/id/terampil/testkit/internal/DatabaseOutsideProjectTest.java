package id.terampil.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the session listener puts jqwik's database, and that a consumer's setting wins. */
class DatabaseOutsideProjectTest {

  @Test
  void theDatabaseLiesInTheTemporaryDirectoryOnePerProject() {
    Path a = DatabaseOutsideProject.databaseFor(Path.of("/proyek/pelatihan-a"));
    Path b = DatabaseOutsideProject.databaseFor(Path.of("/proyek/pelatihan-b"));
    assertTrue(a.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), a::toString);
    assertTrue(Files.isDirectory(a.getParent()));
    assertEquals("jqwik-database", a.getFileName().toString());
    assertTrue(!a.equals(b));
    assertEquals(a, DatabaseOutsideProject.databaseFor(Path.of("/proyek/./pelatihan-a")));
  }

  @Test
  void aSettingOnTheClassPathIsLeftAlone() {
    // This module's test resources set jqwik.database in junit-platform.properties.
    String before = System.getProperty(DatabaseOutsideProject.KEY);
    new DatabaseOutsideProject().launcherSessionOpened(null);
    assertEquals(before, System.getProperty(DatabaseOutsideProject.KEY));
  }
}
