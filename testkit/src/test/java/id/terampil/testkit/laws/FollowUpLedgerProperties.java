package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The one-time-grant law of the follow-up ledger (issue 4, point 6) over the testkit's follow-up
 * activities ({@link TerampilArbitraries#followUpActivities}) for one to five participants, to
 * them alone or to their business groups: no person ever holds the same one-time grant twice and
 * every activity is either recorded or refused.
 */
class FollowUpLedgerProperties {

  /** Programs drawn once (fixed seed); the activities depend only on their end date and cohorts. */
  private static final List<TrainingProgram> PROGRAMS =
      Samples.list(TerampilArbitraries.programs(), 5, 31L);

  @Provide
  Arbitrary<List<FollowUpActivity>> activities() {
    return Arbitraries.of(PROGRAMS)
        .flatMap(
            program ->
                TerampilArbitraries.niks()
                    .list()
                    .uniqueElements()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .flatMap(
                        people ->
                            TerampilArbitraries.followUpActivities(program, people)
                                .list()
                                .ofMaxSize(40)));
  }

  @Property(tries = 300)
  void noPersonEverHoldsTheSameOneTimeGrantTwiceAndEveryActivityIsAcceptedOrRefused(
      @ForAll("activities") List<FollowUpActivity> all) {
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
    // conflictsIn reports one conflict per refused activity, a group grant included
    assertEquals(refused, conflicts.size());
    Set<String> seen = new HashSet<>();
    for (FollowUpActivity a : ledger.activities()) {
      if (a.kind().isOneTimeGrant()) {
        for (Nik n : a.recipient().beneficiaries()) {
          assertTrue(seen.add(n + "/" + a.kind()), "second " + a.kind() + " for " + n.masked());
        }
      }
    }
    Statistics.label("refused").collect(refused > 0);
    // 10.6 % measured, of 300 tries: > 2 % fails by chance less than once in 10^8 runs.
    Statistics.label("refused").coverage(c -> c.check(true).percentage(p -> p > 2));
  }
}
