package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.validation.code.FindingCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, point 4, for validation: the text forms of records, findings, finding messages and
 * reports never show a full NIK or a full name, also when the NIK is pasted into another field.
 * The NIK and names are synthetic.
 */
class PersonalDataTextTest {

  static final String NIK = Roster.nik(1);
  static final String NAME = "Sulastri Wibisonowati";

  static EnrollmentRecord clean() {
    return Roster.record(d -> d.name = NAME);
  }

  /** A batch whose findings carry the NIK: a duplicate, a sex mismatch, the NIK in other fields. */
  static List<EnrollmentRecord> batch() {
    return List.of(
        clean(),
        clean(),
        Roster.record(d -> {
          d.name = NAME;
          d.sex = "L";
          d.cohortId = Roster.LATE;
        }),
        Roster.record(d -> {
          d.name = NIK;
          d.nik = NAME;
          d.domicileCode = NIK;
          d.cohortId = NIK;
          d.programId = NIK;
          d.registeredAt = NIK;
          d.targetGroups = List.of(NIK);
        }));
  }

  static Map<String, String> texts() {
    Map<String, String> all = new LinkedHashMap<>();
    List<EnrollmentRecord> batch = batch();
    for (int i = 0; i < batch.size(); i++) {
      all.put("record " + i, batch.get(i).toString());
    }
    BatchReport report = Roster.VALIDATOR.validate(batch);
    all.put("BatchReport", report.toString());
    all.put("BatchReport.summary(en)", report.summary(Locale.ENGLISH));
    all.put("BatchReport.summary(id)", report.summary(Locale.forLanguageTag("id")));
    for (RecordReport r : report.records()) {
      all.put("RecordReport " + r.index(), r.toString());
      r.application().ifPresent(a -> all.put("Application " + r.index(), a.toString()));
      for (Finding f : r.findings()) {
        String key = "Finding " + r.index() + " " + f.code();
        all.put(key, f.toString());
        all.put(key + " parameters", f.parameters().toString());
        all.put(key + " (en)", f.message(Locale.ENGLISH));
        all.put(key + " (id)", f.message(Locale.forLanguageTag("id")));
      }
    }
    return all;
  }

  @Test
  void noTextShowsTheFullNikOrTheFullName() {
    Map<String, String> texts = texts();
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String text = e.getValue();
      if (text.contains(NIK) || text.contains(NAME) || text.contains("Wibisonowati")) {
        leaks.add(e.getKey() + ": " + text);
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void aNikPastedAcrossTheEchoCutShowsNoMoreThanItsMaskedEnds() {
    // The NIK begins 9 characters before the echo's cut at 64: all texts echo the field.
    String pasted = "x".repeat(55) + NIK;
    EnrollmentRecord record = Roster.record(d -> d.sex = pasted);
    Finding finding = RecordValidator.builder(Roster.CLOSE).build().validate(record, 0).get(0);
    assertEquals(FindingCode.SEX_INVALID, finding.code());
    assertEquals("x".repeat(55) + "3375*****\u2026", finding.parameters().get("value"));
    List<String> texts =
        List.of(
            finding.parameters().get("value"),
            finding.message(Locale.ENGLISH),
            finding.message(Locale.forLanguageTag("id")),
            finding.toString(),
            record.toString());
    for (String text : texts) {
      for (int i = 0; i + 5 <= NIK.length(); i++) {
        assertFalse(text.contains(NIK.substring(i, i + 5)), text);
      }
    }
  }

  @Test
  void theBatchReallyReportsTheNik() {
    // Otherwise the check above would pass vacuously: the findings do refer to the NIK, masked.
    Map<String, String> texts = texts();
    String masked = NIK.substring(0, 4) + "********" + NIK.substring(12);
    assertTrue(texts.keySet().stream().anyMatch(k -> k.contains("DUPLICATE_NIK")), texts.keySet()::toString);
    assertTrue(texts.keySet().stream().anyMatch(k -> k.contains("NIK_SEX_MISMATCH")), texts.keySet()::toString);
    assertTrue(texts.values().stream().anyMatch(t -> t.contains(masked)), texts::toString);
    assertTrue(texts.containsKey("Application 0"), texts.keySet()::toString);
    assertTrue(texts.get("record 0").contains(masked), texts.get("record 0"));
    assertFalse(Roster.VALIDATOR.validate(batch()).isClean());
  }

  @Test
  void revealingTheNikIsAnExplicitChoice() {
    BatchReport revealed =
        BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE).revealNik(true).build().validate(batch());
    assertTrue(
        revealed.records().get(1).findings().stream().anyMatch(f -> f.parameters().containsValue(NIK)),
        revealed::toString);
  }
}
