package id.terampil.core.attendance;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision whether one participant completed a cohort under a {@link CompletionRule}
 * (keputusan kelulusan), with every unmet requirement. Only {@link CompletionRule#evaluate} makes
 * one, so a satisfied {@code Completion} is proof for {@link Certificate#issue}.
 *
 * <p>{@link #toString()} masks the NIK. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Completion {

  Completion() {}

  static Completion of(
      CompletionRule rule,
      AttendanceSummary attendance,
      Optional<AssessmentResult> assessment,
      ImmutableList<UnmetRequirement> unmet) {
    return ImmutableCompletion.builder()
        .rule(rule)
        .attendance(attendance)
        .assessment(assessment)
        .addAllUnmet(unmet)
        .build();
  }

  /**
   * Returns the rule evaluated.
   *
   * @return the rule, not null
   */
  public abstract CompletionRule rule();

  /**
   * Returns the attendance evaluated.
   *
   * @return the summary, not null
   */
  public abstract AttendanceSummary attendance();

  /**
   * Returns the assessment result evaluated.
   *
   * @return the result, or empty if none was given
   */
  public abstract Optional<AssessmentResult> assessment();

  /**
   * Returns every unmet requirement, in the order attendance marks, attendance rate, assessment.
   *
   * @return the requirements, not null, empty if the rule is satisfied
   */
  public abstract ImmutableList<UnmetRequirement> unmet();

  /**
   * Returns whether every requirement of the rule is met.
   *
   * @return whether {@link #unmet()} is empty
   */
  public final boolean isSatisfied() {
    return unmet().isEmpty();
  }

  /**
   * Returns the participant's NIK.
   *
   * @return the NIK, not null
   */
  public final Nik participant() {
    return attendance().participant();
  }

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  public final CohortId cohort() {
    return attendance().cohort();
  }

  /**
   * Returns the decision with the NIK masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Completion{participant="
        + participant().masked()
        + ", cohort="
        + cohort()
        + ", satisfied="
        + isSatisfied()
        + ", unmet="
        + unmet()
        + "}";
  }
}
