package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.internal.Codes;
import java.util.Optional;

/** Shared invariant checks of the follow-up package: free texts and month offsets. */
final class FollowUpChecks {

  /** The maximum length of a free text such as a group name or a note. */
  static final int MAX_TEXT_LENGTH = 500;

  /** The latest checkpoint or planned month after completion accepted: ten years. */
  static final int MAX_MONTHS = 120;

  private FollowUpChecks() {}

  /** Checks a free text: not blank, at most 500 characters, no control or bidi characters. */
  static void text(String field, String text) {
    Codes.checkText(field, text, MAX_TEXT_LENGTH);
  }

  /** Checks an optional free text as {@link #text(String, String)} when present. */
  static void optionalText(String field, Optional<String> text) {
    text.ifPresent(t -> text(field, t));
  }

  /** Checks a number of months after completion: {@code min} to {@value #MAX_MONTHS}. */
  static void months(String field, int months, int min) {
    checkArgument(
        months >= min && months <= MAX_MONTHS,
        "%s must be between %s and %s months after completion: %s",
        field,
        min,
        MAX_MONTHS,
        months);
  }
}
