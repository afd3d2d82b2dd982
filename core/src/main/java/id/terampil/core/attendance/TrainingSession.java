package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.internal.Codes;
import id.terampil.core.program.Cohort;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One training session (sesi / hari pelatihan) on which attendance is taken: a date and an
 * ordinal within that day, with an optional label such as "Teori" or "Praktik". A cohort's
 * sessions are its training days minus the holidays the caller knows ({@link #ofCohort}); a
 * two-day course is two sessions; a day with a morning and an afternoon session is two sessions
 * with ordinals 1 and 2.
 *
 * <p>Identity is the date and ordinal; the label is descriptive and does not take part in
 * {@code equals}. Sessions order by date, then ordinal. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrainingSession implements Comparable<TrainingSession> {

  /** The longest label accepted, in characters. */
  public static final int MAX_LABEL_LENGTH = 100;

  private static final Comparator<TrainingSession> ORDER =
      Comparator.comparing(TrainingSession::date).thenComparingInt(TrainingSession::ordinal);

  TrainingSession() {}

  /**
   * Returns the only (first) session of a day.
   *
   * @param date the day, not null
   * @return the session with ordinal 1, not null
   */
  public static TrainingSession onDay(LocalDate date) {
    return of(date, 1);
  }

  /**
   * Returns session {@code ordinal} of {@code date}.
   *
   * @param date the day, not null
   * @param ordinal the ordinal within the day, at least 1
   * @return the session, not null
   * @throws IllegalArgumentException if {@code ordinal} is less than 1
   */
  public static TrainingSession of(LocalDate date, int ordinal) {
    return ImmutableTrainingSession.builder().date(date).ordinal(ordinal).build();
  }

  /**
   * Returns session {@code ordinal} of {@code date} with a label.
   *
   * @param date the day, not null
   * @param ordinal the ordinal within the day, at least 1
   * @param label the label, not null, not blank, at most {@value #MAX_LABEL_LENGTH} characters
   * @return the session, not null
   * @throws IllegalArgumentException if {@code ordinal} is less than 1 or the label is invalid
   */
  public static TrainingSession of(LocalDate date, int ordinal, String label) {
    return ImmutableTrainingSession.builder().date(date).ordinal(ordinal).label(label).build();
  }

  /**
   * Returns the sessions of {@code cohort}: one per {@linkplain Cohort#trainingDays() training
   * day} (by default Monday to Friday of its period, or the days it lists, a weekend day included),
   * in date order, leaving out every day among {@code holidays}. Holidays outside the training
   * days are ignored, so a whole year's list of public holidays (libur nasional, cuti bersama) may
   * be given.
   *
   * @param cohort the cohort, not null
   * @param holidays the days on which no session is held, not null, no null element
   * @return the sessions in date order, not null, not empty
   * @throws IllegalArgumentException if every training day of the cohort is a holiday
   */
  public static ImmutableList<TrainingSession> ofCohort(Cohort cohort, Set<LocalDate> holidays) {
    checkNotNull(cohort, "cohort must not be null");
    checkNotNull(holidays, "holidays must not be null");
    ImmutableList<TrainingSession> sessions =
        cohort.trainingDays().stream()
            .filter(d -> !holidays.contains(d))
            .map(TrainingSession::onDay)
            .collect(ImmutableList.toImmutableList());
    checkArgument(
        !sessions.isEmpty(),
        "cohort %s has no session: every one of its %s training days is a holiday",
        cohort.id(),
        cohort.trainingDayCount());
    return sessions;
  }

  /**
   * Returns one session per day from {@code first} to {@code last} inclusive, every day of the
   * week, Saturday and Sunday included: e.g. Saturday 24 to Wednesday 28 August 2024 is five
   * sessions. For Monday to Friday only, use {@link #weekdays}; for a cohort, {@link #ofCohort}.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return the sessions in date order, not null, not empty
   * @throws IllegalArgumentException if {@code last} is before {@code first} or more than 3660
   *     days after it (so at most 3661 sessions)
   */
  public static ImmutableList<TrainingSession> days(LocalDate first, LocalDate last) {
    checkNotNull(first, "first must not be null");
    checkNotNull(last, "last must not be null");
    checkArgument(!last.isBefore(first), "last must not be before first: %s", last);
    checkArgument(
        !last.isAfter(first.plusDays(3660)), "last must be within 3660 days of first: %s", last);
    ImmutableList.Builder<TrainingSession> out = ImmutableList.builder();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(onDay(d));
    }
    return out.build();
  }

  /**
   * Returns one session per weekday, Monday to Friday, from {@code first} to {@code last}
   * inclusive: e.g. Saturday 24 to Wednesday 28 August 2024 is three sessions.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return the sessions in date order, not null, not empty
   * @throws IllegalArgumentException if {@code last} is before {@code first} or more than 3660
   *     days after it, or if no day between them is a weekday
   */
  public static ImmutableList<TrainingSession> weekdays(LocalDate first, LocalDate last) {
    ImmutableList<TrainingSession> sessions =
        days(first, last).stream()
            .filter(s -> DateRange.isWeekday(s.date()))
            .collect(ImmutableList.toImmutableList());
    checkArgument(
        !sessions.isEmpty(), "no weekday from %s to %s (Monday to Friday)", first, last);
    return sessions;
  }

  /**
   * Returns the date of the session.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the ordinal of the session within its day, from 1.
   *
   * @return the ordinal, at least 1
   */
  public abstract int ordinal();

  /**
   * Returns the descriptive label, not part of equality.
   *
   * @return the label, or empty
   */
  @Value.Auxiliary
  public abstract Optional<String> label();

  @Value.Check
  final void check() {
    checkArgument(ordinal() >= 1, "ordinal must be at least 1: %s", ordinal());
    label()
        .ifPresent(
            l -> Codes.checkText("label", l, MAX_LABEL_LENGTH));
  }

  @Override
  public final int compareTo(TrainingSession other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the session as {@code 2024-08-24#1}, followed by the label in parentheses if any.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return date() + "#" + ordinal() + label().map(l -> " (" + l + ")").orElse("");
  }
}
