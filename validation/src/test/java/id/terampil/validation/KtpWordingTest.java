package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.identity.Sex;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A roster typed from KTP and KK data, in their wording, is read as the library's values by the
 * record validator and the batch validator alike; what the KTP and KK do not write stays a
 * finding.
 */
class KtpWordingTest {

  private static final RecordValidator RECORDS = RecordValidator.builder(CLOSE).build();

  private static EnrollmentRecord ktpRecord() {
    return record(
        d -> {
          d.name = "Dra. Hj. Siti Aminah, M.Pd.";
          d.sex = "PEREMPUAN";
          d.birthDate = "05-08-1990";
          d.education = "SLTA / SEDERAJAT";
          d.employment = "MENGURUS RUMAH TANGGA";
        });
  }

  @Test
  void aKtpRecordConvertsToTheLibrarysValues() {
    RecordReport report = RECORDS.validateAndConvert(ktpRecord(), 0);
    assertEquals(List.of(), report.findings());
    Applicant applicant = report.application().orElseThrow().applicant();
    assertEquals(Sex.FEMALE, applicant.sex());
    assertEquals(LocalDate.of(1990, 8, 5), applicant.birthDate());
    assertEquals(EducationLevel.SMA_SMK, applicant.education());
    assertEquals(EmploymentStatus.HOMEMAKER, applicant.employment());
    assertEquals("Dra. Hj. Siti Aminah, M.Pd.", applicant.name().toString());
  }

  @Test
  void theBatchValidatorReadsTheSameWording() {
    BatchReport report = Roster.VALIDATOR.validate(List.of(ktpRecord()));
    assertEquals(List.of(), report.records().get(0).findings());
    assertEquals(1, report.applications().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "sex; X; SEX_INVALID",
        "sex; LAKI; SEX_INVALID",
        "birthDate; 1990/08/05; BIRTH_DATE_INVALID",
        "birthDate; 31-02-1990; BIRTH_DATE_INVALID",
        "birthDate; 5-8-1990; BIRTH_DATE_INVALID",
        "education; SLTA; -",
        "education; SMA 1; EDUCATION_INVALID",
        "employment; GURU; OCCUPATION_NOT_MAPPED",
        "employment; ${1+1}; EMPLOYMENT_INVALID",
        "employment; WIRASWASTA; -",
        "name; Siti Aminah, S.E.; -"
      })
  void whatTheKtpAndKkDoNotWriteStaysAFinding(String field, String value, String expected) {
    EnrollmentRecord r =
        record(
            d -> {
              switch (field) {
                case "sex":
                  d.sex = value;
                  break;
                case "birthDate":
                  d.birthDate = value;
                  break;
                case "education":
                  d.education = value;
                  break;
                case "employment":
                  d.employment = value;
                  break;
                default:
                  d.name = value;
              }
            });
    List<String> codes =
        RECORDS.validate(r, 0).stream()
            .map(f -> f.code().code())
            .collect(Collectors.toList());
    assertEquals(expected.equals("-") ? List.of() : List.of(expected), codes, value);
  }

  @Test
  void theFindingCodeOfAnUnreadSexIsStable() {
    assertEquals(
        List.of(FindingCode.SEX_INVALID),
        RECORDS.validate(record(d -> d.sex = "W"), 0).stream()
            .map(Finding::code)
            .collect(Collectors.toList()));
  }
}
