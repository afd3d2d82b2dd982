package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.identity.Sex;

/**
 * How a KTP or KK writes a value that a valid generated record otherwise carries as the library's
 * name: one wording per value that has one. A generated record uses it now and then (one NIK
 * serial in {@value #EVERY}), since agencies type rosters from KTP and KK data.
 */
final class KtpWording {

  /** One record in this many (by NIK serial) carries the KTP and KK wording. */
  static final int EVERY = 3;

  private static final ImmutableMap<Sex, String> SEX =
      ImmutableMap.of(Sex.MALE, "LAKI-LAKI", Sex.FEMALE, "PEREMPUAN");

  private static final ImmutableMap<EducationLevel, String> EDUCATION =
      ImmutableMap.<EducationLevel, String>builder()
          .put(EducationLevel.NONE, "TIDAK/BELUM SEKOLAH")
          .put(EducationLevel.SD, "TAMAT SD/SEDERAJAT")
          .put(EducationLevel.SMP, "SLTP/SEDERAJAT")
          .put(EducationLevel.SMA_SMK, "SLTA/SEDERAJAT")
          .put(EducationLevel.D1_D3, "AKADEMI/DIPLOMA III/S. MUDA")
          .put(EducationLevel.D4_S1, "DIPLOMA IV/STRATA I")
          .put(EducationLevel.S2_OR_HIGHER, "STRATA II")
          .buildOrThrow();

  private static final ImmutableMap<EmploymentStatus, String> EMPLOYMENT =
      ImmutableMap.<EmploymentStatus, String>builder()
          .put(EmploymentStatus.UNEMPLOYED, "BELUM/TIDAK BEKERJA")
          .put(EmploymentStatus.HOMEMAKER, "MENGURUS RUMAH TANGGA")
          .put(EmploymentStatus.STUDENT, "PELAJAR/MAHASISWA")
          .put(EmploymentStatus.RETIRED, "PENSIUNAN")
          .put(EmploymentStatus.CIVIL_SERVANT, "PEGAWAI NEGERI SIPIL")
          .put(EmploymentStatus.EMPLOYED, "KARYAWAN SWASTA")
          .put(EmploymentStatus.CASUAL_WORKER, "BURUH HARIAN LEPAS")
          .put(EmploymentStatus.SELF_EMPLOYED, "WIRASWASTA")
          .buildOrThrow();

  private KtpWording() {}

  static String sex(Sex sex) {
    return SEX.get(sex);
  }

  static String education(EducationLevel level) {
    return EDUCATION.get(level);
  }

  /** The KK's occupation for a status, or the status's name where the KK has no one word for it. */
  static String employment(EmploymentStatus status) {
    return EMPLOYMENT.getOrDefault(status, status.name());
  }
}
