package id.terampil.core.classification;

import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.money.Rupiah;
import java.util.Optional;

/**
 * The size class of a business (usaha mikro, kecil, menengah, besar) by the criteria of PP 7/2021
 * Pasal 35: business capital excluding land and buildings (modal usaha), or annual sales (hasil
 * penjualan tahunan). Upper bounds are inclusive: capital of exactly Rp 1,000,000,000 is still
 * micro.
 *
 * <p>The regulation gives both criteria and their uses: capital for founding and registration
 * (ayat (2)), annual sales besides it for facilitation, protection and empowerment (ayat (4), with
 * the sales thresholds in ayat (5)). Which criterion a training program applies is the program's
 * policy: {@link #ofCapital(Rupiah)} and {@link #ofAnnualSales(Rupiah)} apply one each, and
 * {@code BusinessProfile.sizeClass()} states the library's default (sales when declared, else
 * capital).
 *
 * <table>
 *   <caption>PP 7/2021 thresholds</caption>
 *   <tr><th>class</th><th>capital at most</th><th>annual sales at most</th></tr>
 *   <tr><td>micro</td><td>Rp 1,000,000,000</td><td>Rp 2,000,000,000</td></tr>
 *   <tr><td>small</td><td>Rp 5,000,000,000</td><td>Rp 15,000,000,000</td></tr>
 *   <tr><td>medium</td><td>Rp 10,000,000,000</td><td>Rp 50,000,000,000</td></tr>
 *   <tr><td>large</td><td>above</td><td>above</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum BusinessSizeClass {
  /** Usaha mikro. */
  MICRO(1_000_000_000L, 2_000_000_000L),
  /** Usaha kecil. */
  SMALL(5_000_000_000L, 15_000_000_000L),
  /** Usaha menengah. */
  MEDIUM(10_000_000_000L, 50_000_000_000L),
  /** Usaha besar: above every bound. */
  LARGE(Long.MAX_VALUE, Long.MAX_VALUE);

  private final long maxCapital;
  private final long maxAnnualSales;

  BusinessSizeClass(long maxCapital, long maxAnnualSales) {
    this.maxCapital = maxCapital;
    this.maxAnnualSales = maxAnnualSales;
  }

  private static final BusinessSizeClass[] VALUES = values();

  /**
   * Returns the inclusive upper bound on business capital for this class.
   *
   * @return the bound, or empty for {@link #LARGE}, which has none
   */
  public Optional<Rupiah> maxCapital() {
    return this == LARGE ? Optional.empty() : Optional.of(Rupiah.of(maxCapital));
  }

  /**
   * Returns the inclusive upper bound on annual sales for this class.
   *
   * @return the bound, or empty for {@link #LARGE}, which has none
   */
  public Optional<Rupiah> maxAnnualSales() {
    return this == LARGE ? Optional.empty() : Optional.of(Rupiah.of(maxAnnualSales));
  }

  /**
   * Returns the class of a business with the given capital excluding land and buildings.
   *
   * @param capital the business capital, not null
   * @return the smallest class whose capital bound is not exceeded, not null
   * @throws NullPointerException if {@code capital} is null
   */
  public static BusinessSizeClass ofCapital(Rupiah capital) {
    checkNotNull(capital, "capital must not be null");
    long value = capital.amount();
    for (BusinessSizeClass c : VALUES) {
      if (value <= c.maxCapital) {
        return c;
      }
    }
    return LARGE;
  }

  /**
   * Returns the class of a business with the given annual sales.
   *
   * @param annualSales the annual sales, not null
   * @return the smallest class whose sales bound is not exceeded, not null
   * @throws NullPointerException if {@code annualSales} is null
   */
  public static BusinessSizeClass ofAnnualSales(Rupiah annualSales) {
    checkNotNull(annualSales, "annual sales must not be null");
    long value = annualSales.amount();
    for (BusinessSizeClass c : VALUES) {
      if (value <= c.maxAnnualSales) {
        return c;
      }
    }
    return LARGE;
  }

  /**
   * Returns whether this class is a micro, small or medium enterprise (UMKM).
   *
   * @return true unless {@link #LARGE}
   */
  public boolean isMsme() {
    return this != LARGE;
  }
}
