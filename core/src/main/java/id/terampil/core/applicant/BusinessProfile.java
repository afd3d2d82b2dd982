package id.terampil.core.applicant;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.money.Rupiah;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The business an applicant runs (profil usaha): its KBLI activity, its capital excluding land and
 * buildings (modal usaha) and/or its annual sales (hasil penjualan tahunan), and when it started.
 *
 * <p>What the regulation says: PP 7/2021 Pasal 35 classifies businesses by capital excluding land
 * and buildings, which ayat (2) makes the criterion for founding and registration, and ayat (4)
 * adds annual sales as a criterion for facilitation, protection and empowerment (ayat (5) holds
 * the sales thresholds); see {@link BusinessSizeClass}. The regulation does not say which of the
 * two decides when a record declares both.
 *
 * <p>What this library decides (its policy, not the regulation's rule): training is empowerment,
 * so the {@linkplain #sizeClass() size class} comes from the annual sales when they are declared
 * and from the capital otherwise. A program that classifies by capital reads {@link
 * BusinessSizeClass#ofCapital(Rupiah)} itself. At least one of the two must be given.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BusinessProfile {

  BusinessProfile() {}

  /**
   * Returns the KBLI code of the business activity, e.g. 16291 for woven rattan goods.
   *
   * @return the code, not null
   */
  public abstract KbliCode kbli();

  /**
   * Returns the business capital excluding land and buildings, if declared.
   *
   * @return the capital, or empty
   */
  public abstract Optional<Rupiah> capital();

  /**
   * Returns the annual sales, if declared.
   *
   * @return the annual sales, or empty
   */
  public abstract Optional<Rupiah> annualSales();

  /**
   * Returns the date the business started, if known.
   *
   * @return the start date, or empty
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * Returns the size class by the PP 7/2021 thresholds, chosen by the library's policy: from the
   * annual sales if declared (the ayat (4) criterion for empowerment), else from the capital.
   *
   * @return the class, not null
   */
  @Value.Derived
  public BusinessSizeClass sizeClass() {
    if (annualSales().isPresent()) {
      return BusinessSizeClass.ofAnnualSales(annualSales().get());
    }
    return BusinessSizeClass.ofCapital(capital().orElse(Rupiah.ZERO));
  }

  /**
   * Returns a builder; {@code kbli} and at least one of {@code capital} and {@code annualSales}
   * are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessProfile}. */
  public static final class Builder extends ImmutableBusinessProfile.Builder {
    /** Creates an empty builder; prefer {@link BusinessProfile#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        capital().isPresent() || annualSales().isPresent(),
        "business profile must declare capital or annual sales (kbli %s)",
        kbli());
  }
}
