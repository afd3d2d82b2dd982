package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.CohortId;
import org.junit.jupiter.api.Test;

/** {@link CohortLoad}: exceeded only above the seats; seats positive, requests not negative. */
class CohortLoadTest {

  private static final CohortId COHORT = CohortId.of("PKL24-BENDAN-KERGON");

  @Test
  void isExceededOnlyWhenMoreRecordsThanSeats() {
    assertFalse(CohortLoad.of(COHORT, 5, 4).isExceeded());
    assertFalse(CohortLoad.of(COHORT, 5, 5).isExceeded());
    assertTrue(CohortLoad.of(COHORT, 5, 6).isExceeded());
  }

  @Test
  void rejectsNoSeatsAndNegativeRequests() {
    assertEquals(0, CohortLoad.of(COHORT, 1, 0).requested());
    assertEquals(
        "seats must be positive: 0",
        assertThrows(IllegalArgumentException.class, () -> CohortLoad.of(COHORT, 0, 0)).getMessage());
    assertEquals(
        "requested must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> CohortLoad.of(COHORT, 1, -1)).getMessage());
  }
}
