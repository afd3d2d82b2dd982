package id.terampil.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionLevel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 5, for the Bean Validation constraints: each text constraint rejects hostile
 * text (1 MB, control characters, bidi overrides, unpaired surrogates, {@code ${…}} and
 * {@code #{…}} expressions) with its ordinary message, never throws, never evaluates the value,
 * and takes time linear in the length of the value.
 */
class HostileConstraintTextTest {

  static {
    OpenToValidator.open(HostileConstraintTextTest.class);
  }

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final int MEGABYTE = 1 << 20;

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** One field per text constraint. */
  static final class Dto {
    @ValidNik @Nullable String nik;
    @ValidPersonName @Nullable String name;
    @ValidRegionCode(level = RegionLevel.VILLAGE) @Nullable String village;
    @ValidRegionCode(level = RegionLevel.DISTRICT, orFiner = true) @Nullable String districtOrFiner;
    @ValidKbli @Nullable String kbli;
    @ValidSkkniUnitCode @Nullable String unit;
  }

  /** The setter of each constrained field, by property path. */
  static Map<String, BiConsumer<Dto, String>> setters() {
    Map<String, BiConsumer<Dto, String>> all = new LinkedHashMap<>();
    all.put("nik", (d, v) -> d.nik = v);
    all.put("name", (d, v) -> d.name = v);
    all.put("village", (d, v) -> d.village = v);
    all.put("districtOrFiner", (d, v) -> d.districtOrFiner = v);
    all.put("kbli", (d, v) -> d.kbli = v);
    all.put("unit", (d, v) -> d.unit = v);
    return all;
  }

  static Map<String, String> hostile() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("1 MB of letters", "a".repeat(MEGABYTE));
    all.put("1 MB of digits", "3".repeat(MEGABYTE));
    all.put("1 MB of dotted digits", "33.".repeat(MEGABYTE / 3));
    all.put("control characters", "\u0000\u0007\u001b[31m\u007f");
    all.put("bidi overrides", "\u202eSiti\u202d\u2066x\u2069");
    all.put("unpaired high surrogate", "\ud800");
    all.put("unpaired low surrogate", "Siti\udc00");
    all.put("EL expression", "${7*191}");
    all.put("EL method call", "${''.getClass()}");
    all.put("deferred EL expression", "#{7*191}");
    all.put("message key", "{jakarta.validation.constraints.NotNull.message}");
    all.put("valid NIK then bidi", "3375014508900001\u202e");
    all.put("valid name then NUL", "Siti Aminah\u0000");
    return all;
  }

  static Dto with(String path, String value) {
    Dto dto = new Dto();
    setters().get(path).accept(dto, value);
    return dto;
  }

  static Map<String, String> messages(Dto dto) {
    Set<ConstraintViolation<Dto>> violations = VALIDATOR.validate(dto);
    return violations.stream()
        .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
  }

  @Test
  void everyConstraintRejectsEveryHostileTextWithItsOrdinaryMessage() {
    List<String> problems = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (String path : setters().keySet()) {
            String ordinary = messages(with(path, "1")).get(path);
            assertTrue(ordinary != null, path + " must reject 1");
            for (Map.Entry<String, String> h : hostile().entrySet()) {
              Map<String, String> got = messages(with(path, h.getValue()));
              if (!Map.of(path, ordinary).equals(got)) {
                problems.add(path + " <- " + h.getKey() + ": " + got);
              }
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void noMessageEvaluatesTheValue() {
    for (String path : setters().keySet()) {
      for (String value : hostile().values()) {
        for (String message : messages(with(path, value)).values()) {
          assertFalse(message.contains("1337") || message.contains("class java.lang"), message);
          assertFalse(message.contains("must not be null"), message);
        }
      }
    }
  }

  /** Best of three wall times of validating {@code path} holding {@code length} characters. */
  static long nanos(String path, int length) {
    Dto dto = with(path, "7".repeat(length - 3) + "${x");
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      VALIDATOR.validate(dto);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void timeGrowsAtMostLinearlyWithTheLengthOfTheValue() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (String path : setters().keySet()) {
            nanos(path, 100 * 1024); // warm up
            long small = Math.max(nanos(path, 100 * 1024), 1_000_000L);
            long large = nanos(path, MEGABYTE);
            assertTrue(large < 30 * small, path + ": 100 KB " + small + " ns, 1 MB " + large + " ns");
          }
        });
  }
}
