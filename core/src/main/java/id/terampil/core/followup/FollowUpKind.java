package id.terampil.core.followup;

/**
 * A kind of follow-up or business-incubation support given after training (pembinaan,
 * pendampingan, bantuan). The list follows the seed programs and the Jakpreneur incubation stages
 * (mentoring, licensing, marketing, financial reporting, capital); {@link #OTHER} covers the rest.
 *
 * <p>A kind is a {@linkplain #isOneTimeGrant() one-time grant} when a person may receive it at most
 * once (capital aid, tool and cart grants: the in-kind entitlements of social-protection systems);
 * {@link FollowUpLedger} enforces that.
 *
 * @since 0.1.0
 */
public enum FollowUpKind {
  /** Coaching or mentoring of a participant or group (pembinaan / pendampingan usaha). */
  COACHING("pembinaan / pendampingan", false),
  /** Registration for further aid or opportunities (pendaftaran untuk bantuan lanjutan). */
  FURTHER_AID_REGISTRATION("pendaftaran bantuan lanjutan", false),
  /** Advanced or follow-on training (pelatihan lanjutan). */
  ADVANCED_TRAINING("pelatihan lanjutan", false),
  /** Business capital aid, in cash or in kind (bantuan modal usaha); one-time grant. */
  BUSINESS_CAPITAL_AID("bantuan modal usaha", true),
  /** A grant of tools or equipment (bantuan alat / peralatan usaha); one-time grant. */
  TOOL_GRANT("bantuan alat", true),
  /** A grant of a vending cart (hibah gerobak); one-time grant. */
  CART_GRANT("hibah gerobak", true),
  /** Marketing and promotion of the participants' products (pemasaran dan promosi). */
  MARKETING_PROMOTION("pemasaran dan promosi", false),
  /** A comparative study visit to another region (studi banding). */
  COMPARATIVE_STUDY_VISIT("studi banding", false),
  /** Help obtaining a business identification number through OSS (perizinan usaha, NIB). */
  BUSINESS_LICENSING_NIB("perizinan usaha (NIB)", false),
  /** Help obtaining a home-industry food permit (sertifikasi PIRT). */
  PRODUCT_CERTIFICATION_PIRT("sertifikasi PIRT", false),
  /** Help obtaining halal certification (sertifikasi halal). */
  PRODUCT_CERTIFICATION_HALAL("sertifikasi halal", false),
  /** Help with bookkeeping and financial reports (pendampingan laporan keuangan). */
  FINANCIAL_REPORTING("pendampingan laporan keuangan", false),
  /** Job placement or referral to an employer, at home or abroad (penempatan kerja). */
  JOB_PLACEMENT("penempatan kerja", false),
  /** Any other support; say which in the activity's note (lainnya). */
  OTHER("lainnya", false);

  private final String indonesianTerm;
  private final boolean oneTimeGrant;

  FollowUpKind(String indonesianTerm, boolean oneTimeGrant) {
    this.indonesianTerm = indonesianTerm;
    this.oneTimeGrant = oneTimeGrant;
  }

  /**
   * Returns the Indonesian term used by agencies for this kind of support.
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }

  /**
   * Returns whether a person may receive this kind of support at most once, whether directly or
   * through a business group they belong to.
   *
   * @return true for {@link #BUSINESS_CAPITAL_AID}, {@link #TOOL_GRANT} and {@link #CART_GRANT}
   */
  public boolean isOneTimeGrant() {
    return oneTimeGrant;
  }
}
