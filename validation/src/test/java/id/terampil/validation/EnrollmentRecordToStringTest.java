package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link EnrollmentRecord#toString()} names every field and masks the personal ones. */
class EnrollmentRecordToStringTest {

  @Test
  void namesEveryFieldWithTheNikAndNameMasked() {
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik("3375014508900001")
            .name("Siti Aminah")
            .sex("P")
            .birthDate("1990-08-05")
            .domicileCode("33.75.01.1006")
            .education("SMA")
            .employment("UNEMPLOYED")
            .programId("PKL-DBHCHT-2024")
            .cohortId("PKL24-BENDAN-KERGON")
            .role("COACH")
            .addTargetGroups("HOUSEWIFE")
            .addDocuments(DocumentEntry.of("KTP", "2012-03-01"))
            .businessKbli("10792")
            .businessCapital("Rp 5.000.000")
            .businessAnnualSales("24000000")
            .registeredAt("2024-07-02T09:30:00+07:00")
            .score("87.5")
            .build();
    assertEquals(
        "EnrollmentRecord{nik=3375********0001, name=S***, sex=P, birthDate=1990-08-05,"
            + " domicileCode=33.75.01.1006, education=SMA, employment=UNEMPLOYED,"
            + " programId=PKL-DBHCHT-2024, cohortId=PKL24-BENDAN-KERGON, role=COACH, targetGroups=1,"
            + " documents=1, businessKbli=10792, businessCapital=Rp 5.000.000,"
            + " businessAnnualSales=24000000, businessStartDate=null, registeredAt=2024-07-02T09:30:00+07:00, score=87.5}",
        record.toString());
  }

  @Test
  void aNikOfAnotherLengthIsDescribedNotShown() {
    EnrollmentRecord record = EnrollmentRecord.builder().nik("33750145").name("").build();
    assertEquals(
        "EnrollmentRecord{nik=<8 characters>, name=, sex=null, birthDate=null, domicileCode=null,"
            + " education=null, employment=null, programId=null, cohortId=null, role=null,"
            + " targetGroups=0,"
            + " documents=0, businessKbli=null, businessCapital=null, businessAnnualSales=null,"
            + " businessStartDate=null,"
            + " registeredAt=null, score=null}",
        record.toString());
  }
}
