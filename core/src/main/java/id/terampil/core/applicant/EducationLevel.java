package id.terampil.core.applicant;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Wording;
import java.util.Optional;

/**
 * The highest completed level of education (pendidikan terakhir), in ascending order, as agency
 * forms record it.
 *
 * @since 0.1.0
 */
public enum EducationLevel {
  /** No school completed (tidak / belum sekolah, tidak tamat SD). */
  NONE,
  /** Sekolah dasar (primary school, or equivalent such as MI or Paket A). */
  SD,
  /** Sekolah menengah pertama (junior secondary, or MTs or Paket B). */
  SMP,
  /** Sekolah menengah atas or kejuruan (senior secondary SMA, SMK, MA or Paket C). */
  SMA_SMK,
  /** Diploma I to III. */
  D1_D3,
  /** Diploma IV or bachelor's degree (sarjana, S1). */
  D4_S1,
  /** Master's or doctoral degree (S2, S3). */
  S2_OR_HIGHER;

  /**
   * Returns whether this level is {@code other} or higher.
   *
   * @param other the level to compare with, not null
   * @return true if this level is at least {@code other}
   */
  public boolean isAtLeast(EducationLevel other) {
    return compareTo(other) >= 0;
  }

  /**
   * Reads an education level as forms, rosters and the KK write it, ignoring case and spaces
   * (also around {@code /}):
   *
   * <ul>
   *   <li>the constant's name ({@code SMA_SMK}) and the common short forms {@code SMA/SMK}, {@code
   *       D1}-{@code D4}, {@code S1}-{@code S3};
   *   <li>the KK's wording (Dukcapil): {@code TIDAK/BELUM SEKOLAH} and {@code BELUM TAMAT
   *       SD/SEDERAJAT} ({@link #NONE}), {@code TAMAT SD/SEDERAJAT}, {@code SLTP/SEDERAJAT},
   *       {@code SLTA/SEDERAJAT}, {@code DIPLOMA I/II} and {@code AKADEMI/DIPLOMA III/S. MUDA}
   *       ({@link #D1_D3}), {@code DIPLOMA IV/STRATA I}, {@code STRATA II}, {@code STRATA III};
   *   <li>school names: {@code SD}, {@code MI}, {@code Paket A}; {@code SMP}, {@code MTs}, {@code
   *       Paket B}; {@code SMA}, {@code SMK}, {@code MA}, {@code MAK}, {@code Paket C}.
   * </ul>
   *
   * @param text the text, not null
   * @return the level, or empty if the text is none of these
   */
  public static Optional<EducationLevel> read(CharSequence text) {
    return Optional.ofNullable(BY_WORDING.get(Wording.key(text)));
  }

  private static final ImmutableMap<String, EducationLevel> BY_WORDING = byWording();

  private static ImmutableMap<String, EducationLevel> byWording() {
    ImmutableMap.Builder<String, EducationLevel> b = Wording.byName(values());
    Wording.put(b, NONE, "TIDAK/BELUM SEKOLAH", "BELUM TAMAT SD/SEDERAJAT", "TIDAK SEKOLAH",
        "BELUM SEKOLAH", "TIDAK TAMAT SD");
    Wording.put(b, SD, "TAMAT SD/SEDERAJAT", "MI", "PAKET A");
    Wording.put(b, SMP, "SLTP/SEDERAJAT", "SLTP", "MTS", "PAKET B");
    Wording.put(
        b, SMA_SMK, "SLTA/SEDERAJAT", "SLTA", "SMA", "SMK", "MA", "MAK", "SMA/SMK", "PAKET C");
    Wording.put(b, D1_D3, "DIPLOMA I/II", "AKADEMI/DIPLOMA III/S. MUDA",
        "AKADEMI/DIPLOMA III/S.MUDA", "D1", "D2", "D3");
    Wording.put(b, D4_S1, "DIPLOMA IV/STRATA I", "D4", "S1");
    Wording.put(b, S2_OR_HIGHER, "STRATA II", "STRATA III", "S2", "S3");
    return b.buildOrThrow();
  }
}
