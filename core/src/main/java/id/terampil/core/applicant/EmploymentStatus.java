package id.terampil.core.applicant;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Wording;
import java.util.Optional;

/**
 * An applicant's employment status (status pekerjaan) at registration.
 *
 * @since 0.1.0
 */
public enum EmploymentStatus {
  /** Not working and looking for work (pencari kerja / menganggur). */
  UNEMPLOYED,
  /** Lost a job through a lay-off (korban PHK), not yet working again. */
  LAID_OFF,
  /** Employed by someone else for a wage or salary (buruh / karyawan / pegawai swasta). */
  EMPLOYED,
  /** Casual or daily worker (pekerja lepas / harian). */
  CASUAL_WORKER,
  /** Running one's own business (wirausaha / berusaha sendiri). */
  SELF_EMPLOYED,
  /** Managing the household (mengurus rumah tangga). */
  HOMEMAKER,
  /** In formal education (pelajar / mahasiswa). */
  STUDENT,
  /** Civil servant, soldier or police officer (ASN, TNI, Polri). */
  CIVIL_SERVANT,
  /** Retired (pensiunan). */
  RETIRED,
  /**
   * An occupation (pekerjaan) that names no one of the other statuses, such as {@code GURU} or
   * {@code SOPIR} (a teacher or a driver may be a civil servant, employed, or working on their
   * own account). An applicant with this status keeps the occupation as declared ({@link
   * Applicant#occupation()}); {@link #read} never returns it, since a status alone says nothing
   * here.
   *
   * @since 0.1.0
   */
  OTHER;

  /**
   * Reads an employment status as forms and rosters write it, ignoring case and spaces (also
   * around {@code /}): the constant's name, or an occupation (pekerjaan) as the KTP and KK write
   * it in Dukcapil's list:
   *
   * <ul>
   *   <li>{@code BELUM/TIDAK BEKERJA}: {@link #UNEMPLOYED}; {@code MENGURUS RUMAH TANGGA}: {@link
   *       #HOMEMAKER}; {@code PELAJAR/MAHASISWA}: {@link #STUDENT}; {@code PENSIUNAN}: {@link
   *       #RETIRED};
   *   <li>{@code PEGAWAI NEGERI SIPIL} (also {@code PNS}), {@code TENTARA NASIONAL INDONESIA}
   *       (also {@code TNI}), {@code KEPOLISIAN RI} (also {@code POLRI}): {@link #CIVIL_SERVANT};
   *   <li>{@code KARYAWAN SWASTA}, {@code KARYAWAN BUMN}, {@code KARYAWAN BUMD}, {@code KARYAWAN
   *       HONORER}: {@link #EMPLOYED}; {@code BURUH HARIAN LEPAS}, {@code BURUH TANI/PERKEBUNAN},
   *       {@code BURUH NELAYAN/PERIKANAN}: {@link #CASUAL_WORKER};
   *   <li>{@code WIRASWASTA}, {@code PEDAGANG}, {@code PETANI/PEKEBUN}, {@code NELAYAN/PERIKANAN},
   *       {@code PETERNAK}: {@link #SELF_EMPLOYED} (working on their own account).
   * </ul>
   *
   * <p>Other occupations (e.g. {@code GURU}, which may be a civil servant or not) name no one
   * status and are not read; nor is the name {@code OTHER}, which stands for such an occupation
   * and means nothing without it (an applicant of {@link #OTHER} keeps the occupation itself).
   *
   * @param text the text, not null
   * @return the status, or empty if the text is none of these
   */
  public static Optional<EmploymentStatus> read(CharSequence text) {
    return Optional.ofNullable(BY_WORDING.get(Wording.key(text)));
  }

  private static final ImmutableMap<String, EmploymentStatus> BY_WORDING = byWording();

  private static ImmutableMap<String, EmploymentStatus> byWording() {
    ImmutableMap.Builder<String, EmploymentStatus> b = ImmutableMap.builder();
    for (EmploymentStatus status : values()) {
      if (status != OTHER) {
        b.put(status.name(), status);
      }
    }
    Wording.put(b, UNEMPLOYED, "BELUM/TIDAK BEKERJA");
    Wording.put(b, HOMEMAKER, "MENGURUS RUMAH TANGGA");
    Wording.put(b, STUDENT, "PELAJAR/MAHASISWA");
    Wording.put(b, RETIRED, "PENSIUNAN");
    Wording.put(b, CIVIL_SERVANT, "PEGAWAI NEGERI SIPIL", "PNS", "TENTARA NASIONAL INDONESIA",
        "TNI", "KEPOLISIAN RI", "POLRI");
    Wording.put(
        b, EMPLOYED, "KARYAWAN SWASTA", "KARYAWAN BUMN", "KARYAWAN BUMD", "KARYAWAN HONORER");
    Wording.put(b, CASUAL_WORKER, "BURUH HARIAN LEPAS", "BURUH TANI/PERKEBUNAN",
        "BURUH NELAYAN/PERIKANAN");
    Wording.put(b, SELF_EMPLOYED, "WIRASWASTA", "PEDAGANG", "PETANI/PEKEBUN", "NELAYAN/PERIKANAN",
        "PETERNAK");
    return b.buildOrThrow();
  }
}
