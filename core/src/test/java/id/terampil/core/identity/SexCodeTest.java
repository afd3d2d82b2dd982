package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-letter codes used on Indonesian forms. */
class SexCodeTest {

  @Test
  void male_is_l_and_female_is_p() {
    assertEquals("L", Sex.MALE.code());
    assertEquals("P", Sex.FEMALE.code());
  }
}
