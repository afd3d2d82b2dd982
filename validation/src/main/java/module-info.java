/**
 * Terampil validation: Jakarta Bean Validation constraints for Indonesian identifiers and
 * enrollment data, and record and batch validators that report every problem at once.
 *
 * @since 0.1.0
 */
module id.terampil.validation {
  requires transitive id.terampil.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;

  exports id.terampil.validation;
  exports id.terampil.validation.code;
  exports id.terampil.validation.constraints;

  // @ValidRegionCode(mustExist = true) finds a region directory (terampil-regions) here.
  uses id.terampil.core.region.RegionDirectoryProvider;

  // Not an API: Hibernate Validator instantiates the constraint validators reflectively.
  opens id.terampil.validation.internal to org.hibernate.validator;
}
