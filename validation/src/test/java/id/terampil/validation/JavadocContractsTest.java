package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc in the library's main code states contracts: what a method takes, gives and refuses. It
 * does not speak of the garbage collector, the JIT, caches, write barriers or benchmark runs, which
 * say how a version happened to run, not what a caller may rely on.
 */
class JavadocContractsTest {

  /** The library's modules, as seen from this module's directory. */
  private static final List<Path> MAIN_SOURCES =
      List.of(
          Path.of("../core/src/main/java"),
          Path.of("../regions/src/main/java"),
          Path.of("../validation/src/main/java"),
          Path.of("../testkit/src/main/java"));

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

  /** Words of runtime and measurement talk. */
  static final Pattern RUNTIME_TALK =
      Pattern.compile(
          "(?i)\\b(GC|garbage[- ]collect\\w*|JIT|just[- ]in[- ]time|inlin(e|ed|ing)|cach(e|es|ed|ing)"
              + "|write barriers?|benchmark\\w*|hot path|allocation rate|escape analysis)\\b");

  static List<String> runtimeTalk(String source) {
    List<String> found = new ArrayList<>();
    Matcher javadoc = JAVADOC.matcher(source);
    while (javadoc.find()) {
      Matcher word = RUNTIME_TALK.matcher(javadoc.group(1));
      while (word.find()) {
        found.add(word.group());
      }
    }
    return found;
  }

  @Test
  void noJavadocOfMainCodeSpeaksOfTheRuntimeOrOfBenchmarks() throws IOException {
    List<String> offenders = new ArrayList<>();
    int files = 0;
    for (Path root : MAIN_SOURCES) {
      assertTrue(Files.isDirectory(root), "no sources at " + root.toAbsolutePath());
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          List<String> words = runtimeTalk(read(file));
          if (!words.isEmpty()) {
            offenders.add(root.relativize(file) + " " + words);
          }
        }
      }
    }
    assertTrue(files > 100, "too few sources read: " + files);
    assertEquals(List.of(), offenders);
  }

  @Test
  void theScanFindsRuntimeTalkInJavadocOnly() {
    assertEquals(
        List.of("GC", "cache", "benchmark"),
        runtimeTalk(
            "/** Keeps the GC quiet; a cache. */ int x; // a cache\n/** Wins the benchmark. */"));
    assertEquals(List.of(), runtimeTalk("/** Returns the NIK, not null. */ Object cache;"));
    assertEquals(List.of("write barrier"), runtimeTalk("/**\n * a write barrier\n */"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
