package id.terampil.core.followup;

import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FollowUpLedgerProperties {

  private static final FollowUpKind[] KINDS = FollowUpKind.values();

  /** Each code picks a kind and either one of 8 people or a group of two or three of them. */
  private static List<FollowUpActivity> activities(List<Integer> codes) {
    List<FollowUpActivity> out = new ArrayList<>();
    for (int c : codes) {
      int person = c % 8 + 1;
      Recipient r =
          c % 3 == 0
              ? Recipient.group(
                  BusinessGroup.of(
                      "Kelompok " + person,
                      List.of(nik(person), nik(person % 8 + 1), nik((c / 7) % 8 + 1))))
              : Recipient.participant(nik(person));
      FollowUpKind kind = KINDS[(c / 11) % KINDS.length];
      out.add(FollowUpActivity.of(kind, DINDAGKOP, r, LocalDate.of(2025, 8, 4)));
    }
    return out;
  }

  @Property(tries = 300)
  void noPersonEverHoldsTheSameOneTimeGrantTwiceAndEveryActivityIsAcceptedOrRefused(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> codes) {
    List<FollowUpActivity> all = activities(codes);
    List<GrantConflict> conflicts = FollowUpLedger.conflictsIn(all);
    FollowUpLedger ledger = FollowUpLedger.empty();
    int refused = 0;
    for (FollowUpActivity a : all) {
      if (ledger.conflictOf(a).isPresent()) {
        refused++;
      } else {
        ledger = ledger.record(a);
      }
    }
    assertEquals(all.size(), ledger.activities().size() + refused);
    // conflictsIn reports one conflict per affected beneficiary of each refused activity
    assertEquals(refused == 0, conflicts.isEmpty());
    assertTrue(conflicts.size() >= refused);
    Set<String> seen = new HashSet<>();
    for (FollowUpActivity a : ledger.activities()) {
      if (a.kind().isOneTimeGrant()) {
        for (Nik n : a.recipient().beneficiaries()) {
          assertTrue(seen.add(n + "/" + a.kind()), "second " + a.kind() + " for " + n.masked());
        }
      }
    }
  }
}
