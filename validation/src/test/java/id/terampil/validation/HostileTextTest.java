package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.validation.code.FindingCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 5, for records: every text field of {@link EnrollmentRecord} filled with hostile
 * text (1 MB, control characters, bidi overrides, unpaired surrogates, {@code ${…}} and
 * {@code #{…}} expressions) gives a finding on that field from the record and batch validators,
 * never an exception, in time linear in the input, and the finding messages never evaluate an
 * expression.
 */
class HostileTextTest {

  /** An expression whose evaluation would show {@value #EVALUATED}. */
  static final String EXPRESSION = "${7*191}";

  static final String EVALUATED = "1337";

  static final int MEGABYTE = 1 << 20;

  /** Hostile texts, by a label for failure messages. */
  static Map<String, String> hostile() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("1 MB of letters", "a".repeat(MEGABYTE));
    all.put("1 MB of digits", "3".repeat(MEGABYTE));
    all.put("1 MB of expressions", "${1+1}".repeat(MEGABYTE / 6));
    all.put("control characters", "\u0000\u0007\u001b[31m\u007f\u0085");
    all.put("bidi overrides", "\u202eSiti\u202d\u2066x\u2069\u200f");
    all.put("unpaired high surrogate", "\ud800");
    all.put("unpaired low surrogate", "\udc00ab");
    all.put("reversed surrogate pair", "\udc00\ud800");
    all.put("EL expression", EXPRESSION);
    all.put("EL expression 1+1", "${1+1}");
    all.put("deferred EL expression", "#{7*191}");
    all.put("EL method call", "${''.getClass().forName('java.lang.Runtime')}");
    all.put("message key", "{id.terampil.validation.constraints.ValidKbli.message}");
    return all;
  }

  /** The text fields of a record, each with a clean value. */
  static final List<String> FIELDS =
      List.of(
          "nik", "name", "sex", "birthDate", "domicileCode", "education", "employment", "programId",
          "cohortId", "role", "targetGroups", "documents.kind", "documents.issueDate", "businessKbli",
          "businessCapital", "businessAnnualSales", "registeredAt", "score");

  static Map<String, String> cleanFields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("nik", Roster.nik(1));
    f.put("name", "Siti Aminah");
    f.put("sex", "P");
    f.put("birthDate", "1990-08-05");
    f.put("domicileCode", "33.75.01.1006");
    f.put("education", "SMK");
    f.put("employment", "HOMEMAKER");
    f.put("programId", "PKL-DBHCHT-2024");
    f.put("cohortId", Roster.SAPURO);
    f.put("role", "CITIZEN_APPLICANT");
    f.put("targetGroups", "HOUSEWIFE");
    f.put("documents.kind", "KTP");
    f.put("documents.issueDate", "2012-03-01");
    f.put("businessKbli", "14120");
    f.put("businessCapital", "Rp 5.000.000");
    f.put("businessAnnualSales", "Rp 60.000.000");
    f.put("registeredAt", "2024-06-02T09:30:00+07:00");
    f.put("score", "87.5");
    return f;
  }

  static EnrollmentRecord record(UnaryOperator<Map<String, String>> change) {
    Map<String, String> f = change.apply(cleanFields());
    return EnrollmentRecord.builder()
        .nik(f.get("nik"))
        .name(f.get("name"))
        .sex(f.get("sex"))
        .birthDate(f.get("birthDate"))
        .domicileCode(f.get("domicileCode"))
        .education(f.get("education"))
        .employment(f.get("employment"))
        .programId(f.get("programId"))
        .cohortId(f.get("cohortId"))
        .role(f.get("role"))
        .addTargetGroups(f.get("targetGroups"))
        .addDocuments(DocumentEntry.of(f.get("documents.kind"), f.get("documents.issueDate")))
        .businessKbli(f.get("businessKbli"))
        .businessCapital(f.get("businessCapital"))
        .businessAnnualSales(f.get("businessAnnualSales"))
        .registeredAt(f.get("registeredAt"))
        .score(f.get("score"))
        .build();
  }

  static EnrollmentRecord with(String field, String value) {
    return record(
        f -> {
          f.put(field, value);
          return f;
        });
  }

  /** The record field a finding names, without any list index or sub-field. */
  static String base(String field) {
    int cut = field.length();
    for (char c : new char[] {'.', '['}) {
      int at = field.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return field.substring(0, cut);
  }

  @Test
  void theCleanRecordHasNoFinding() {
    assertEquals(List.of(), Roster.VALIDATOR.validate(List.of(record(f -> f))).records().get(0).findings());
    assertEquals(18, FIELDS.size());
    assertEquals(FIELDS, List.copyOf(cleanFields().keySet()));
  }

  @Test
  void everyHostileTextInEveryFieldGivesAFindingOnThatField() {
    List<String> missed = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (String field : FIELDS) {
            for (Map.Entry<String, String> h : hostile().entrySet()) {
              EnrollmentRecord record = with(field, h.getValue());
              List<Finding> alone = Roster.VALIDATOR.recordValidator().validate(record, 0);
              BatchReport batch = Roster.VALIDATOR.validate(List.of(record));
              assertEquals(1, batch.size());
              List<Finding> inBatch = batch.records().get(0).findings();
              String wanted = base(field);
              for (List<Finding> findings : List.of(alone, inBatch)) {
                if (findings.stream().noneMatch(f -> wanted.equals(base(f.field().orElse(""))))) {
                  missed.add(field + " <- " + h.getKey() + ": " + findings);
                }
                for (Finding f : findings) {
                  assertNotEvaluated(f);
                }
              }
            }
          }
        });
    assertEquals(List.of(), missed);
  }

  static void assertNotEvaluated(Finding f) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
      String message = f.message(locale);
      assertFalse(message.contains(EVALUATED), () -> "evaluated: " + message);
      assertFalse(message.contains("class java.lang"), () -> "evaluated: " + message);
      assertTrue(message.length() < 2000, () -> "message echoes a huge value: " + message.length());
    }
    assertFalse(f.toString().contains(EVALUATED), f::toString);
  }

  @Test
  void anEchoedExpressionIsShownLiterally() {
    for (String expression : List.of("${1+1}", "#{1+1}", EXPRESSION)) {
      Finding sex =
          Roster.VALIDATOR.recordValidator().validate(with("sex", expression), 0).stream()
              .filter(f -> f.code() == FindingCode.SEX_INVALID)
              .findFirst()
              .orElseThrow();
      assertEquals(expression, sex.parameters().get("value"));
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
        assertTrue(sex.message(locale).contains(expression), sex.message(locale));
      }
      assertTrue(sex.toString().contains(expression), sex::toString);
    }
  }

  @Test
  void hostileCharactersAreNeutralisedInEchoedValues() {
    Finding sex =
        Roster.VALIDATOR.recordValidator().validate(with("sex", "\u202eL\u0000\ud800"), 0).stream()
            .filter(f -> f.code() == FindingCode.SEX_INVALID)
            .findFirst()
            .orElseThrow();
    String message = sex.message(Locale.ENGLISH);
    assertFalse(message.contains("\u202e") || message.contains("\u0000") || message.contains("\ud800"), message);
  }

  /** Wall time of the slowest field at {@code length} characters, best of three runs. */
  static long nanosPerRecord(String field, int length) {
    EnrollmentRecord record = with(field, "7".repeat(length - 3) + "${x");
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      Roster.VALIDATOR.validate(List.of(record));
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void timeGrowsAtMostLinearlyWithTheLengthOfAField() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (String field : FIELDS) {
            nanosPerRecord(field, 100 * 1024); // warm up
            long small = Math.max(nanosPerRecord(field, 100 * 1024), 1_000_000L);
            long large = nanosPerRecord(field, MEGABYTE);
            // Ten times the input: linear work is ~10x; allow generous noise, never quadratic (100x).
            assertTrue(large < 30 * small, field + ": 100 KB " + small + " ns, 1 MB " + large + " ns");
          }
        });
  }
}
