package id.terampil.core.internal;

import java.time.LocalDate;

/** Date arithmetic made once per applicant or record. Not an API. */
public final class Dates {

  private Dates() {}

  /**
   * Returns the whole years from {@code from} to {@code to}, exactly as {@code
   * ChronoUnit.YEARS.between(from, to)} does, from the fields alone (java.time goes through the
   * proleptic months): a year is complete on the same month and day, and a 29 February completes
   * its year on 1 March of a common year; negative, truncated towards zero, when {@code to} is
   * before {@code from}.
   *
   * @param from the start, not null
   * @param to the end, not null
   * @return the whole years between them
   */
  public static long yearsBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -yearsBetween(to, from);
    }
    long years = (long) to.getYear() - from.getYear();
    // Month and day packed as month * 32 + day, in calendar order: the anniversary is reached
    // when the end's is not before the start's.
    int toDay = to.getMonthValue() * 32 + to.getDayOfMonth();
    int fromDay = from.getMonthValue() * 32 + from.getDayOfMonth();
    if (toDay < fromDay) {
      years--;
    }
    return years;
  }
}
