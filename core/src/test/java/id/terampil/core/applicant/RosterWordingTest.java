package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.identity.Sex;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sex, education and employment read as KTP, KK and agency rosters write them, in any case and
 * spacing (also around '/'); anything else is not read, never guessed.
 */
class RosterWordingTest {

  @ParameterizedTest
  @CsvSource({
    "L, MALE", "p, FEMALE", "LAKI-LAKI, MALE", "laki laki, MALE", "Pria, MALE",
    "PEREMPUAN, FEMALE", "  perempuan ', FEMALE", "Wanita, FEMALE", "MALE, MALE", "female, FEMALE"
  })
  void readsSexAsTheKtpWritesIt(String text, Sex expected) {
    assertEquals(Optional.of(expected), Sex.read(text.replace("'", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X", "LK", "PR", "LAKI", "LAKI-LAKI PEREMPUAN", "0", "1", "M", "F"})
  void leavesAnUnknownSexUnread(String text) {
    assertEquals(Optional.empty(), Sex.read(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "TIDAK/BELUM SEKOLAH; NONE", "Belum Tamat SD/Sederajat; NONE",
        "TAMAT SD/SEDERAJAT; SD", "MI; SD", "Paket A; SD",
        "SLTP/SEDERAJAT; SMP", "MTs; SMP", "paket b; SMP", "SMP; SMP",
        "SLTA/SEDERAJAT; SMA_SMK", "SLTA / SEDERAJAT; SMA_SMK", "SMA; SMA_SMK", "SMK; SMA_SMK",
        "MA; SMA_SMK", "MAK; SMA_SMK", "Paket C; SMA_SMK", "sma_smk; SMA_SMK",
        "DIPLOMA I/II; D1_D3", "AKADEMI/DIPLOMA III/S. MUDA; D1_D3", "D3; D1_D3",
        "DIPLOMA IV/STRATA I; D4_S1", "S1; D4_S1", "STRATA II; S2_OR_HIGHER",
        "STRATA III; S2_OR_HIGHER", "S3; S2_OR_HIGHER"
      })
  void readsEducationAsTheKkAndSchoolsWriteIt(String text, EducationLevel expected) {
    assertEquals(Optional.of(expected), EducationLevel.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SLTA SEDERAJAT X", "SMA 1", "SARJANA MUDA HUKUM", "Paket D", "S4"})
  void leavesUnknownEducationUnread(String text) {
    assertEquals(Optional.empty(), EducationLevel.read(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "BELUM/TIDAK BEKERJA; UNEMPLOYED", "Belum / Tidak Bekerja; UNEMPLOYED",
        "MENGURUS RUMAH TANGGA; HOMEMAKER", "PELAJAR/MAHASISWA; STUDENT", "PENSIUNAN; RETIRED",
        "PEGAWAI NEGERI SIPIL; CIVIL_SERVANT", "TENTARA NASIONAL INDONESIA; CIVIL_SERVANT",
        "TNI; CIVIL_SERVANT", "KEPOLISIAN RI; CIVIL_SERVANT", "POLRI; CIVIL_SERVANT",
        "KARYAWAN SWASTA; EMPLOYED", "KARYAWAN BUMN; EMPLOYED", "KARYAWAN BUMD; EMPLOYED",
        "KARYAWAN HONORER; EMPLOYED", "BURUH HARIAN LEPAS; CASUAL_WORKER",
        "WIRASWASTA; SELF_EMPLOYED", "PETANI/PEKEBUN; SELF_EMPLOYED",
        "NELAYAN/PERIKANAN; SELF_EMPLOYED", "PEDAGANG; SELF_EMPLOYED", "homemaker; HOMEMAKER"
      })
  void readsOccupationsAsTheKtpAndKkWriteThem(String text, EmploymentStatus expected) {
    assertEquals(Optional.of(expected), EmploymentStatus.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GURU", "SOPIR", "BEKERJA", "KARYAWAN", "WIRASWASTA 2"})
  void leavesOccupationsWithNoOneStatusUnread(String text) {
    assertEquals(Optional.empty(), EmploymentStatus.read(text));
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 1025, 1_000_000})
  void textUpToTheLimitIsReadAndLongerTextIsNot(int length) {
    Optional<Sex> expected = length <= 1024 ? Optional.of(Sex.FEMALE) : Optional.empty();
    assertEquals(expected, Sex.read(" ".repeat(length - 9) + "PEREMPUAN"));
    assertEquals(
        expected.map(s -> EducationLevel.SMA_SMK), EducationLevel.read("SMA" + " ".repeat(length - 3)));
  }
}
