package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.validation.constraints.ProductiveAge;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link ProductiveAgeValidator#initialize} accepts the edges of its settings and rejects beyond. */
class ProductiveAgeValidatorTest {

  @SuppressWarnings("unused")
  private static final class Settings {
    @ProductiveAge(min = 0, max = 0) @Nullable LocalDate zero;
    @ProductiveAge(min = 18, max = 18) @Nullable LocalDate single;
    @ProductiveAge(min = -1) @Nullable LocalDate negative;
    @ProductiveAge(min = 18, max = 17) @Nullable LocalDate inverted;
  }

  private static ProductiveAge setting(String field) throws NoSuchFieldException {
    return Settings.class.getDeclaredField(field).getAnnotation(ProductiveAge.class);
  }

  @Test
  void acceptsZeroAndAnEqualMaximum() throws NoSuchFieldException {
    new ProductiveAgeValidator().initialize(setting("zero"));
    new ProductiveAgeValidator().initialize(setting("single"));
  }

  @Test
  void rejectsANegativeMinimumAndAMaximumBelowIt() throws NoSuchFieldException {
    ProductiveAge negative = setting("negative");
    ProductiveAge inverted = setting("inverted");
    assertEquals(
        "@ProductiveAge min must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> new ProductiveAgeValidator().initialize(negative))
            .getMessage());
    assertEquals(
        "@ProductiveAge max must not be less than min: 17 < 18",
        assertThrows(IllegalArgumentException.class, () -> new ProductiveAgeValidator().initialize(inverted))
            .getMessage());
  }
}
