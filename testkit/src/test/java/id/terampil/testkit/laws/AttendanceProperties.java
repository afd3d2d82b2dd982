package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of attendance sheets (daftar hadir) over the testkit's sheets ({@link
 * TerampilArbitraries#attendanceSheets}) of generated cohorts and one to eight participants
 * (cohorts and people drawn once):
 * counts add up and rates lie between zero and one; recording everyone present except some
 * marks exactly those exceptions. (Laws over plain ratios and day ranges stay in core.)
 */
class AttendanceProperties {

  /** Cohorts and people drawn once (fixed seeds); each try draws a sheet for some of them. */
  private static final List<Cohort> COHORTS = Samples.list(TerampilArbitraries.cohorts(), 20, 37L);

  private static final List<Nik> PEOPLE = Samples.list(TerampilArbitraries.niks(), 8, 38L);

  @Provide
  Arbitrary<AttendanceSheet> sheets() {
    return Combinators.combine(Arbitraries.of(COHORTS), Arbitraries.integers().between(1, 8))
        .as(Tuple::of)
        .flatMap(
            t ->
                TerampilArbitraries.attendanceSheets(
                    t.get1(), List.copyOf(new LinkedHashSet<>(PEOPLE.subList(0, t.get2())))));
  }

  @Property(tries = 300)
  void countsAddUpAndRatesLieBetweenZeroAndOne(@ForAll("sheets") AttendanceSheet sheet) {
    int days = sheet.sessions().size();
    int unmarkedTotal = 0;
    for (AttendanceSummary s : sheet.summaries().values()) {
      assertEquals(days, s.sessions());
      assertEquals(s.sessions(), s.present() + s.excused() + s.absent() + s.unmarked());
      unmarkedTotal += s.unmarked();
      for (boolean excused : new boolean[] {false, true}) {
        Optional<Ratio> rate = s.rate(excused);
        assertEquals(s.marked() > 0, rate.isPresent());
        rate.ifPresent(
            r -> {
              assertTrue(r.compareTo(Ratio.ZERO) >= 0 && Ratio.ONE.isAtLeast(r), r.toString());
              assertEquals(Ratio.of(s.present() + (excused ? s.excused() : 0), s.marked()), r);
            });
      }
      assertTrue(s.rate(true).orElse(Ratio.ZERO).isAtLeast(s.rate(false).orElse(Ratio.ZERO)));
    }
    assertEquals(sheet.participants().size(), sheet.summaries().size());
    assertEquals(unmarkedTotal, sheet.unmarked().size());
    assertEquals(unmarkedTotal == 0, sheet.isComplete());
  }

  @Property(tries = 300)
  void everyonePresentExceptGivesExactlyTheExceptions(
      @ForAll("sheets") AttendanceSheet sheet,
      @ForAll @IntRange(min = 0, max = 1000) int sessionPick,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 2) Integer> exceptionMarks) {
    List<TrainingSession> sessions = sheet.sessions().asList();
    TrainingSession s = sessions.get(sessionPick % sessions.size());
    Map<Nik, AttendanceMark> exceptions = new HashMap<>();
    List<Nik> niks = sheet.participants().asList();
    for (int i = 0; i < exceptionMarks.size() && i < niks.size(); i++) {
      exceptions.put(niks.get(i), AttendanceMark.values()[exceptionMarks.get(i)]);
    }
    AttendanceSheet recorded = sheet.recordAllPresentExcept(s, exceptions);
    assertTrue(recorded.unmarked().get(s).isEmpty());
    // complete exactly when no other session had an unmarked cell
    assertEquals(
        sheet.unmarked().keySet().stream().allMatch(s::equals), recorded.isComplete());
    for (Nik nik : niks) {
      assertEquals(
          Optional.of(exceptions.getOrDefault(nik, AttendanceMark.PRESENT)), recorded.mark(s, nik));
    }
  }
}
