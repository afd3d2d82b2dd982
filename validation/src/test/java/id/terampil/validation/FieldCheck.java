package id.terampil.validation;

import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs one field's rule through a record validator that requires nothing else, for tests. */
public final class FieldCheck {

  private static final RecordValidator VALIDATOR =
      RecordValidator.builder(LocalDate.of(2024, 7, 1)).requiredFields(List.of()).anyAge().build();

  private FieldCheck() {}

  /**
   * Returns the first finding at {@code field} of a record holding only {@code text} there, or
   * null if the field passes.
   */
  public static @Nullable Finding of(String field, String text) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder();
    switch (field) {
      case "nik" -> b.nik(text);
      case "name" -> b.name(text);
      case "sex" -> b.sex(text);
      case "birthDate" -> b.birthDate(text);
      case "domicileCode" -> b.domicileCode(text);
      case "education" -> b.education(text);
      case "employment" -> b.employment(text);
      case "programId" -> b.programId(text);
      case "cohortId" -> b.cohortId(text);
      case "role" -> b.role(text);
      case "businessKbli" -> b.businessKbli(text);
      case "businessCapital" -> b.businessCapital(text);
      case "registeredAt" -> b.registeredAt(text);
      case "score" -> b.score(text);
      default -> throw new IllegalArgumentException(field);
    }
    for (Finding f : VALIDATOR.validate(b.build(), 0)) {
      if (f.field().orElse("").equals(field)) {
        return f;
      }
    }
    return null;
  }

  /** Returns the code of {@link #of}, or null. */
  public static @Nullable FindingCode code(String field, String text) {
    Finding f = of(field, text);
    return f == null ? null : f.code();
  }
}
