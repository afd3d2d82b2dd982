package id.terampil.core.selection;

/**
 * How applicants of the same priority tier are ordered (urutan penentu). A {@link SelectionPolicy}
 * applies its tie-breakers in the order given; after them, the {@linkplain
 * SelectionPolicy#lotteryNumber(id.terampil.core.identity.Nik) seeded lottery number} and finally
 * the NIK decide, so the ranking never depends on the order of the input.
 *
 * @since 0.1.0
 */
public enum TieBreaker {
  /** Earlier registration first (siapa cepat dia dapat). */
  REGISTRATION_TIME,
  /** Higher selection score first; applications without a score after all scored ones. */
  SCORE_DESC,
  /** Lower seeded lottery number first (undian). */
  LOTTERY
}
