package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.core.program.ParticipantRole;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The readers of the applicant's fields that have no type of their own. */
class ReadersTest {

  @ParameterizedTest
  @CsvSource({"87, 87", "87.5, 87.5", "' 87.50 ', 87.50", ".5, 0.5", "7., 7", "000, 0",
      "123456789012345678, 123456789012345678"})
  void readsScores(String text, BigDecimal expected) {
    Optional<BigDecimal> score = Application.readScore(text);
    assertEquals(Optional.of(expected), score);
    assertEquals(expected.scale(), score.orElseThrow().scale());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", ".", "-1", "+1", "1e3", "1.2.3", "1,5", "1 000", "1234567890123456789", "٨٧"})
  void refusesOtherScores(String text) {
    assertEquals(Optional.empty(), Application.readScore(text));
  }

  @Test
  void readsRolesByName() {
    assertEquals(Optional.of(ParticipantRole.COACH), ParticipantRole.read(" coach "));
    assertEquals(Optional.of(ParticipantRole.AGENCY_STAFF), ParticipantRole.read("AGENCY_STAFF"));
    assertEquals(Optional.empty(), ParticipantRole.read("pelatih"));
    assertEquals(Optional.empty(), ParticipantRole.read(""));
  }

  @ParameterizedTest
  @CsvSource({"KTP, KTP", "' KK ', KK", "AK1, AK_I", "AKI, AK_I", "AK_1, AK_I", "AK_I, AK_I",
      "IJAZAH, DIPLOMA", "SKU, BUSINESS_CERTIFICATE", "SKTM, LOW_INCOME_CERTIFICATE",
      "NPWP, OTHER", "OTHER, OTHER"})
  void readsDocumentKinds(String text, DocumentKind expected) {
    assertEquals(Optional.of(expected), DocumentKind.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ktp", "1KTP", "KTP-1", "K T P", "_KTP",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVW"})
  void refusesOtherDocumentCodes(String text) {
    assertEquals(Optional.empty(), DocumentKind.read(text));
  }

  @Test
  void readsOccupationsAsStatusesOrKeepsThem() {
    assertEquals(
        Optional.of(new Occupation(EmploymentStatus.SELF_EMPLOYED, Optional.empty())),
        Occupation.read("Wiraswasta"));
    assertEquals(
        Optional.of(new Occupation(EmploymentStatus.CIVIL_SERVANT, Optional.empty())),
        Occupation.read("PNS"));
    assertEquals(
        Optional.of(new Occupation(EmploymentStatus.OTHER, Optional.of("TUKANG JAHIT"))),
        Occupation.read("  TUKANG JAHIT "));
    assertEquals(
        Optional.of(new Occupation(EmploymentStatus.OTHER, Optional.of("Ab"))),
        Occupation.read("Ab"));
    String longest = "A".repeat(Occupation.MAX_LENGTH);
    assertEquals(Optional.of(longest), Occupation.read(longest).orElseThrow().unmapped());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "12", "A1", "${1+1}", "<b>", "GURU!", "ÉLÈVE", "A-"})
  void refusesTextThatIsNoOccupation(String text) {
    assertEquals(Optional.empty(), Occupation.read(text));
  }

  @Test
  void refusesAnOccupationLongerThanTheLongest() {
    assertEquals(Optional.empty(), Occupation.read("A".repeat(Occupation.MAX_LENGTH + 1)));
  }

  @Test
  void anOccupationIsKeptExactlyForOther() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Occupation(EmploymentStatus.EMPLOYED, Optional.of("GURU")));
    assertEquals(
        "an applicant has an occupation exactly when the employment status is OTHER: EMPLOYED with"
            + " an occupation",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Occupation(EmploymentStatus.OTHER, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Occupation(EmploymentStatus.OTHER, Optional.of("GURU\u0000")));
  }
}
