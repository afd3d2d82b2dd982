package id.terampil.core.followup;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpValuesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 8, 4);

  private static void assertRejected(String expected, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void a_business_group_needs_a_name_and_a_member_and_hides_nik_in_text() {
    Nik member = nik(7);
    BusinessGroup group = BusinessGroup.of("Kelompok Kue Sagu", List.of(member, member));
    assertEquals(Set.of(member), group.members());
    assertTrue(group.includes(member));
    assertFalse(group.toString().contains(member.masked()));
    assertRejected("business group members", () -> BusinessGroup.of("Kelompok", List.of()));
    assertRejected("business group name", () -> BusinessGroup.of(" ", List.of(member)));
    assertRejected("business group name", () -> BusinessGroup.of("Kel\u202Eompok", List.of(member)));
  }

  @Test
  void a_recipient_is_a_person_or_a_group_and_masks_the_nik() {
    Nik a = nik(1);
    BusinessGroup group = BusinessGroup.of("Kelompok Rotan Rakumpit", List.of(a, nik(2)));
    Recipient person = Recipient.participant(a);
    assertEquals(Set.of(a), person.beneficiaries());
    assertFalse(person.isGroup());
    assertEquals("participant " + a.masked(), person.toString());
    Recipient g = Recipient.group(group);
    assertTrue(g.isGroup());
    assertEquals(group.members(), g.beneficiaries());
    assertEquals(Recipient.group(group), g);
    assertFalse(g.equals(person));
  }

  @Test
  void an_activity_value_must_be_positive_and_a_note_not_blank() {
    Recipient r = Recipient.participant(nik(1));
    FollowUpActivity cart =
        FollowUpActivity.of(FollowUpKind.CART_GRANT, DINDAGKOP, r, DAY, Rupiah.of(3_500_000));
    assertEquals(Rupiah.of(3_500_000), cart.value().orElseThrow());
    assertFalse(cart.toString().contains(nik(1).toString()));
    assertRejected(
        "follow-up value",
        () -> FollowUpActivity.of(FollowUpKind.CART_GRANT, DINDAGKOP, r, DAY, Rupiah.ZERO));
    assertRejected(
        "follow-up note",
        () ->
            FollowUpActivity.builder()
                .kind(FollowUpKind.COACHING)
                .deliveredBy(BLK)
                .recipient(r)
                .date(DAY)
                .note(" ")
                .build());
  }

  @Test
  void a_planned_step_needs_an_ordered_window_within_ten_years() {
    PlannedFollowUp coaching = PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 0, 12);
    assertEquals(12, coaching.toMonth());
    assertEquals(3, PlannedFollowUp.of(FollowUpKind.TOOL_GRANT, 3).toMonth());
    assertRejected("toMonth must not be before", () -> PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 6, 3));
    assertRejected("fromMonth", () -> PlannedFollowUp.of(FollowUpKind.COACHING, -1));
    assertRejected("toMonth", () -> PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 0, 121));
  }

  @Test
  void a_plan_needs_a_step_or_checkpoint_and_checkpoints_from_one_month() {
    FollowUpPlan plan =
        FollowUpPlan.builder()
            .addSteps(PlannedFollowUp.of(FollowUpKind.COACHING, BLK, 0, 12))
            .addSteps(PlannedFollowUp.of(FollowUpKind.CART_GRANT, DINDAGKOP, 1, 2))
            .addCheckpoints(12, 3, 6)
            .build();
    assertEquals(List.of(3, 6, 12), List.copyOf(plan.checkpoints()));
    assertEquals(1, plan.steps(FollowUpKind.CART_GRANT).size());
    assertRejected("at least one step or checkpoint", () -> FollowUpPlan.builder().build());
    assertRejected("checkpoint", () -> FollowUpPlan.builder().addCheckpoints(0).build());
    assertEquals(
        LocalDate.of(2025, 2, 28), FollowUpPlan.checkpointDate(LocalDate.of(2024, 11, 30), 3));
    assertRejected("checkpoint", () -> FollowUpPlan.checkpointDate(DAY, 0));
  }

  @Test
  void an_outcome_checkpoint_is_one_to_120_months_and_its_text_masks_the_nik() {
    Outcome abroad = Outcome.of(nik(9), 6, OutcomeStatus.WORKING_ABROAD, DAY);
    assertTrue(abroad.toString().contains(nik(9).masked()));
    assertFalse(abroad.toString().contains(nik(9).toString()));
    assertRejected("outcome monthsAfterCompletion", () -> Outcome.of(nik(9), 0, OutcomeStatus.EMPLOYED, DAY));
    assertRejected("outcome monthsAfterCompletion", () -> Outcome.of(nik(9), 121, OutcomeStatus.EMPLOYED, DAY));
  }

  @Test
  void only_unreachable_is_not_reached_and_only_it_and_not_working_are_not_positive() {
    for (OutcomeStatus s : OutcomeStatus.values()) {
      assertEquals(s != OutcomeStatus.UNREACHABLE, s.isReached(), s.name());
      assertEquals(
          s != OutcomeStatus.UNREACHABLE && s != OutcomeStatus.NOT_WORKING,
          s.isWorkingOrInBusiness(),
          s.name());
      assertFalse(s.indonesianTerm().isBlank());
    }
  }

  @Test
  void a_planned_step_is_due_its_last_month_after_completion_clamped_to_the_months_end() {
    LocalDate completed = LocalDate.of(2025, 1, 31);
    assertEquals(completed, PlannedFollowUp.of(FollowUpKind.TOOL_GRANT, 0).dueBy(completed));
    assertEquals(
        LocalDate.of(2025, 2, 28),
        PlannedFollowUp.of(FollowUpKind.CART_GRANT, DINDAGKOP, 0, 1).dueBy(completed));
    assertEquals(
        LocalDate.of(2025, 7, 31),
        PlannedFollowUp.of(FollowUpKind.CART_GRANT, DINDAGKOP, 1, 6).dueBy(completed));
    assertThrows(
        NullPointerException.class, () -> PlannedFollowUp.of(FollowUpKind.COACHING, 1).dueBy(null));
  }
}
