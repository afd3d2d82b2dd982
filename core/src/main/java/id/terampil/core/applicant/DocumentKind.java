package id.terampil.core.applicant;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Codes;
import id.terampil.core.internal.Wording;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Kinds of documents an applicant may hold (dokumen persyaratan). Some kinds have a standard
 * validity counted from the issue date; the others are valid until an expiry printed on them, or
 * indefinitely.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** Kartu Tanda Penduduk, the identity card (e-KTP is valid for life). */
  KTP(null),
  /** Kartu Keluarga, the family card. */
  KK(null),
  /**
   * Kartu AK/I (kartu kuning), the job-seeker card of the regency or city manpower office; valid
   * for two years from its issue date (Permenaker 39/2016).
   */
  AK_I(Period.ofYears(2)),
  /** Ijazah: the certificate of the highest education completed. */
  DIPLOMA(null),
  /** Nomor Induk Berusaha, the business identification number from OSS. */
  NIB(null),
  /** Surat keterangan usaha: a village or kelurahan letter confirming a business. */
  BUSINESS_CERTIFICATE(null),
  /** Surat keterangan tidak mampu: a letter confirming a low-income household. */
  LOW_INCOME_CERTIFICATE(null),
  /** Surat keterangan sehat: a health certificate. */
  HEALTH_CERTIFICATE(null),
  /** Any other document. */
  OTHER(null);

  private final @Nullable Period validity;

  DocumentKind(@Nullable Period validity) {
    this.validity = validity;
  }

  /**
   * Returns the standard validity of documents of this kind, counted from the issue date, e.g.
   * two years for {@link #AK_I}.
   *
   * @return the validity, or empty if documents of this kind have no standard validity
   */
  public Optional<Period> standardValidity() {
    return Optional.ofNullable(validity);
  }

  /**
   * Reads the kind of a document as rosters write it: a code of upper-case ASCII letters, digits
   * and {@code _} beginning with a letter, at most 48 characters (surrounding whitespace ignored).
   * The code is a kind's name or a common form ({@code AK1} and {@code AKI} for {@link #AK_I},
   * {@code IJAZAH} for {@link #DIPLOMA}, {@code SKU} for {@link #BUSINESS_CERTIFICATE}, {@code
   * SKTM} for {@link #LOW_INCOME_CERTIFICATE}); any other code is {@link #OTHER}.
   *
   * @param text the text, not null
   * @return the kind, or empty if the text is not such a code
   */
  public static Optional<DocumentKind> read(CharSequence text) {
    String code = text.toString().strip();
    if (!Codes.isCode(code)) {
      return Optional.empty();
    }
    switch (code) {
      case "AK1":
      case "AKI":
      case "AK_1":
        return Optional.of(AK_I);
      case "IJAZAH":
        return Optional.of(DIPLOMA);
      case "SKU":
        return Optional.of(BUSINESS_CERTIFICATE);
      case "SKTM":
        return Optional.of(LOW_INCOME_CERTIFICATE);
      default:
        return Optional.of(BY_NAME.getOrDefault(code, OTHER));
    }
  }

  private static final ImmutableMap<String, DocumentKind> BY_NAME =
      Wording.byName(values()).buildOrThrow();
}
