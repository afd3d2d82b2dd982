package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RecordValidatorProperties {

  static final RecordValidator VALIDATOR =
      RecordValidator.builder(LocalDate.of(2024, 7, 31))
          .requiredFields(EnumSet.allOf(RecordField.class))
          .regionDirectory(new TestDirectory())
          .requiredDocuments(List.of("KTP"))
          .build();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\uD7F0', '\uE010').ofMaxLength(10),
        Arbitraries.strings().withChars("0123456789-.:T+@ Rp").ofMaxLength(20),
        Arbitraries.of("", " ", "0000-01-01", "9999-12-31", "3375014508900001", "${1+1}", "#{1+1}"));
  }

  @Property(tries = 300)
  void neverThrowsAndEveryFindingIsAboutTheRecordAndRenders(
      @ForAll("texts") String a,
      @ForAll("texts") String b,
      @ForAll("texts") String c,
      @ForAll("texts") String d) {
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik(a).name(b).sex(c).birthDate(d).domicileCode(a).programId(b).cohortId(c)
            .addTargetGroups(d, a)
            .addDocuments(DocumentEntry.of(b, c))
            .businessKbli(d).businessCapital(a).businessAnnualSales(b).registeredAt(c).score(d)
            .build();
    List<Finding> findings = VALIDATOR.validate(record, 5);
    assertFalse(findings.isEmpty());
    assertEquals(findings, VALIDATOR.validate(record, 5));
    for (Finding f : findings) {
      assertEquals(5, f.recordIndex());
      assertTrue(f.field().isPresent());
      assertFalse(f.message(Locale.ENGLISH).isBlank());
      assertFalse(f.message(Locale.forLanguageTag("id")).isBlank());
      assertFalse(f.parameters().containsValue("3375014508900001"), f.toString());
    }
  }
}
