package id.terampil.validation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import java.util.Optional;
import java.util.Set;

/** A tiny region directory for tests: a few current codes and Kota Sorong's retired 92.71. */
final class TestDirectory implements RegionDirectory {

  private final ImmutableSet<RegionCode> current =
      ImmutableSet.of(
          RegionCode.parse("33.75"),
          RegionCode.parse("33.75.01"),
          RegionCode.parse("33.75.01.1006"),
          RegionCode.parse("33.26"),
          RegionCode.parse("33.26.01"),
          RegionCode.parse("96.71"),
          RegionCode.parse("96.71.01"));
  private final ImmutableMap<RegionCode, RegionCode> retired =
      ImmutableMap.of(RegionCode.parse("92.71"), RegionCode.parse("96.71"));

  @Override
  public Optional<String> name(RegionCode code) {
    return Optional.empty();
  }

  @Override
  public boolean exists(RegionCode code) {
    return current.contains(code);
  }

  @Override
  public boolean isRetired(RegionCode code) {
    return retired.containsKey(code);
  }

  @Override
  public Optional<RegionCode> successor(RegionCode code) {
    return Optional.ofNullable(retired.get(code));
  }

  @Override
  public Set<RegionCode> children(RegionCode parent) {
    return ImmutableSet.of();
  }
}
