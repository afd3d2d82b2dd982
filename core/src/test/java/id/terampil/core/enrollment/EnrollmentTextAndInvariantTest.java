package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact texts of enrollment values and the invariants of {@link Transition}. */
class EnrollmentTextAndInvariantTest {

  private static final LocalDate DAY = LocalDate.of(2024, 8, 24);
  private static final Nik NIK = Nik.parse("3375010101900001");

  @Test
  void an_event_prints_date_statuses_and_the_reason_when_there_is_one() {
    assertEquals(
        "2024-08-24 APPLIED -> REJECTED [QUOTA_FULL (kuota 16)]",
        EnrollmentEvent.of(
                DAY,
                EnrollmentStatus.APPLIED,
                EnrollmentStatus.REJECTED,
                StatusReason.of(ReasonCode.QUOTA_FULL, "kuota 16"))
            .toString());
    assertEquals(
        "2024-08-24 APPLIED -> SELECTED",
        EnrollmentEvent.of(DAY, EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED).toString());
  }

  @Test
  void an_invalid_step_prints_its_message_naming_the_step_and_both_statuses() {
    ReplayResult r =
        Enrollment.tryReplay(
            NIK,
            CohortId.of("C1"),
            LocalDate.of(2024, 8, 1),
            List.of(EnrollmentEvent.of(DAY, EnrollmentStatus.APPLIED, EnrollmentStatus.COMPLETED)));
    InvalidStep step = r.invalidStep().orElseThrow();
    String expected =
        "enrollment history step 0 (2024-08-24 APPLIED -> COMPLETED): illegal enrollment"
            + " transition from APPLIED to COMPLETED; allowed from APPLIED: SELECTED, WAITLISTED,"
            + " REJECTED, WITHDRAWN";
    assertEquals(expected, step.message());
    assertEquals(expected, step.toString());
  }

  @Test
  void statuses_and_reason_codes_carry_their_indonesian_terms() {
    assertEquals("mendaftar", EnrollmentStatus.APPLIED.indonesianTerm());
    assertEquals("daftar ulang", EnrollmentStatus.ENROLLED.indonesianTerm());
    assertEquals("gugur", EnrollmentStatus.LAPSED.indonesianTerm());
    assertEquals("sudah bekerja", ReasonCode.FOUND_WORK.indonesianTerm());
    assertEquals("kuota penuh", ReasonCode.QUOTA_FULL.indonesianTerm());
  }

  @Test
  void a_transition_prints_from_to_and_its_term() {
    Transition t =
        Transition.of(EnrollmentStatus.SELECTED, EnrollmentStatus.ENROLLED, false, false, false, "daftar ulang");
    assertEquals("SELECTED -> ENROLLED (daftar ulang)", t.toString());
    assertEquals(EnrollmentStatus.SELECTED, t.from());
    assertEquals(EnrollmentStatus.ENROLLED, t.to());
    assertFalse(t.reasonRequired());
    assertFalse(t.reopening());
    assertEquals("daftar ulang", t.indonesianTerm());
    assertEquals("APPLIED -> SELECTED (lolos seleksi)", EnrollmentTransitions.table().get(0).toString());
  }

  @Test
  void a_reopening_of_a_negative_status_with_a_reason_is_a_valid_transition() {
    Transition t =
        Transition.of(EnrollmentStatus.REJECTED, EnrollmentStatus.APPLIED, true, false, true, "ditinjau ulang");
    assertTrue(t.reopening());
    assertTrue(t.reasonRequired());
  }

  @Test
  void a_transition_must_change_the_status() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transition.of(EnrollmentStatus.APPLIED, EnrollmentStatus.APPLIED, false, false, false, "x"));
    assertEquals("to must differ from from: APPLIED", e.getMessage());
  }

  @Test
  void a_transition_into_a_negative_status_must_require_a_reason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transition.of(EnrollmentStatus.APPLIED, EnrollmentStatus.REJECTED, false, false, false, "x"));
    assertEquals("reasonRequired must hold into REJECTED", e.getMessage());
  }

  @Test
  void a_reopening_must_leave_a_negative_status_and_require_a_reason() {
    IllegalArgumentException positive =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transition.of(EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED, true, false, true, "x"));
    assertEquals("reopening must leave a negative status with a reason: APPLIED", positive.getMessage());
    IllegalArgumentException noReason =
        assertThrows(
            IllegalArgumentException.class,
            () -> Transition.of(EnrollmentStatus.REJECTED, EnrollmentStatus.APPLIED, false, false, true, "x"));
    assertEquals(
        "reopening must leave a negative status with a reason: REJECTED", noReason.getMessage());
  }
}
