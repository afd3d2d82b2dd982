package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.attendance.Ratio;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credentials of a program or cohort at a reference date, which a BLK reports first:
 * training certificates issued (sertifikat pelatihan) and competency assessment results
 * (kompeten / belum kompeten).
 *
 * <ul>
 *   <li>{@link #certificates()}: the certificates of {@link IndicatorInputs#certificates()}
 *       issued on or before the reference date; later ones are not yet issued.
 *   <li>{@link #competent()} and {@link #notYetCompetent()}: the completion decisions of {@link
 *       IndicatorInputs#completions()} with that assessment result, counting only decisions
 *       whose last session was held by the reference date. Decisions without an assessment
 *       result are left out: nobody was assessed.
 * </ul>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Credentials {

  Credentials() {}

  /**
   * Returns the number of certificates issued by the reference date (one per person and
   * cohort).
   *
   * @return the count, at least 0
   */
  public abstract int certificates();

  /**
   * Returns the number of participants assessed competent (kompeten).
   *
   * @return the count, at least 0
   */
  public abstract int competent();

  /**
   * Returns the number of participants assessed not yet competent (belum kompeten).
   *
   * @return the count, at least 0
   */
  public abstract int notYetCompetent();

  /**
   * Returns the number of participants assessed: {@code competent + notYetCompetent}.
   *
   * @return the count, at least 0
   */
  public final int assessed() {
    return competent() + notYetCompetent();
  }

  /**
   * Returns the competence rate: {@link #competent()} divided by {@link #assessed()}.
   * Participants never assessed are not in the denominator (they have no result).
   *
   * @return the rate between 0 and 1, or empty if nobody was assessed
   */
  public final Optional<Ratio> competentRate() {
    return assessed() == 0 ? Optional.empty() : Optional.of(Ratio.of(competent(), assessed()));
  }

  @Value.Check
  final void check() {
    checkArgument(
        certificates() >= 0 && competent() >= 0 && notYetCompetent() >= 0
            && (long) competent() + notYetCompetent() <= Integer.MAX_VALUE,
        "credential counts must not be negative, nor competent + notYetCompetent exceed %s: %s",
        Integer.MAX_VALUE,
        this);
  }
}
