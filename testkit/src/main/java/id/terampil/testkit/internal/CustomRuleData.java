package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.applicant.Applicant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;

/**
 * What a caller gives for one custom rule: values of the data it reads that meet it, optionally
 * values that break it, and how a value goes into an applicant's builder.
 *
 * @param <T> the type of the data
 */
final class CustomRuleData<T> {

  private final Arbitrary<T> meeting;
  private final @Nullable Arbitrary<T> breaking;
  private final BiConsumer<Applicant.Builder, ? super T> into;

  CustomRuleData(
      Arbitrary<T> meeting,
      @Nullable Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into) {
    this.meeting = checkNotNull(meeting, "meeting data must not be null");
    this.breaking = breaking;
    this.into = checkNotNull(into, "into must not be null");
  }

  /** The data that meets the rule, and if not null the data that breaks it. */
  static <T> CustomRuleData<T> of(
      Arbitrary<T> meeting,
      @Nullable Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into) {
    return new CustomRuleData<>(meeting, breaking, into);
  }

  /** The data that meets the rule and the data that breaks it, both given. */
  static <T> CustomRuleData<T> breakable(
      Arbitrary<T> meeting, Arbitrary<T> breaking, BiConsumer<Applicant.Builder, ? super T> into) {
    return of(meeting, checkNotNull(breaking, "breaking data must not be null"), into);
  }

  /** Whether the caller gave data that breaks the rule. */
  boolean canBreak() {
    return breaking != null;
  }

  /** Changes to a builder that make the applicant meet ({@code meet}) or break the rule. */
  Arbitrary<Consumer<Applicant.Builder>> changes(boolean meet) {
    Arbitrary<T> values = meet || breaking == null ? meeting : breaking;
    return values.map(value -> builder -> into.accept(builder, value));
  }
}
