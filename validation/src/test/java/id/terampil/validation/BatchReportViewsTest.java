package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.ENROLLMENTS;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.SAPURO;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.ProgramId;
import id.terampil.validation.code.FindingCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report made by the batch validator keeps its records in columns and makes each record report
 * and application when it is read: these tests hold the views to what a list of the same
 * reports, given to {@link BatchReport#of}, would show.
 */
class BatchReportViewsTest {

  /**
   * Clean records in two cohorts, with a repeat, a broken record, a null and a seat overflow (an
   * enrollment roster, so that the overflow is a finding).
   */
  private static List<EnrollmentRecord> mixedBatch() {
    List<EnrollmentRecord> batch = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      batch.add(record(i, KERGON)); // KERGON has 2 seats: the third exceeds them
    }
    batch.add(record(10, SAPURO));
    batch.add(record(10, SAPURO)); // the same NIK again in the same cohort
    batch.add(record(d -> {
      d.nik = Roster.nik(20);
      d.name = "\u0000";
    }));
    batch.add(null);
    batch.add(record(d -> {
      d.nik = Roster.nik(11);
      d.cohortId = SAPURO;
      d.score = null;
      d.businessKbli = null;
      d.businessCapital = null;
      d.documents.clear();
      d.registeredAt = "2024-06-02T23:59:59.123456789";
    }));
    return batch;
  }

  @Test
  void aReportOfTheValidatorEqualsTheSameReportsGivenAsAList() {
    BatchReport report = ENROLLMENTS.validate(mixedBatch());
    BatchReport copy =
        BatchReport.of(
            report.program(),
            report.referenceDate(),
            ImmutableList.copyOf(report.records()),
            report.cohortLoads());

    assertEquals(copy, report);
    assertEquals(report, copy);
    assertEquals(copy.hashCode(), report.hashCode());
    assertEquals(copy.records(), report.records());
    assertEquals(copy.applications(), report.applications());
    assertEquals(copy.cleanIndexes(), report.cleanIndexes());
    assertEquals(copy.countsByCode(), report.countsByCode());
    assertEquals(copy.errorCount(), report.errorCount());
    assertEquals(copy.warningCount(), report.warningCount());
    assertEquals(copy.summary(Locale.forLanguageTag("id")), report.summary(Locale.forLanguageTag("id")));
    // Another batch gives another report.
    BatchReport other = ENROLLMENTS.validate(mixedBatch().subList(0, 3));
    assertNotEquals(report, other);
    assertNotEquals(other, report);
    assertNotEquals(report.hashCode(), other.hashCode());
    assertEquals(report, report);
    assertEquals(report.hashCode(), report.hashCode());
    assertFalse(report.equals(null));
    assertFalse(report.equals(report.records()));
  }

  @Test
  void theCountsAreThoseOfTheRecordsFindings() {
    BatchReport report = ENROLLMENTS.validate(mixedBatch());
    Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    int errors = 0;
    int findings = 0;
    List<Integer> clean = new ArrayList<>();
    for (RecordReport r : report.records()) {
      for (Finding f : r.findings()) {
        counts.merge(f.code(), 1, Integer::sum);
        errors += f.isError() ? 1 : 0;
      }
      findings += r.findings().size();
      if (r.isClean()) {
        clean.add(r.index());
      }
    }
    assertEquals(List.of(0, 1, 3, 7), clean);
    assertEquals(List.of(0, 1, 3, 7), report.cleanIndexes());
    assertEquals(counts, report.countsByCode());
    assertEquals(1, report.countsByCode().get(FindingCode.COHORT_SEATS_EXCEEDED));
    assertEquals(1, report.countsByCode().get(FindingCode.DUPLICATE_NIK));
    assertEquals(1, report.countsByCode().get(FindingCode.RECORD_NULL));
    assertEquals(errors, report.errorCount());
    assertEquals(findings - errors, report.warningCount());
    assertFalse(report.isClean());
  }

  @Test
  void eachApplicationIsThatOfItsCleanRecordAndReadsEqualEveryTime() {
    List<EnrollmentRecord> batch = mixedBatch();
    BatchReport report = ENROLLMENTS.validate(batch);

    List<Application> applications = report.applications();
    assertEquals(report.cleanIndexes().size(), applications.size());
    for (int k = 0; k < applications.size(); k++) {
      int i = report.cleanIndexes().get(k);
      Application read = applications.get(k);
      assertEquals(report.records().get(i).application().orElseThrow(), read);
      assertEquals(read, applications.get(k));
      assertEquals(read.hashCode(), applications.get(k).hashCode());
      // What the record validator converts alone, for the same record.
      Application alone =
          ENROLLMENTS.recordValidator().validateAndConvert(batch.get(i), i).application().orElseThrow();
      assertEquals(alone, read);
    }
    // The record without score, business and documents, registered at the last nanosecond.
    Application last = applications.get(applications.size() - 1);
    assertTrue(last.score().isEmpty());
    assertTrue(last.applicant().business().isEmpty());
    assertTrue(last.applicant().documents().isEmpty());
    assertEquals(123_456_789, last.registeredAt().getNano());
    assertEquals(ProgramId.of("PKL-DBHCHT-2024"), last.program());
    // The records with an error have none.
    for (int i : List.of(2, 4, 5, 6)) {
      assertTrue(report.records().get(i).application().isEmpty(), "record " + i);
      assertFalse(report.records().get(i).isClean(), "record " + i);
    }
  }

  @Test
  void theViewsAreUnmodifiableAndCheckTheirIndexes() {
    BatchReport report = ENROLLMENTS.validate(mixedBatch());
    List<RecordReport> records = report.records();
    List<Application> applications = report.applications();
    List<Integer> clean = report.cleanIndexes();

    assertThrows(UnsupportedOperationException.class, () -> records.add(records.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> records.set(0, records.get(1)));
    assertThrows(UnsupportedOperationException.class, () -> records.remove(0));
    assertThrows(UnsupportedOperationException.class, records::clear);
    assertThrows(UnsupportedOperationException.class, () -> applications.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> clean.set(0, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> records.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> records.get(records.size()));
    assertThrows(IndexOutOfBoundsException.class, () -> applications.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> applications.get(applications.size()));
    assertEquals(8, records.size());
    assertEquals(8, report.size());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(i, records.get(i).index());
    }
  }

  @Test
  void anEmptyBatchGivesAnEmptyCleanReport() {
    BatchReport report = ENROLLMENTS.validate(List.of());
    assertTrue(report.records().isEmpty());
    assertTrue(report.applications().isEmpty());
    assertTrue(report.isClean());
    assertEquals(0, report.errorCount());
    assertEquals(BatchReport.of(report.program(), CLOSE, List.of(), report.cohortLoads()), report);
  }
}
