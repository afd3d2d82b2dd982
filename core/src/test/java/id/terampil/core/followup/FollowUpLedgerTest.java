package id.terampil.core.followup;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FollowUpLedgerTest {

  private static final LocalDate AUG_4 = LocalDate.of(2025, 8, 4);
  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
  private static final Nik SITI = nik(1);
  private static final Nik AMINAH = nik(2);
  private static final Nik SOMAD = nik(3);
  private static final BusinessGroup GROUP =
      BusinessGroup.of("Kelompok Jahit Kebulen", List.of(AMINAH, SOMAD));

  private static FollowUpActivity toPerson(FollowUpKind kind, Nik nik, LocalDate date) {
    return FollowUpActivity.of(kind, DINDAGKOP, Recipient.participant(nik), date);
  }

  private static FollowUpActivity toGroup(FollowUpKind kind, LocalDate date) {
    return FollowUpActivity.of(kind, DINDAGKOP, Recipient.group(GROUP), date);
  }

  @Test
  void only_capital_aid_tool_and_cart_grants_are_one_time() {
    assertEquals(
        List.of(FollowUpKind.BUSINESS_CAPITAL_AID, FollowUpKind.TOOL_GRANT, FollowUpKind.CART_GRANT),
        Arrays.stream(FollowUpKind.values()).filter(FollowUpKind::isOneTimeGrant).toList());
  }

  @ParameterizedTest
  @EnumSource(
      value = FollowUpKind.class,
      names = {"BUSINESS_CAPITAL_AID", "TOOL_GRANT", "CART_GRANT"})
  void a_second_one_time_grant_to_the_same_person_is_refused(FollowUpKind kind) {
    FollowUpLedger ledger = FollowUpLedger.empty().record(toPerson(kind, SITI, AUG_4));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ledger.record(toPerson(kind, SITI, SEP_1)));
    assertTrue(e.getMessage().contains("one-time grant " + kind), e.getMessage());
    assertTrue(e.getMessage().contains(SITI.masked()), e.getMessage());
    assertTrue(e.getMessage().contains("2025-08-04") && e.getMessage().contains("2025-09-01"));
    assertFalse(e.getMessage().contains(SITI.toString()), "message must not echo the full NIK");
    assertEquals(1, ledger.activities().size());
  }

  @Test
  void a_grant_to_a_group_then_to_a_member_is_refused() {
    FollowUpLedger ledger = FollowUpLedger.of(List.of(toGroup(FollowUpKind.CART_GRANT, AUG_4)));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ledger.record(toPerson(FollowUpKind.CART_GRANT, SOMAD, SEP_1)));
    assertTrue(e.getMessage().contains("via group 'Kelompok Jahit Kebulen'"), e.getMessage());
    assertTrue(e.getMessage().contains(SOMAD.masked()), e.getMessage());
  }

  @Test
  void a_grant_to_a_group_one_of_whose_members_already_received_it_is_refused() {
    FollowUpLedger ledger =
        FollowUpLedger.of(List.of(toPerson(FollowUpKind.TOOL_GRANT, AMINAH, AUG_4)));
    FollowUpActivity groupGrant = toGroup(FollowUpKind.TOOL_GRANT, SEP_1);
    Optional<GrantConflict> conflict = ledger.conflictOf(groupGrant);
    assertTrue(conflict.isPresent());
    assertEquals(ImmutableSet.of(AMINAH), conflict.get().participants());
    assertEquals(Optional.of(GROUP), conflict.get().group());
    assertEquals(FollowUpKind.TOOL_GRANT, conflict.get().kind());
    assertThrows(IllegalStateException.class, () -> ledger.record(groupGrant));
  }

  @Test
  void a_grant_to_two_groups_sharing_a_member_is_refused() {
    BusinessGroup other = BusinessGroup.of("Kelompok Bordir", List.of(SOMAD, SITI));
    FollowUpLedger ledger = FollowUpLedger.of(List.of(toGroup(FollowUpKind.BUSINESS_CAPITAL_AID, AUG_4)));
    FollowUpActivity second =
        FollowUpActivity.of(
            FollowUpKind.BUSINESS_CAPITAL_AID, BLK, Recipient.group(other), SEP_1, Rupiah.ofMillions(5));
    assertEquals(ImmutableSet.of(SOMAD), ledger.conflictOf(second).orElseThrow().participants());
  }

  @Test
  void a_refused_grant_to_a_nine_member_group_is_one_conflict_naming_the_group_and_its_members() {
    List<Nik> members = new ArrayList<>();
    for (int i = 11; i <= 19; i++) {
      members.add(nik(i));
    }
    BusinessGroup nine = BusinessGroup.of("Kelompok Kue Sagu", members);
    FollowUpActivity first =
        FollowUpActivity.of(FollowUpKind.CART_GRANT, DINDAGKOP, Recipient.group(nine), AUG_4);
    FollowUpActivity again =
        FollowUpActivity.of(FollowUpKind.CART_GRANT, DINDAGKOP, Recipient.group(nine), SEP_1);
    ImmutableList<GrantConflict> conflicts = FollowUpLedger.conflictsIn(List.of(first, again));
    assertEquals(1, conflicts.size());
    GrantConflict conflict = conflicts.get(0);
    assertEquals(Optional.of(nine), conflict.group());
    assertEquals(ImmutableSet.copyOf(members), conflict.participants());
    assertEquals(again, conflict.refused());
    String message = conflict.message();
    assertTrue(message.contains("to group 'Kelompok Kue Sagu' (members " + nik(11).masked() + ", "),
        message);
    for (Nik member : members) {
      assertTrue(message.contains(member.masked() + " already received it on 2025-08-04"), message);
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FollowUpLedger.of(List.of(first, again)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void a_grant_conflict_rejects_earlier_grants_of_people_the_refused_grant_does_not_reach() {
    FollowUpActivity grant = toPerson(FollowUpKind.CART_GRANT, SITI, SEP_1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GrantConflict.of(grant, ImmutableMap.of(SOMAD, toPerson(FollowUpKind.CART_GRANT, SOMAD, AUG_4))));
    assertEquals(
        "grant conflict earlierByParticipant must name beneficiaries of the refused grant "
            + grant + ": [" + SOMAD.masked() + "]",
        e.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> GrantConflict.of(grant, ImmutableMap.of()));
    assertTrue(none.getMessage().startsWith("grant conflict earlierByParticipant must"), none.getMessage());
  }

  @Test
  void different_grant_kinds_and_repeated_coaching_are_accepted() {
    FollowUpLedger ledger =
        FollowUpLedger.of(
            List.of(
                toPerson(FollowUpKind.CART_GRANT, SITI, AUG_4),
                toPerson(FollowUpKind.TOOL_GRANT, SITI, AUG_4),
                toPerson(FollowUpKind.COACHING, SITI, AUG_4),
                toPerson(FollowUpKind.COACHING, SITI, SEP_1),
                toGroup(FollowUpKind.COACHING, SEP_1),
                toGroup(FollowUpKind.COACHING, SEP_1),
                toPerson(FollowUpKind.CART_GRANT, AMINAH, SEP_1)));
    assertEquals(7, ledger.activities().size());
    assertEquals(4, ledger.activitiesFor(SITI).size());
    assertEquals(3, ledger.activitiesFor(AMINAH).size());
    assertEquals(AUG_4, ledger.grantReceived(SITI, FollowUpKind.CART_GRANT).orElseThrow().date());
    assertTrue(ledger.grantReceived(SOMAD, FollowUpKind.CART_GRANT).isEmpty());
    assertTrue(ledger.grantReceived(SITI, FollowUpKind.COACHING).isEmpty());
  }

  @Test
  void conflicts_in_a_batch_are_all_reported_without_throwing_and_the_first_grant_wins() {
    ImmutableList<FollowUpActivity> batch =
        ImmutableList.of(
            toPerson(FollowUpKind.CART_GRANT, SOMAD, AUG_4),
            toGroup(FollowUpKind.CART_GRANT, AUG_4),
            toPerson(FollowUpKind.CART_GRANT, AMINAH, SEP_1),
            toPerson(FollowUpKind.CART_GRANT, SOMAD, SEP_1));
    ImmutableList<GrantConflict> conflicts = FollowUpLedger.conflictsIn(batch);
    // The group grant is refused (Somad), so Aminah's own grant is her first and is fine.
    assertEquals(2, conflicts.size());
    assertEquals(batch.get(1), conflicts.get(0).refused());
    assertEquals(ImmutableMap.of(SOMAD, batch.get(0)), conflicts.get(0).earlierByParticipant());
    assertEquals(batch.get(3), conflicts.get(1).refused());
    assertThrows(IllegalStateException.class, () -> FollowUpLedger.of(batch));
  }

  @Test
  void recording_returns_a_new_ledger_and_leaves_the_old_one_unchanged() {
    FollowUpLedger empty = FollowUpLedger.empty();
    FollowUpLedger one = empty.record(toPerson(FollowUpKind.CART_GRANT, SITI, AUG_4));
    assertEquals(0, empty.activities().size());
    assertTrue(empty.conflictOf(toPerson(FollowUpKind.CART_GRANT, SITI, SEP_1)).isEmpty());
    assertEquals(one, FollowUpLedger.of(one.activities()));
    assertFalse(one.toString().contains(SITI.masked()));
  }
}
