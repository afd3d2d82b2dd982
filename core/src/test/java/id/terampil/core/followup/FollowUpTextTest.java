package id.terampil.core.followup;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact texts of follow-up values (NIKs never printed in full, group members not listed), the
 * month bounds of outcomes and plans, and equality of ledgers and recipients.
 */
class FollowUpTextTest {

  private static final BusinessGroup GROUP =
      BusinessGroup.of("KUB Batik Pesisir", List.of(nik(1), nik(2)));
  private static final FollowUpActivity CART =
      FollowUpActivity.of(
          FollowUpKind.CART_GRANT,
          DINDAGKOP,
          Recipient.participant(nik(1)),
          LocalDate.of(2025, 4, 1),
          Rupiah.ofMillions(5));
  private static final FollowUpActivity COACHING =
      FollowUpActivity.of(
          FollowUpKind.COACHING, BLK, Recipient.group(GROUP), LocalDate.of(2025, 4, 2));

  @Test
  void a_business_group_prints_its_name_and_member_count_without_niks() {
    assertEquals("BusinessGroup{name=KUB Batik Pesisir, members=2}", GROUP.toString());
    assertTrue(GROUP.includes(nik(2)));
    assertFalse(GROUP.includes(nik(3)));
  }

  @Test
  void an_activity_prints_kind_provider_masked_recipient_date_and_value_if_any() {
    assertEquals(
        "FollowUpActivity{kind=CART_GRANT, deliveredBy=Dinas Perdagangan, Koperasi dan UKM Kota"
            + " Pekalongan, recipient=participant 3375********0001, date=2025-04-01,"
            + " value=Rp 5.000.000}",
        CART.toString());
    assertEquals(
        "FollowUpActivity{kind=COACHING, deliveredBy=Balai Latihan Kerja Kota Pekalongan,"
            + " recipient=group 'KUB Batik Pesisir', date=2025-04-02}",
        COACHING.toString());
  }

  @Test
  void a_grant_conflict_prints_its_message_with_the_masked_nik() {
    FollowUpActivity again =
        FollowUpActivity.of(
            FollowUpKind.CART_GRANT, BLK, Recipient.group(GROUP), LocalDate.of(2025, 5, 2));
    GrantConflict conflict = FollowUpLedger.conflictsIn(List.of(CART, again)).get(0);
    String expected =
        "one-time grant CART_GRANT (hibah gerobak) may be given only once per person: refused the"
            + " CART_GRANT of 2025-05-02 from Balai Latihan Kerja Kota Pekalongan to group 'KUB"
            + " Batik Pesisir' (members 3375********0001, 3375********0002): 3375********0001"
            + " already received it on 2025-04-01 from Dinas Perdagangan, Koperasi dan UKM Kota"
            + " Pekalongan";
    assertEquals(expected, conflict.message());
    assertEquals(expected, conflict.toString());
  }

  @Test
  void a_ledger_prints_only_its_size_and_is_equal_by_its_activities() {
    FollowUpLedger two = FollowUpLedger.of(List.of(CART, COACHING));
    assertEquals("FollowUpLedger{activities=2}", two.toString());
    FollowUpLedger same = FollowUpLedger.empty().record(CART).record(COACHING);
    assertEquals(two, same);
    assertEquals(two.hashCode(), same.hashCode());
    FollowUpLedger one = FollowUpLedger.of(List.of(CART));
    assertNotEquals(two, one);
    assertNotEquals(two.hashCode(), one.hashCode());
    assertNotEquals(two, (Object) "FollowUpLedger{activities=2}");
  }

