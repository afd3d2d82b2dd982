package id.terampil.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text the first parameter of a property must shrink to; see {@link ExpectShrunkTo}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ShrinksTo {
  /**
   * Returns the expected {@code toString()} of the shrunk first parameter.
   *
   * @return the text
   */
  String value();
}
