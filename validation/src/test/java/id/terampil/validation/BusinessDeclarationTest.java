package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.money.Rupiah;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Any one business field declares a business, which then needs its KBLI code; a record without
 * any business field converts without a business.
 */
class BusinessDeclarationTest {

  static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  private static EnrollmentRecord business(String kbli, String capital, String sales) {
    EnrollmentRecord base = record(d -> { });
    return EnrollmentRecord.builder()
        .nik(base.nik())
        .name(base.name())
        .sex(base.sex())
        .birthDate(base.birthDate())
        .domicileCode(base.domicileCode())
        .education(base.education())
        .employment(base.employment())
        .programId(base.programId())
        .cohortId(base.cohortId())
        .addAllTargetGroups(base.targetGroups())
        .addAllDocuments(base.documents())
        .businessKbli(kbli)
        .businessCapital(capital)
        .businessAnnualSales(sales)
        .registeredAt(base.registeredAt())
        .build();
  }

  private static List<String> codes(RecordReport report) {
    return report.findings().stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void aRecordWithoutAnyBusinessFieldConvertsWithoutABusiness() {
    RecordReport report = VALIDATOR.validateAndConvert(business(" ", "", null), 0);
    assertEquals(List.of(), report.findings());
    assertTrue(report.application().orElseThrow().applicant().business().isEmpty());
  }

  @Test
  void capitalAloneDeclaresABusinessThatLacksItsKbliCode() {
    RecordReport report = VALIDATOR.validateAndConvert(business(null, "Rp 5.000.000", null), 0);
    assertEquals(List.of("REQUIRED_FOR_APPLICATION@businessKbli"), codes(report));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void annualSalesAloneDeclaresABusinessThatLacksItsKbliCode() {
    RecordReport report = VALIDATOR.validateAndConvert(business("", " ", "60000000"), 0);
    assertEquals(List.of("REQUIRED_FOR_APPLICATION@businessKbli"), codes(report));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void aKbliCodeWithAnnualSalesOnlyConvertsIntoABusinessWithSales() {
    RecordReport report = VALIDATOR.validateAndConvert(business("14120", null, "60000000"), 0);
    assertEquals(List.of(), report.findings());
    var profile = report.application().orElseThrow().applicant().business().orElseThrow();
    assertEquals(KbliCode.of("14120"), profile.kbli());
    assertEquals(Rupiah.of(60_000_000), profile.annualSales().orElseThrow());
    assertTrue(profile.capital().isEmpty());
  }
}