  @Test
  void a_recipient_is_a_person_or_a_group_and_equal_by_content() {
    Recipient person = Recipient.participant(nik(1));
    assertEquals(Optional.of(nik(1)), person.participant());
    assertEquals(Optional.empty(), person.group());
    assertEquals("participant 3375********0001", person.toString());
    Recipient group = Recipient.group(GROUP);
    assertEquals(Optional.empty(), group.participant());
    assertEquals(person, Recipient.participant(nik(1)));
    assertEquals(person.hashCode(), Recipient.participant(nik(1)).hashCode());
    assertNotEquals(person, Recipient.participant(nik(2)));
    assertNotEquals(person.hashCode(), Recipient.participant(nik(2)).hashCode());
    assertNotEquals(person, group);
  }

  @Test
  void kinds_carry_their_indonesian_terms() {
    assertEquals("hibah gerobak", FollowUpKind.CART_GRANT.indonesianTerm());
    assertEquals("bantuan alat", FollowUpKind.TOOL_GRANT.indonesianTerm());
    assertEquals("lainnya", FollowUpKind.OTHER.indonesianTerm());
  }

  @Test
  void an_outcome_prints_the_masked_nik_and_accepts_checkpoints_from_1_to_120_months() {
    LocalDate seen = LocalDate.of(2025, 9, 1);
    assertEquals(
        "Outcome{participant=3375********0001, months=6, status=EMPLOYED, observedOn=2025-09-01}",
        Outcome.of(nik(1), 6, OutcomeStatus.EMPLOYED, seen).toString());
    assertEquals(1, Outcome.of(nik(1), 1, OutcomeStatus.EMPLOYED, seen).monthsAfterCompletion());
    assertEquals(120, Outcome.of(nik(1), 120, OutcomeStatus.EMPLOYED, seen).monthsAfterCompletion());
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class, () -> Outcome.of(nik(1), 0, OutcomeStatus.EMPLOYED, seen));
    assertEquals(
        "outcome monthsAfterCompletion must be between 1 and 120 months after completion: 0",
        zero.getMessage());
    IllegalArgumentException late =
        assertThrows(
            IllegalArgumentException.class,
            () -> Outcome.of(nik(1), 121, OutcomeStatus.EMPLOYED, seen));
    assertEquals(
        "outcome monthsAfterCompletion must be between 1 and 120 months after completion: 121",
        late.getMessage());
  }

  @Test
  void an_outcome_rejects_a_blank_note() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Outcome.builder()
                    .participant(nik(1))
                    .monthsAfterCompletion(3)
                    .status(OutcomeStatus.NOT_WORKING)
                    .observedOn(LocalDate.of(2025, 6, 1))
                    .note(" ")
                    .build());
    assertEquals("outcome note must not be blank", e.getMessage());
  }

  @Test
  void a_planned_step_goes_to_individuals_unless_set_and_rejects_a_blank_note() {
    PlannedFollowUp step = PlannedFollowUp.of(FollowUpKind.COACHING, 0);
    assertFalse(step.toGroups());
    assertEquals(0, step.fromMonth());
    assertTrue(
        PlannedFollowUp.builder().kind(FollowUpKind.CART_GRANT).fromMonth(1).toGroups(true).build().toGroups());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlannedFollowUp.builder().kind(FollowUpKind.COACHING).fromMonth(0).note(" ").build());
    assertEquals("planned follow-up note must not be blank", blank.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> PlannedFollowUp.of(FollowUpKind.COACHING, -1));
    assertEquals(
        "planned follow-up fromMonth must be between 0 and 120 months after completion: -1",
        negative.getMessage());
  }

  @Test
  void a_plan_lists_the_steps_of_one_kind() {
    PlannedFollowUp cart = PlannedFollowUp.of(FollowUpKind.CART_GRANT, DINDAGKOP, 1, 6);
    PlannedFollowUp coaching = PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 0, 12);
    FollowUpPlan plan = FollowUpPlan.builder().addSteps(cart, coaching).build();
    assertEquals(List.of(cart), plan.steps(FollowUpKind.CART_GRANT));
    assertEquals(List.of(coaching), plan.steps(FollowUpKind.COACHING));
    assertEquals(List.of(), plan.steps(FollowUpKind.TOOL_GRANT));
  }
}
