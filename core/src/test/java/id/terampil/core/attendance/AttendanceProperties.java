package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AttendanceProperties {

  /**
   * Builds a sheet of {@code participants} people and {@code days} sessions; cell i holds mark
   * {@code cells[i] % 4} (3 = unmarked).
   */
  private static AttendanceSheet sheet(int participants, int days, List<Integer> cells) {
    List<Nik> niks = new ArrayList<>();
    for (int p = 1; p <= participants; p++) {
      niks.add(AttendanceSheetTest.nik(p));
    }
    List<TrainingSession> sessions =
        TrainingSession.days(AttendanceSheetTest.DAY1, AttendanceSheetTest.DAY1.plusDays(days - 1L));
    AttendanceSheet sheet = AttendanceSheet.of(AttendanceSheetTest.COHORT, sessions, niks);
    int i = 0;
    for (TrainingSession s : sessions) {
      Map<Nik, AttendanceMark> marks = new java.util.HashMap<>();
      for (Nik nik : niks) {
        int v = cells.isEmpty() ? 3 : cells.get(i++ % cells.size()) % 4;
        if (v < 3) {
          marks.put(nik, AttendanceMark.values()[v]);
        }
      }
      sheet = sheet.recordAll(s, marks);
    }
    return sheet;
  }

  @Property
  void countsAddUpAndRatesLieBetweenZeroAndOne(
      @ForAll @IntRange(min = 1, max = 8) int participants,
      @ForAll @IntRange(min = 1, max = 12) int days,
      @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 3) Integer> cells) {
    AttendanceSheet sheet = sheet(participants, days, cells);
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
              assertEquals(
                  Ratio.of(s.present() + (excused ? s.excused() : 0), s.marked()), r);
            });
      }
      assertTrue(s.rate(true).orElse(Ratio.ZERO).isAtLeast(s.rate(false).orElse(Ratio.ZERO)));
    }
    assertEquals(unmarkedTotal, sheet.unmarked().size());
    assertEquals(unmarkedTotal == 0, sheet.isComplete());
  }

  @Property
  void everyonePresentExceptGivesExactlyTheExceptions(
      @ForAll @IntRange(min = 1, max = 10) int participants,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 2) Integer> exceptionMarks) {
    AttendanceSheet sheet = sheet(participants, 1, List.of());
    TrainingSession s = sheet.sessions().first();
    Map<Nik, AttendanceMark> exceptions = new java.util.HashMap<>();
    List<Nik> niks = sheet.participants().asList();
    for (int i = 0; i < exceptionMarks.size() && i < niks.size(); i++) {
      exceptions.put(niks.get(i), AttendanceMark.values()[exceptionMarks.get(i)]);
    }
    AttendanceSheet recorded = sheet.recordAllPresentExcept(s, exceptions);
    assertTrue(recorded.isComplete());
    for (Nik nik : niks) {
      assertEquals(
          Optional.of(exceptions.getOrDefault(nik, AttendanceMark.PRESENT)), recorded.mark(s, nik));
    }
  }

  @Property
  void ratioComparisonAgreesWithCrossMultiplication(
      @ForAll @IntRange(min = 0, max = 100_000) int a,
      @ForAll @IntRange(min = 1, max = 100_000) int b,
      @ForAll @IntRange(min = 0, max = 100_000) int c,
      @ForAll @IntRange(min = 1, max = 100_000) int d) {
    int expected = Long.signum((long) a * d - (long) c * b);
    assertEquals(expected, Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d))));
    assertEquals(expected == 0, Ratio.of(a, b).equals(Ratio.of(c, d)));
    assertEquals(Ratio.of(a, b), Ratio.parse(Ratio.of(a, b).toString()));
  }

  @Property
  void sessionDaysCoverTheRangeInOrder(
      @ForAll @IntRange(min = 0, max = 400) int length) {
    LocalDate first = LocalDate.of(2024, 2, 27);
    List<TrainingSession> days = TrainingSession.days(first, first.plusDays(length));
    assertEquals(length + 1, days.size());
    for (int i = 1; i < days.size(); i++) {
      assertTrue(days.get(i - 1).compareTo(days.get(i)) < 0);
    }
  }
}
