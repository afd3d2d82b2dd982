package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The consumer's own DTO, validated with a plain Validator, with Indonesian messages. */
class TraineeRegistrationFormTest {

  private static final LocalDate CLOSE = LocalDate.of(2024, 6, 25);
  private static ValidatorFactory indonesian;
  private static ValidatorFactory english;

  @BeforeAll
  static void factories() {
    indonesian = RegistrationFormValidation.validatorFactory(RegistrationFormValidation.INDONESIAN, CLOSE);
    english = RegistrationFormValidation.validatorFactory(Locale.ENGLISH, CLOSE);
  }

  @AfterAll
  static void close() {
    indonesian.close();
    english.close();
  }

  /** A synthetic woman born 1 January 1990 in Pekalongan Barat, living in Bendan Kergon. */
  private static TraineeRegistrationForm valid() {
    return new TraineeRegistrationForm(
        "3375014101900001", "Siti Aminah", "P", LocalDate.of(1990, 1, 1), "33.75.01.1006", "10710");
  }

  @Test
  void aValidFormHasNoViolations() {
    assertEquals(List.of(), RegistrationFormValidation.violations(indonesian.getValidator(), valid()));
  }

  @Test
  void messagesAreIndonesianRegardlessOfTheJvmLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      Validator v = indonesian.getValidator();
      TraineeRegistrationForm form =
          new TraineeRegistrationForm(
              "3375014101900000", "Siti Aminah", "P", LocalDate.of(1948, 1, 1), "33.75.01", "107");
      List<String> lines = RegistrationFormValidation.violations(v, form);
      assertEquals(
          List.of(
              "birthDate: usia pada tanggal acuan harus antara 15 dan 64 tahun",
              "businessKbli: harus berupa kode KBLI lima digit",
              "domicile: harus berupa kode wilayah Kemendagri yang sah pada tingkat desa/kelurahan",
              "nik: harus berupa NIK yang sah (16 digit: wilayah, tanggal lahir, nomor urut)"),
          lines);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theSameFormInEnglish() {
    TraineeRegistrationForm form =
        new TraineeRegistrationForm(
            "3375014101480001", "Siti Aminah", "P", LocalDate.of(1948, 1, 1), "33.75.01.1006", null);
    assertEquals(
        List.of("birthDate: age at the reference date must be between 15 and 64 years"),
        RegistrationFormValidation.violations(english.getValidator(), form));
  }

  @Test
  void theNikMustMatchTheDeclaredSexAndBirthDate() {
    TraineeRegistrationForm man =
        new TraineeRegistrationForm(
            "3375014101900001", "Siti Aminah", "L", LocalDate.of(1990, 1, 2), "33.75.01.1006", null);
    List<String> lines = RegistrationFormValidation.violations(indonesian.getValidator(), man);
    assertTrue(
        lines.contains("sex: tidak sesuai dengan data yang terkandung dalam NIK")
            || lines.contains("birthDate: tidak sesuai dengan data yang terkandung dalam NIK"),
        lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("3375014101900001")), "no full NIK echoed");
  }

  @Test
  void requiredFieldsAreReported() {
    List<String> lines =
        RegistrationFormValidation.violations(indonesian.getValidator(), new TraineeRegistrationForm());
    assertEquals(5, lines.size(), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("nik: ")));
  }
}
