package id.terampil.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.region.RegionCode;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfficialRegionsSnippetTest {

  @Test
  void theSnippetDoesWhatItsCommentsSay() {
    List<Object> values = OfficialRegionsSnippet.officialRegions();
    assertEquals(Optional.of("Bendan Kergon"), values.get(0));
    assertEquals(Optional.of(RegionCode.parse("96.71")), values.get(1));
    assertEquals(
        List.of("33.26", "33.75"),
        ((Set<?>) values.get(2)).stream().map(Object::toString).collect(Collectors.toList()));
    RecordValidator validator = (RecordValidator) values.get(3);
    // synthetic person; 33.75.02.1001 is well formed but in no edition of the list
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik("3375024508900001")
            .name("Siti Aminah")
            .sex("P")
            .birthDate("1990-08-05")
            .domicileCode("33.75.02.1001")
            .build();
    Finding unknown =
        validator.validate(record, 0).stream()
            .filter(f -> f.code() == FindingCode.REGION_CODE_UNKNOWN)
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.ERROR, unknown.severity());
  }
}
