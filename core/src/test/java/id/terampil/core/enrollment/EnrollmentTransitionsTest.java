package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentTransitionsTest {

  @Test
  void everyTransitionIntoANegativeStatusRequiresAReason() {
    for (Transition t : EnrollmentTransitions.table()) {
      if (t.to().isNegative() || t.reopening() || t.to() == EnrollmentStatus.WAITLISTED) {
        assertTrue(t.reasonRequired(), t.toString());
      }
    }
  }

  @Test
  void forwardStepsOfTheHappyPathNeedNoReason() {
    assertFalse(find(EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED).reasonRequired());
    assertFalse(find(EnrollmentStatus.WAITLISTED, EnrollmentStatus.SELECTED).reasonRequired());
    assertFalse(find(EnrollmentStatus.SELECTED, EnrollmentStatus.ENROLLED).reasonRequired());
    assertFalse(find(EnrollmentStatus.ENROLLED, EnrollmentStatus.ACTIVE).reasonRequired());
    assertFalse(find(EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED).reasonRequired());
  }

  @Test
  void everyNegativeStatusHasExactlyOneReopeningAndNoOtherStatusHasOne() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      long reopenings =
          EnrollmentTransitions.from(s).stream().filter(Transition::reopening).count();
      assertEquals(s.isNegative() ? 1 : 0, reopenings, s.name());
      assertEquals(s.isNegative(), EnrollmentTransitions.reopening(s).isPresent(), s.name());
    }
  }

  @Test
  void onlyCompletedIsADeadEnd() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertEquals(s.isFinal(), EnrollmentTransitions.from(s).isEmpty(), s.name());
    }
    assertTrue(EnrollmentStatus.COMPLETED.isFinal());
  }

  @Test
  void everyStatusIsReachableFromAppliedAndCanReachCompleted() {
    Set<EnrollmentStatus> reached = EnumSet.of(EnrollmentStatus.APPLIED);
    Deque<EnrollmentStatus> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      for (Transition t : EnrollmentTransitions.from(todo.pop())) {
        if (reached.add(t.to())) {
          todo.push(t.to());
        }
      }
    }
    assertEquals(EnumSet.allOf(EnrollmentStatus.class), reached);
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      assertTrue(canReach(s, EnrollmentStatus.COMPLETED), s.name());
    }
  }

  private static boolean canReach(EnrollmentStatus from, EnrollmentStatus target) {
    Set<EnrollmentStatus> seen = EnumSet.of(from);
    Deque<EnrollmentStatus> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      EnrollmentStatus s = todo.pop();
      if (s == target) {
        return true;
      }
      for (Transition t : EnrollmentTransitions.from(s)) {
        if (seen.add(t.to())) {
          todo.push(t.to());
        }
      }
    }
    return false;
  }

  @Test
  void tableHasNoDuplicateRowsAndEveryRowHasAnIndonesianTerm() {
    assertEquals(
        EnrollmentTransitions.table().size(),
        EnrollmentTransitions.table().stream().map(t -> t.from() + ">" + t.to()).distinct().count());
    for (Transition t : EnrollmentTransitions.table()) {
      assertFalse(t.indonesianTerm().isBlank(), t.toString());
      assertEquals(t, EnrollmentTransitions.find(t.from(), t.to()).orElseThrow());
    }
  }

  @Test
  void findAndIsAllowedRejectMovesOutsideTheTable() {
    assertTrue(EnrollmentTransitions.isAllowed(EnrollmentStatus.SELECTED, EnrollmentStatus.ENROLLED));
    assertFalse(EnrollmentTransitions.isAllowed(EnrollmentStatus.APPLIED, EnrollmentStatus.ACTIVE));
    assertFalse(EnrollmentTransitions.isAllowed(EnrollmentStatus.COMPLETED, EnrollmentStatus.ACTIVE));
    assertFalse(
        EnrollmentTransitions.isAllowed(EnrollmentStatus.ACTIVE, EnrollmentStatus.WITHDRAWN));
    assertTrue(EnrollmentTransitions.find(EnrollmentStatus.ACTIVE, EnrollmentStatus.APPLIED).isEmpty());
  }

  @Test
  void transitionRowRejectsAnUnreasonedMoveIntoANegativeStatus() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Transition.of(
                    EnrollmentStatus.APPLIED, EnrollmentStatus.REJECTED, false, false, false, "x"));
    assertTrue(e.getMessage().contains("reasonRequired"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Transition.of(EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED, true, false, true, "x"));
  }

  private static Transition find(EnrollmentStatus from, EnrollmentStatus to) {
    return EnrollmentTransitions.find(from, to).orElseThrow();
  }
}
