package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 5, for core's parsers: hostile text (1 MB, control characters, bidi overrides,
 * unpaired surrogates, {@code ${…}} and {@code #{…}} expressions, alone or around a valid value)
 * is rejected with an {@link IllegalArgumentException} whose message stays short, never another
 * exception type, in time linear in the length of the text.
 */
class HostileParseTextTest {

  static final int MEGABYTE = 1 << 20;

  /** Each parser with a valid text it accepts. */
  static Map<String, Function<String, Object>> parsers() {
    Map<String, Function<String, Object>> all = new LinkedHashMap<>();
    all.put("Nik.parse", Nik::parse);
    all.put("RegionCode.parse", RegionCode::parse);
    all.put("PersonName.of", PersonName::of);
    all.put("KbliCode.parse", KbliCode::parse);
    all.put("SkkniUnitCode.parse", SkkniUnitCode::parse);
    all.put("CohortId.parse", CohortId::parse);
    all.put("ProgramId.parse", ProgramId::parse);
    all.put("Rupiah.parse", Rupiah::parse);
    all.put("DateRange.parse", DateRange::parse);
    return all;
  }

  static final Map<String, String> VALID =
      Map.of(
          "Nik.parse", "3375014101900001",
          "RegionCode.parse", "33.75.01.1006",
          "PersonName.of", "Siti Aminah",
          "KbliCode.parse", "14120",
          "SkkniUnitCode.parse", "N.82ADM00.001.3",
          "CohortId.parse", "PKL24-JAHIT-1",
          "ProgramId.parse", "PKL-2024",
          "Rupiah.parse", "Rp 1.500.000",
          "DateRange.parse", "[2024-07-01, 2024-07-20]");

  static List<String> hostile(String valid) {
    return List.of(
        "a".repeat(MEGABYTE),
        "3".repeat(MEGABYTE),
        valid.repeat(MEGABYTE / valid.length() + 1),
        "\u0000\u0007\u001b[31m\u007f",
        valid + "\u0000",
        "\u202e" + valid,
        valid + "\u2066",
        "\ud800",
        valid + "\udc00",
        "\udc00\ud800",
        "${7*191}",
        "#{7*191}",
        valid + "${1+1}",
        "${''.getClass()}");
  }

  @Test
  void everyParserAcceptsItsValidSample() {
    assertEquals(VALID.keySet(), parsers().keySet());
    for (Map.Entry<String, Function<String, Object>> p : parsers().entrySet()) {
      assertEquals(VALID.get(p.getKey()), p.getValue().apply(VALID.get(p.getKey())).toString());
    }
  }

  @Test
  void hostileTextGivesAShortIllegalArgumentException() {
    List<String> problems = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (Map.Entry<String, Function<String, Object>> p : parsers().entrySet()) {
            for (String text : hostile(VALID.get(p.getKey()))) {
              String shown = text.length() > 40 ? text.length() + " characters" : text;
              try {
                Object parsed = p.getValue().apply(text);
                problems.add(p.getKey() + " accepted " + shown + " as " + parsed);
              } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                if (message.length() > 300 || message.contains("1337")) {
                  problems.add(p.getKey() + " message for " + shown + ": " + message.length() + " characters");
                }
              } catch (RuntimeException e) {
                problems.add(p.getKey() + " threw " + e.getClass().getName() + " for " + shown);
              }
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  /** Best of three wall times of parsing {@code length} characters (failures included). */
  static long nanos(Function<String, Object> parser, String valid, int length) {
    String text = valid.repeat(length / valid.length() + 1).substring(0, length);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      try {
        parser.apply(text);
      } catch (IllegalArgumentException expected) {
        // rejected, as it must be
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void timeGrowsAtMostLinearlyWithTheLengthOfTheText() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (Map.Entry<String, Function<String, Object>> p : parsers().entrySet()) {
            String valid = VALID.get(p.getKey());
            nanos(p.getValue(), valid, 100 * 1024); // warm up
            long small = Math.max(nanos(p.getValue(), valid, 100 * 1024), 1_000_000L);
            long large = nanos(p.getValue(), valid, MEGABYTE);
            assertTrue(large < 30 * small, p.getKey() + ": 100 KB " + small + " ns, 1 MB " + large + " ns");
          }
        });
  }
}
