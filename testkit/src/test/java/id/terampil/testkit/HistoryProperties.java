package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.ReplayResult;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/** Enrollment histories replay through the state machine; attendance sheets fit their cohort. */
class HistoryProperties {

  @Property(tries = 300)
  void enrollmentHistoriesReplay(@ForAll("enrollments") Enrollment enrollment) {
    ReplayResult replay =
        Enrollment.tryReplay(
            enrollment.participant(), enrollment.cohort(), enrollment.appliedOn(), enrollment.history());
    assertTrue(replay.isValid(), replay::toString);
    assertEquals(enrollment, replay.enrollment().orElseThrow());
    assertTrue(enrollment.history().size() <= 12);
  }

  @Provide
  Arbitrary<Enrollment> enrollments() {
    return TerampilArbitraries.cohorts().flatMap(TerampilArbitraries::enrollments);
  }

  @Example
  void historiesReachEveryStatus() {
    Cohort cohort = TerampilArbitraries.cohorts().sample();
    Set<EnrollmentStatus> reached =
        Samples.list(TerampilArbitraries.enrollments(cohort), 2000, 31L).stream()
            .map(Enrollment::status)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EnrollmentStatus.class)));
    assertEquals(EnumSet.allOf(EnrollmentStatus.class), reached);
  }

  @Property(tries = 100)
  void attendanceSheetsFitTheirCohort(
      @ForAll("sheets") Tuple3<Cohort, List<Nik>, AttendanceSheet> sample) {
    Cohort cohort = sample.get1();
    List<Nik> participants = sample.get2();
    AttendanceSheet sheet = sample.get3();
    assertEquals(cohort.id(), sheet.cohort());
    assertEquals(Math.min(60, cohort.trainingDayCount()), sheet.sessions().size());
    assertEquals(participants, List.copyOf(sheet.participants()));
    for (TrainingSession session : sheet.sessions()) {
      assertTrue(cohort.trainingDays().contains(session.date()));
      assertTrue(sheet.marks(session).size() <= participants.size());
    }
  }

  @Provide
  Arbitrary<Tuple3<Cohort, List<Nik>, AttendanceSheet>> sheets() {
    return Combinators.combine(
            TerampilArbitraries.cohorts(),
            TerampilArbitraries.niks().list().uniqueElements().ofMaxSize(5))
        .flatAs(
            (cohort, participants) ->
                TerampilArbitraries.attendanceSheets(cohort, participants)
                    .map(sheet -> Tuple.of(cohort, participants, sheet)));
  }

  @Example
  void attendanceSheetsRejectRepeatedParticipants() {
    Cohort cohort = TerampilArbitraries.cohorts().sample();
    Nik nik = TerampilArbitraries.niks().sample();
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.attendanceSheets(cohort, List.of(nik, nik)));
  }
}
