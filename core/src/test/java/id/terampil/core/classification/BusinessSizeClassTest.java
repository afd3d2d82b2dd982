package id.terampil.core.classification;

import static id.terampil.core.classification.BusinessSizeClass.LARGE;
import static id.terampil.core.classification.BusinessSizeClass.MEDIUM;
import static id.terampil.core.classification.BusinessSizeClass.MICRO;
import static id.terampil.core.classification.BusinessSizeClass.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.money.Rupiah;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessSizeClassTest {

  @ParameterizedTest(name = "capital {0} is {1}")
  @CsvSource({
    "0, MICRO",
    "1, MICRO",
    "1000000000, MICRO",
    "1000000001, SMALL",
    "5000000000, SMALL",
    "5000000001, MEDIUM",
    "10000000000, MEDIUM",
    "10000000001, LARGE",
    "9223372036854775807, LARGE"
  })
  void capitalBoundsAreInclusiveAtTheTop(long capital, BusinessSizeClass expected) {
    assertEquals(expected, BusinessSizeClass.ofCapital(Rupiah.of(capital)));
  }

  @ParameterizedTest(name = "annual sales {0} is {1}")
  @CsvSource({
    "0, MICRO",
    "2000000000, MICRO",
    "2000000001, SMALL",
    "15000000000, SMALL",
    "15000000001, MEDIUM",
    "50000000000, MEDIUM",
    "50000000001, LARGE",
    "9223372036854775807, LARGE"
  })
  void salesBoundsAreInclusiveAtTheTop(long sales, BusinessSizeClass expected) {
    assertEquals(expected, BusinessSizeClass.ofAnnualSales(Rupiah.of(sales)));
  }

  @Test
  void boundsArePublishedAndLargeHasNone() {
    assertEquals(Optional.of(Rupiah.of(1_000_000_000L)), MICRO.maxCapital());
    assertEquals(Optional.of(Rupiah.of(15_000_000_000L)), SMALL.maxAnnualSales());
    assertEquals(Optional.of(Rupiah.of(10_000_000_000L)), MEDIUM.maxCapital());
    assertEquals(Optional.empty(), LARGE.maxCapital());
    assertEquals(Optional.empty(), LARGE.maxAnnualSales());
  }

  @Test
  void onlyLargeIsNotAnMsme() {
    assertTrue(MICRO.isMsme());
    assertTrue(SMALL.isMsme());
    assertTrue(MEDIUM.isMsme());
    assertFalse(LARGE.isMsme());
  }

  @Test
  void rejectsNullNamingTheField() {
    NullPointerException capital =
        assertThrows(NullPointerException.class, () -> BusinessSizeClass.ofCapital(null));
    assertTrue(capital.getMessage().contains("capital"));
    NullPointerException sales =
        assertThrows(NullPointerException.class, () -> BusinessSizeClass.ofAnnualSales(null));
    assertTrue(sales.getMessage().contains("annual sales"));
  }
}
