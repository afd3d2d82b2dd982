package id.terampil.validation;

import static id.terampil.validation.ConversionEdgeTest.codes;
import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.money.Rupiah;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Any one business field declares a business, which then needs its KBLI code; a record without
 * any business field converts without a business.
 */
class BusinessDeclarationTest {

  static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  /** The clean roster record, without a score, with these business fields. */
  private static EnrollmentRecord business(
      @Nullable String kbli, @Nullable String capital, @Nullable String sales) {
    return record(
        d -> {
          d.businessKbli = kbli;
          d.businessCapital = capital;
          d.businessAnnualSales = sales;
          d.score = null;
        });
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

  @Test
  void eachDeclaredValueLandsInItsOwnPlace() {
    RecordReport report =
        VALIDATOR.validateAndConvert(business(" 14120@2020 ", "Rp 5.000.000", "IDR 60.000.000"), 0);
    assertEquals(List.of(), report.findings());
    var profile = report.application().orElseThrow().applicant().business().orElseThrow();
    assertEquals(KbliCode.parse("14120@2020"), profile.kbli());
    assertEquals(Rupiah.of(5_000_000), profile.capital().orElseThrow());
    assertEquals(Rupiah.of(60_000_000), profile.annualSales().orElseThrow());
  }

  @Test
  void aBadAmountBesideAGoodOneLeavesNoBusinessAndNoApplication() {
    RecordReport report = VALIDATOR.validateAndConvert(business("14120", "Rp 5.000.000", "-5"), 0);
    assertEquals(List.of("AMOUNT_INVALID@businessAnnualSales"), codes(report));
    assertTrue(report.application().isEmpty());
  }
}
