package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table from selection's reasons to enrollment's ({@link ReasonCode#ofSelection}). */
class SelectionReasonTableTest {

  private static final Nik NIK =
      Nik.of(RegionCode.ofDistrict(62, 71, 2), LocalDate.of(1990, 3, 14), Sex.FEMALE, 17);
  private static final LocalDate D1 = LocalDate.of(2024, 8, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 8, 10);

  @Test
  void everySelectionReasonThatWaitlistsOrRejectsHasItsOwnEnrollmentReason() {
    Map<SelectionReason, ReasonCode> expected =
        Map.of(
            SelectionReason.NO_SEATS, ReasonCode.NO_SEATS,
            SelectionReason.QUOTA_FULL, ReasonCode.QUOTA_FULL,
            SelectionReason.INELIGIBLE, ReasonCode.INELIGIBLE,
            SelectionReason.DUPLICATE_NIK, ReasonCode.DUPLICATE,
            SelectionReason.DUPLICATE_NIK_CONFLICT, ReasonCode.DUPLICATE_CONFLICT,
            SelectionReason.COHORT_NOT_OFFERED, ReasonCode.COHORT_NOT_OFFERED);
    Set<ReasonCode> used = EnumSet.noneOf(ReasonCode.class);
    for (SelectionReason reason : SelectionReason.values()) {
      boolean waitsOrRejects =
          reason.explains(SelectionStatus.WAITLISTED) || reason.explains(SelectionStatus.REJECTED);
      Optional<ReasonCode> code = ReasonCode.ofSelection(reason);
      assertEquals(waitsOrRejects, code.isPresent(), reason.name());
      assertEquals(Optional.ofNullable(expected.get(reason)), code, reason.name());
      code.ifPresent(c -> assertTrue(used.add(c), "two selection reasons share " + c));
    }
    assertEquals(expected.size(), used.size());
  }

  @Test
  void noSeatsIsNotReportedAsAFullQuota() {
    assertEquals(Optional.of(ReasonCode.NO_SEATS), ReasonCode.ofSelection(SelectionReason.NO_SEATS));
    assertEquals("daya tampung penuh", ReasonCode.NO_SEATS.indonesianTerm());
    assertEquals("kuota penuh", ReasonCode.QUOTA_FULL.indonesianTerm());
  }

  @Test
  void eachMappedCodeIsAcceptedByTheEnrollmentStepOfItsStatus() {
    CohortId cohort = CohortId.of("PKY-ROTAN-1");
    for (SelectionReason reason : SelectionReason.values()) {
      Optional<ReasonCode> code = ReasonCode.ofSelection(reason);
      if (code.isEmpty()) {
        continue;
      }
      StatusReason why = StatusReason.of(code.get());
      Enrollment applied = Enrollment.apply(NIK, cohort, D1);
      if (reason.explains(SelectionStatus.WAITLISTED)) {
        Enrollment waiting = applied.waitlist(D2, why);
        assertEquals(EnrollmentStatus.WAITLISTED, waiting.status(), reason.name());
      }
      Enrollment rejected = applied.reject(D2, why);
      assertEquals(EnrollmentStatus.REJECTED, rejected.status(), reason.name());
      assertEquals(Optional.of(why), rejected.history().get(0).reason(), reason.name());
    }
  }
}
