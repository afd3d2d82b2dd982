package id.terampil.validation.constraints;

import org.hibernate.validator.HibernateValidator;

/**
 * The tests run inside the module {@code id.terampil.validation}; Hibernate Validator reads the
 * test DTOs' fields reflectively, so their package must be open to it, as an application module
 * would declare with {@code opens my.dto to org.hibernate.validator;}.
 */
final class OpenToValidator {

  private OpenToValidator() {}

  /**
   * Opens the package of {@code type} to Hibernate Validator, where both are named modules.
   *
   * @param type a class of the package to open
   */
  static void open(Class<?> type) {
    Module module = type.getModule();
    Module hv = HibernateValidator.class.getModule();
    if (module.isNamed() && hv.isNamed()) {
      module.addOpens(type.getPackageName(), hv);
    }
  }
}
