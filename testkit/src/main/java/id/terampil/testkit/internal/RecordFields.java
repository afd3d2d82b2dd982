package id.terampil.testkit.internal;

import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an {@link EnrollmentRecord}, mutable, to copy a record with one change (the
 * record's strict builder sets each attribute once and has no copy method). Confined to one
 * thread.
 */
final class RecordFields {
  @Nullable String nik;
  @Nullable String name;
  @Nullable String sex;
  @Nullable String birthDate;
  @Nullable String domicileCode;
  @Nullable String programId;
  @Nullable String cohortId;
  @Nullable String education;
  @Nullable String employment;
  final List<String> targetGroups = new ArrayList<>();
  final List<DocumentEntry> documents = new ArrayList<>();
  @Nullable String businessKbli;
  @Nullable String businessCapital;
  @Nullable String businessAnnualSales;
  @Nullable String businessStartDate;
  @Nullable String registeredAt;
  @Nullable String score;

  static RecordFields of(EnrollmentRecord r) {
    RecordFields f = new RecordFields();
    f.nik = r.nik();
    f.name = r.name();
    f.sex = r.sex();
    f.birthDate = r.birthDate();
    f.domicileCode = r.domicileCode();
    f.programId = r.programId();
    f.cohortId = r.cohortId();
    f.education = r.education();
    f.employment = r.employment();
    f.targetGroups.addAll(r.targetGroups());
    f.documents.addAll(r.documents());
    f.businessKbli = r.businessKbli();
    f.businessCapital = r.businessCapital();
    f.businessAnnualSales = r.businessAnnualSales();
    f.businessStartDate = r.businessStartDate();
    f.registeredAt = r.registeredAt();
    f.score = r.score();
    return f;
  }

  EnrollmentRecord build() {
    return EnrollmentRecord.builder()
        .nik(nik)
        .name(name)
        .sex(sex)
        .birthDate(birthDate)
        .domicileCode(domicileCode)
        .programId(programId)
        .cohortId(cohortId)
        .education(education)
        .employment(employment)
        .addAllTargetGroups(targetGroups)
        .addAllDocuments(documents)
        .businessKbli(businessKbli)
        .businessCapital(businessCapital)
        .businessAnnualSales(businessAnnualSales)
        .businessStartDate(businessStartDate)
        .registeredAt(registeredAt)
        .score(score)
        .build();
  }
}
