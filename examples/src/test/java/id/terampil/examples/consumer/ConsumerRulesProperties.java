package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.BrokenRecord;
import id.terampil.testkit.EnrollmentRecordArbitrary;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What an agency's developer writes to test their own code against Terampil: properties over
 * {@code @ForAll TrainingProgram} and {@code @ForAll EnrollmentRecord} with no configuration (the
 * testkit registers its providers), and the testkit's public factories where a property needs a
 * program-specific generator. Nothing here uses the testkit's internals.
 */
class ConsumerRulesProperties {

  /**
   * The agency's own rule of thumb before an upload (the consumer's code, not the library's): the
   * six digits after the district in a NIK spell the birth date as DDMMYY, with 40 added to the
   * day for women (the sex as the roster writes it: L/P or the KTP's LAKI-LAKI/PEREMPUAN).
   */
  static boolean nikSpellsTheBirthDate(EnrollmentRecord record) {
    String nik = record.nik();
    String birthDate = record.birthDate();
    if (nik == null || birthDate == null || !nik.matches("\\d{16}")) {
      return false;
    }
    LocalDate born;
    try {
      born = LocalDate.parse(birthDate);
    } catch (DateTimeParseException e) {
      return false;
    }
    boolean woman = record.sex() != null && Sex.read(record.sex()).orElse(null) == Sex.FEMALE;
    int day = Integer.parseInt(nik.substring(6, 8)) - (woman ? Nik.FEMALE_DAY_OFFSET : 0);
    return day == born.getDayOfMonth()
        && Integer.parseInt(nik.substring(8, 10)) == born.getMonthValue()
        && Integer.parseInt(nik.substring(10, 12)) == born.getYear() % 100;
  }

  // tag::testkit-property[]
  @Property(tries = 200)
  void everyGeneratedRecordPassesOurRuleOfThumb(@ForAll EnrollmentRecord record) {
    assertTrue(nikSpellsTheBirthDate(record), record.toString());
  }
  // end::testkit-property[]

  @Example
  void ourRuleOfThumbRejectsAMismatch() {
    EnrollmentRecord woman = EnrollmentRecord.builder()
        .nik("3375015204880101").sex("P").birthDate("1988-04-12").build();
    assertTrue(nikSpellsTheBirthDate(woman));
    EnrollmentRecord wrongDay = EnrollmentRecord.builder()
        .nik("3375015204880101").sex("P").birthDate("1988-04-21").build();
    assertFalse(nikSpellsTheBirthDate(wrongDay));
    EnrollmentRecord noPlusForty = EnrollmentRecord.builder()
        .nik("3375011204880101").sex("P").birthDate("1988-04-12").build();
    assertFalse(nikSpellsTheBirthDate(noPlusForty));
    assertFalse(nikSpellsTheBirthDate(EnrollmentRecord.builder().nik("3375").build()));
  }

  @Property(tries = 100)
  void ourSchedulingRulesHoldForAnyProgram(@ForAll TrainingProgram program) {
    // Our timetable screen assumes: every cohort lies within the program's period, trains on at
    // least one day of its own period, and the program's seats are the sum of its cohorts'.
    int seats = 0;
    for (Cohort c : program.cohorts()) {
      assertTrue(program.period().encloses(c.period()), c.id().toString());
      assertFalse(c.trainingDays().isEmpty());
      assertTrue(c.trainingDays().stream().allMatch(d -> c.period().contains(d)));
      seats += c.seats().max();
    }
    assertEquals(seats, program.totalSeats().max());
  }

  @Property(tries = 30)
  void ourImportRejectsEachAlmostValidRecordForItsOwnReason(@ForAll TrainingProgram program) {
    // Registration closes the day before the first cohort starts.
    LocalDate closes = program.cohorts().stream().map(c -> c.period().start())
        .min(LocalDate::compareTo).orElseThrow().minusDays(1);
    EnrollmentRecordArbitrary records = TerampilArbitraries.enrollmentRecords(program, closes);
    for (BrokenRecord broken : Samples.list(records.almostValid(), 5, program.hashCode())) {
      List<Finding> errors = records.validator().validate(broken.broken(), 0).stream()
          .filter(Finding::isError).collect(Collectors.toList());
      assertEquals(List.of(broken.expected()),
          errors.stream().map(Finding::code).collect(Collectors.toList()), broken.toString());
      // The original has no error; it may carry a warning (e.g. an occupation such as GURU,
      // which names no employment status and is kept as written).
      assertTrue(records.validator().validate(broken.original(), 0).stream()
          .noneMatch(Finding::isError), broken.toString());
    }
  }
}
