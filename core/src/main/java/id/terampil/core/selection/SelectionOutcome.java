package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What selection decided for one application: its status, the reason, its rank in the merit order
 * (1 = best; absent for applications that were not ranked because they were ineligible, duplicate
 * or chose no offered cohort), the cohort of its seat, the priority tier it fell in, and for an
 * ineligible applicant every unmet eligibility rule.
 *
 * <p>Made by {@link SelectionPolicy} and {@link SelectionResult}. {@link #toString()} masks the
 * NIK and the name. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SelectionOutcome {

  SelectionOutcome() {}

  /**
   * Returns the application.
   *
   * @return the application, not null
   */
  @Value.Parameter
  public abstract Application application();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract SelectionStatus status();

  /**
   * Returns the reason for the status.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract SelectionReason reason();

  /**
   * Returns the 1-based rank in the merit order of all ranked applications.
   *
   * @return the rank, or empty if the application was not ranked
   */
  @Value.Parameter
  public abstract OptionalInt rank();

  /**
   * Returns the cohort of the seat (for a released seat, the cohort it was in).
   *
   * @return the cohort, present exactly when selected or released
   */
  @Value.Parameter
  public abstract Optional<CohortId> cohort();

  /**
   * Returns the name of the priority tier the application fell in.
   *
   * @return the tier name, or empty if ranked in no tier or not ranked
   */
  @Value.Parameter
  public abstract Optional<String> tier();

  /**
   * Returns the cohorts among the application's choices, in the order chosen, that were offered
   * and whose admission found the applicant eligible: the cohorts the applicant may be seated or
   * promoted into. Empty for applications that were not ranked.
   *
   * @return the cohorts, not null
   */
  @Value.Parameter
  public abstract ImmutableList<CohortId> eligibleChoices();

  /**
   * Returns the unmet eligibility rules of an ineligible application.
   *
   * @return the unmet rules, not empty exactly when the reason is {@link SelectionReason#INELIGIBLE}
   */
  @Value.Parameter
  public abstract ImmutableList<UnmetRule> unmet();

  /**
   * Returns the applicant's NIK.
   *
   * @return the NIK, not null
   */
  public Nik nik() {
    return application().applicant().nik();
  }

  static ImmutableSelectionOutcome.Builder builder() {
    return ImmutableSelectionOutcome.builder();
  }

  /** Returns the outcome of a ranked application, without a builder (made 100,000 times a run). */
  static SelectionOutcome ranked(
      Application application,
      SelectionStatus status,
      SelectionReason reason,
      int rank,
      Optional<CohortId> cohort,
      Optional<String> tier,
      ImmutableList<CohortId> eligibleChoices) {
    return ImmutableSelectionOutcome.of(
        application, status, reason, OptionalInt.of(rank), cohort, tier, eligibleChoices,
        ImmutableList.of());
  }

  SelectionOutcome promotedTo(CohortId seat) {
    return copy(SelectionStatus.SELECTED, SelectionReason.PROMOTED, Optional.of(seat));
  }

  /** Returns this unseated outcome with {@code status} and {@code reason}, itself if unchanged. */
  SelectionOutcome unseated(SelectionStatus status, SelectionReason reason) {
    return status() == status && reason() == reason ? this : copy(status, reason, Optional.empty());
  }

  SelectionOutcome released() {
    return copy(SelectionStatus.RELEASED, SelectionReason.SEAT_RELEASED, cohort());
  }

  private SelectionOutcome copy(
      SelectionStatus status, SelectionReason reason, Optional<CohortId> cohort) {
    ImmutableSelectionOutcome.Builder b =
        builder()
            .application(application())
            .status(status)
            .reason(reason)
            .cohort(cohort)
            .tier(tier())
            .addAllEligibleChoices(eligibleChoices());
    rank().ifPresent(b::rank);
    return b.build();
  }

  @Value.Check
  final void check() {
    checkArgument(reason().explains(status()), "reason %s does not explain status %s", reason(), status());
    boolean seated = status() == SelectionStatus.SELECTED || status() == SelectionStatus.RELEASED;
    checkArgument(
        cohort().isPresent() == seated, "cohort must be present exactly when seated: %s", status());
    checkArgument(
        unmet().isEmpty() == (reason() != SelectionReason.INELIGIBLE),
        "unmet rules must be given exactly for INELIGIBLE: %s",
        reason());
  }

  /**
   * Returns a description with the NIK and name masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "SelectionOutcome{nik="
        + nik().masked()
        + ", status="
        + status()
        + ", reason="
        + reason()
        + (rank().isPresent() ? ", rank=" + rank().getAsInt() : "")
        + cohort().map(c -> ", cohort=" + c).orElse("")
        + tier().map(t -> ", tier=" + t).orElse("")
        + (unmet().isEmpty() ? "" : ", unmet=" + unmet())
        + "}";
  }
}
