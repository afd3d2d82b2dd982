package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One participant's attendance over all sessions of a cohort (rekap kehadiran), taken from an
 * {@link AttendanceSheet}: how many sessions are marked present, excused or absent, and which are
 * not marked at all. A summary from a sheet {@linkplain AttendanceSheet#heldBy held by a date}
 * counts the sessions held by then and says how many are {@linkplain #sessionsNotYetHeld() not yet
 * held}.
 *
 * <p>The counts always add up: {@code present + excused + absent + unmarked == sessions}. Rates
 * are exact {@link Ratio}s over the <em>marked</em> sessions only; unmarked sessions are listed in
 * {@link #unmarkedSessions()}, never silently counted as absent or present. {@link #toString()}
 * masks the NIK. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AttendanceSummary {

  AttendanceSummary() {}

  static AttendanceSummary of(
      Nik participant,
      CohortId cohort,
      int sessions,
      int present,
      int excused,
      int absent,
      ImmutableList<TrainingSession> unmarked,
      LocalDate lastSessionDate,
      int notYetHeld) {
    return ImmutableAttendanceSummary.builder()
        .participant(participant)
        .cohort(cohort)
        .sessions(sessions)
        .present(present)
        .excused(excused)
        .absent(absent)
        .addAllUnmarkedSessions(unmarked)
        .lastSessionDate(lastSessionDate)
        .sessionsNotYetHeld(notYetHeld)
        .build();
  }

  /**
   * Returns the participant's NIK.
   *
   * @return the NIK, not null
   */
  public abstract Nik participant();

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  public abstract CohortId cohort();

  /**
   * Returns the number of sessions counted: the cohort's, or those held by the date of a sheet
   * from {@link AttendanceSheet#heldBy}; for a {@linkplain AttendanceSheet#withLateJoiner late
   * joiner} only those from their joining date.
   *
   * @return the number of sessions, at least 1, or 0 for a late joiner none of whose sessions is
   *     held yet
   */
  public abstract int sessions();

  /**
   * Returns the number of sessions marked {@link AttendanceMark#PRESENT}.
   *
   * @return the count, at least 0
   */
  public abstract int present();

  /**
   * Returns the number of sessions marked {@link AttendanceMark#EXCUSED}.
   *
   * @return the count, at least 0
   */
  public abstract int excused();

  /**
   * Returns the number of sessions marked {@link AttendanceMark#ABSENT}.
   *
   * @return the count, at least 0
   */
  public abstract int absent();

  /**
   * Returns the sessions without a mark for this participant, in session order.
   *
   * @return the sessions, not null, possibly empty
   */
  public abstract ImmutableList<TrainingSession> unmarkedSessions();

  /**
   * Returns the date of the cohort's last session, held or not yet held.
   *
   * @return the date, not null
   */
  public abstract LocalDate lastSessionDate();

  /**
   * Returns the number of the cohort's sessions not yet held, which this summary does not count:
   * 0 unless it comes from a sheet {@linkplain AttendanceSheet#heldBy held by a date}.
   *
   * @return the count, at least 0
   */
  @Value.Default
  public int sessionsNotYetHeld() {
    return 0;
  }

  @Value.Check
  final void check() {
    checkArgument(
        sessions() >= 1 || sessionsNotYetHeld() >= 1,
        "sessions must be at least 1: %s, unless some are not yet held",
        sessions());
    checkArgument(
        present() >= 0 && excused() >= 0 && absent() >= 0,
        "present, excused and absent must not be negative: %s, %s, %s",
        present(),
        excused(),
        absent());
    checkArgument(
        sessionsNotYetHeld() >= 0,
        "sessions not yet held must not be negative: %s",
        sessionsNotYetHeld());
    checkArgument(
        present() + excused() + absent() + unmarked() == sessions(),
        "present, excused, absent and unmarked must add up to sessions: %s",
        sessions());
  }

  /**
   * Returns the number of sessions without a mark.
   *
   * @return the count, at least 0
   */
  public final int unmarked() {
    return unmarkedSessions().size();
  }

  /**
   * Returns the number of sessions with a mark.
   *
   * @return {@code present + excused + absent}
   */
  public final int marked() {
    return present() + excused() + absent();
  }

  /**
   * Returns whether every session has a mark.
   *
   * @return whether {@link #unmarked()} is 0
   */
  public final boolean isFullyMarked() {
    return unmarkedSessions().isEmpty();
  }

  /**
   * Returns the attendance rate over the marked sessions, exactly: present (plus excused, if
   * {@code excusedCountsAsPresent}) divided by the marked sessions.
   *
   * @param excusedCountsAsPresent whether excused absence (izin / sakit) counts as attendance
   * @return the rate between 0 and 1, or empty if no session is marked
   */
  public final Optional<Ratio> rate(boolean excusedCountsAsPresent) {
    int marked = marked();
    if (marked == 0) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(present() + (excusedCountsAsPresent ? excused() : 0), marked));
  }

  /**
   * Returns the counts with the NIK masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "AttendanceSummary{participant="
        + participant().masked()
        + ", cohort="
        + cohort()
        + ", sessions="
        + sessions()
        + ", present="
        + present()
        + ", excused="
        + excused()
        + ", absent="
        + absent()
        + ", unmarked="
        + unmarked()
        + (sessionsNotYetHeld() == 0 ? "" : ", notYetHeld=" + sessionsNotYetHeld())
        + "}";
  }
}
