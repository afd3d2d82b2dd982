package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.TargetGroup;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * One required target-group condition of a cohort (syarat sasaran): the applicant belongs to at
 * least one of its groups. A cohort's {@linkplain Cohort#requiredGroups() required groups} are an
 * AND of such conditions, so "(micro or small business) and affected by Covid-19" is two
 * requirements: {@code anyOf(MICRO_BUSINESS_OWNER, SMALL_INDUSTRY_OWNER)} and {@code
 * anyOf(COVID_AFFECTED)}.
 *
 * <p>Immutable, thread-safe and value-based; equal when the groups are equal.
 *
 * @since 0.1.0
 */
public final class GroupRequirement {

  private final ImmutableSet<TargetGroup> groups;

  private GroupRequirement(ImmutableSet<TargetGroup> groups) {
    this.groups = groups;
  }

  /**
   * Returns the requirement that an applicant belongs to at least one of {@code groups}.
   *
   * @param groups the groups, not empty, no null element
   * @return the requirement, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static GroupRequirement anyOf(TargetGroup... groups) {
    return anyOf(Arrays.asList(checkNotNull(groups, "groups must not be null")));
  }

  /**
   * Returns the requirement that an applicant belongs to at least one of {@code groups}.
   *
   * @param groups the groups, not empty, no null element
   * @return the requirement, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static GroupRequirement anyOf(Collection<TargetGroup> groups) {
    ImmutableSet<TargetGroup> set = ImmutableSet.copyOf(checkNotNull(groups, "groups must not be null"));
    checkArgument(!set.isEmpty(), "a group requirement needs at least one target group");
    return new GroupRequirement(set);
  }

  /**
   * Returns the groups, any one of which meets the requirement, in the order given.
   *
   * @return the groups, not empty
   */
  public ImmutableSet<TargetGroup> groups() {
    return groups;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GroupRequirement && ((GroupRequirement) obj).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  /**
   * Returns the group codes, e.g. {@code ANY_OF[MICRO_BUSINESS_OWNER, SMALL_INDUSTRY_OWNER]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return groups.stream().map(TargetGroup::code).collect(joining(", ", "ANY_OF[", "]"));
  }
}
