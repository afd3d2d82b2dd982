package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.SkillField;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ordering, equality and exact texts of the program identifiers and small values, the defining
 * factories of open code lists, and the largest seat total a program accepts.
 */
class ProgramIdentityAndTextTest {

  @Test
  void cohort_ids_order_by_their_text() {
    assertTrue(CohortId.of("A-1").compareTo(CohortId.of("B-1")) < 0);
    assertTrue(CohortId.of("B-1").compareTo(CohortId.of("A-1")) > 0);
    assertEquals(0, CohortId.of("A-1").compareTo(CohortId.of("A-1")));
    assertTrue(ProgramId.of("P1").compareTo(ProgramId.of("P2")) < 0);
    assertTrue(ProgramId.of("P2").compareTo(ProgramId.of("P1")) > 0);
  }

  @Test
  void identifiers_are_equal_by_text_and_distinct_ids_hash_differently() {
    assertEquals(CohortId.of("A-1"), CohortId.of(" A-1 "));
    assertEquals(CohortId.of("A-1").hashCode(), CohortId.of("A-1").hashCode());
    assertNotEquals(CohortId.of("A-1").hashCode(), CohortId.of("A-2").hashCode());
    assertEquals(ProgramId.of("P1"), ProgramId.of("P1"));
    assertNotEquals(ProgramId.of("P1"), ProgramId.of("P2"));
    assertNotEquals(ProgramId.of("P1"), (Object) CohortId.of("P1"));
    assertNotEquals(ProgramId.of("P1").hashCode(), ProgramId.of("P2").hashCode());
  }

  @Test
  void an_identifier_error_names_the_position_of_the_bad_character() {
    IllegalArgumentException cohort =
        assertThrows(IllegalArgumentException.class, () -> CohortId.of("A B"));
    assertEquals(
        "cohort id may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
            + " letter or digit (position 2)",
        cohort.getMessage());
    IllegalArgumentException program =
        assertThrows(IllegalArgumentException.class, () -> ProgramId.of("AB_ C"));
    assertEquals(
        "program id may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
            + " letter or digit (position 4)",
        program.getMessage());
  }

  @Test
  void try_parse_reads_what_parse_reads_and_is_empty_where_parse_throws() {
    for (String good : new String[] {"A", "PKL-DBHCHT-2024", " BLK25-LAS-1 ", "a.b_c-9", "P".repeat(64)}) {
      assertEquals(Optional.of(ProgramId.parse(good)), ProgramId.read(good), good);
      assertEquals(Optional.of(CohortId.parse(good)), CohortId.read(good), good);
    }
    assertEquals("BLK25-LAS-1", CohortId.read(" BLK25-LAS-1 ").orElseThrow().toString());
    for (String bad : new String[] {"", "   ", "-A", ".A", "A B", "PKL/2024", "P".repeat(65), "É1"}) {
      assertThrows(IllegalArgumentException.class, () -> ProgramId.parse(bad), bad);
      assertEquals(Optional.empty(), ProgramId.read(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> CohortId.parse(bad), bad);
      assertEquals(Optional.empty(), CohortId.read(bad), bad);
    }
    assertEquals(
        "program identifier text must not be null",
        assertThrows(NullPointerException.class, () -> ProgramId.read(null)).getMessage());
    assertEquals(
        "cohort identifier text must not be null",
        assertThrows(NullPointerException.class, () -> CohortId.read(null)).getMessage());
  }

  @Test
  void an_identifier_error_names_a_blank_or_too_long_identifier() {
    assertEquals(
        "cohort id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> CohortId.parse(" ")).getMessage());
    assertEquals(
        "program id must not be longer than 64 characters: 65 characters",
        assertThrows(IllegalArgumentException.class, () -> ProgramId.parse("P".repeat(65)))
            .getMessage());
  }

  @Test
  void an_instructor_prints_the_masked_name_and_the_organisation_if_any() {
    PersonName name = PersonName.of("Siti Aminah");
    assertEquals(
        "Instructor{name=S*** A*****, affiliation=BUSINESS}",
        Instructor.of(name, Instructor.Affiliation.BUSINESS).toString());
    assertEquals(
        "Instructor{name=S*** A*****, affiliation=BUSINESS, organisation=CV Batik Pesisir}",
        Instructor.builder()
            .name(name)
            .affiliation(Instructor.Affiliation.BUSINESS)
            .organisation("CV Batik Pesisir")
            .build()
            .toString());
  }

  @Test
  void open_code_lists_define_new_entries_and_list_the_built_in_ones() {
    TargetGroup fishers = TargetGroup.of("FISHER", "Nelayan", "Fisher");
    assertEquals("FISHER", fishers.code());
    assertEquals("Nelayan", fishers.labelId());
    assertEquals(13, TargetGroup.builtIn().size());
    assertEquals(TargetGroup.HOUSEWIFE, TargetGroup.builtIn().get(0));
    assertEquals(Optional.of(TargetGroup.COVID_AFFECTED), TargetGroup.builtIn("COVID_AFFECTED"));
    SkillField maritime = SkillField.of("MARITIME", "Kemaritiman", "Maritime");
    assertEquals("MARITIME", maritime.code());
    assertEquals("Maritime", maritime.labelEn());
    assertEquals("MARITIME", maritime.toString());
    assertEquals("CRAFT", SkillField.CRAFT.toString());
  }

  @Test
  void a_curriculum_module_of_titles_has_no_hours_and_no_skill() {
    CurriculumModule m = CurriculumModule.of("Pengenalan alat jahit", "Sewing tools");
    assertEquals("Pengenalan alat jahit", m.titleId());
    assertEquals("Sewing tools", m.titleEn());
    assertTrue(m.lessonHours().isEmpty());
    assertTrue(m.skill().isEmpty());
  }

  @Test
  void a_program_accepts_a_seat_total_of_exactly_integer_max_value() {
    DateRange july = DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
    TrainingProgram.Builder b = TrainingProgram.builder();
    b.id(ProgramId.of("P1"))
        .title("Pelatihan contoh")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("Dinas Contoh", AgencyKind.DINAS, RegionCode.parse("33.75")))
        .fiscalYear(2024)
        .period(july)
        .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
        .addCohorts(cohort("A", july, 40), cohort("HUGE", july, Integer.MAX_VALUE - 40));
    assertEquals(2, b.build().cohorts().size());
  }

  private static Cohort cohort(String id, DateRange period, int seats) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.COOKING)
        .period(period)
        .seats(Seats.exactly(seats))
        .build();
  }
}
