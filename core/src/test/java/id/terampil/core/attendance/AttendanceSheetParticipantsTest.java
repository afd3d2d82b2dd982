package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.identity.Nik;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet lists its participants as given, in order (the sheet laws in the testkit rely on it). */
class AttendanceSheetParticipantsTest {

  @Test
  void participantsAreThoseGivenInOrder() {
    List<Nik> people =
        List.of(AttendanceSheetTest.nik(3), AttendanceSheetTest.nik(1), AttendanceSheetTest.nik(2));
    AttendanceSheet sheet =
        AttendanceSheet.of(
            AttendanceSheetTest.COHORT,
            TrainingSession.days(AttendanceSheetTest.DAY1, AttendanceSheetTest.DAY1.plusDays(1)),
            people);
    assertEquals(people, sheet.participants().asList());
    assertEquals(3, sheet.summaries().size());
  }
}
