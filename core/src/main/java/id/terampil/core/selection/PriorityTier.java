package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Application;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.internal.Codes;
import id.terampil.core.program.Admission;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A named priority tier (prioritas) of a {@link SelectionPolicy}: an application belongs to the
 * first tier whose predicate it satisfies, and lower-numbered tiers are served first; applications
 * matching no tier come after every tier. Like the priority of service of comparable programs,
 * e.g. "tobacco-sector workers first, then their households".
 *
 * <p>Immutable; thread-safe as far as the predicate is. Two tiers are equal when their names and
 * predicates are. The predicates of {@link #memberOf} and {@link #residentOf} are values, equal
 * for equal arguments, so identically built policies and their results are equal; a lambda given
 * to {@link #of} is equal only to itself.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PriorityTier {

  PriorityTier() {}

  /**
   * Returns the stable name, e.g. {@code TOBACCO_WORKERS}.
   *
   * @return the name: upper-case ASCII letters, digits and '_', not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the predicate that admits an application to this tier at the selection's reference
   * date.
   *
   * @return the predicate, not null
   */
  @Value.Parameter
  public abstract BiPredicate<Application, LocalDate> predicate();

  /**
   * Returns a tier.
   *
   * @param name the stable name: 1-48 upper-case ASCII letters, digits and '_'
   * @param predicate the predicate, not null
   * @return the tier, not null
   * @throws IllegalArgumentException if the name has another shape
   */
  public static PriorityTier of(String name, Predicate<Application> predicate) {
    checkNotNull(predicate, "predicate must not be null");
    return ImmutablePriorityTier.of(name, new Plain(predicate));
  }

  /**
   * Returns a tier whose predicate also sees the selection's reference date, e.g. "registered
   * job seekers whose AK/I card is valid at the close of registration".
   *
   * @param name the stable name: 1-48 upper-case ASCII letters, digits and '_'
   * @param predicate the predicate of an application and the reference date, not null
   * @return the tier, not null
   * @throws IllegalArgumentException if the name has another shape
   */
  public static PriorityTier of(String name, BiPredicate<Application, LocalDate> predicate) {
    return ImmutablePriorityTier.of(name, predicate);
  }

  /**
   * Returns the tier named {@code PRIORITY_GROUPS} of applicants who belong to the {@linkplain
   * id.terampil.core.program.Admission#priorityGroups() priority groups} of the first cohort of
   * their choices that admits them (e.g. Sorong's "terutama ibu rumah tangga"). The groups are
   * the program's facts, stated once there; this tier only places them in the ranking.
   *
   * @return the tier, not null
   */
  public static PriorityTier priorityGroups() {
    return ImmutablePriorityTier.of("PRIORITY_GROUPS", PriorityGroups.INSTANCE);
  }

  /**
   * Returns the tier of members of {@code group}, named by the group's code.
   *
   * @param group the group, not null
   * @return the tier, not null
   */
  public static PriorityTier memberOf(TargetGroup group) {
    return of(group.code(), new MemberOf(group));
  }

  /**
   * Returns the tier of residents of {@code regions}.
   *
   * @param name the stable name
   * @param regions the regions, not empty
   * @return the tier, not null
   * @throws IllegalArgumentException if the name has another shape
   */
  public static PriorityTier residentOf(String name, RegionCode... regions) {
    return of(name, new ResidentOf(ImmutableSet.copyOf(regions)));
  }

  /**
   * Returns whether {@code application} belongs to this tier (disregarding earlier tiers), judged
   * at {@code referenceDate} for the cohort whose admission is {@code admission}.
   */
  boolean admits(Application application, @Nullable LocalDate referenceDate, @Nullable Admission admission) {
    if (predicate() instanceof PriorityGroups) {
      return admission != null && admission.hasPriority(application.applicant());
    }
    return predicate().test(application, referenceDate);
  }

  @Value.Check
  final void check() {
    Codes.checkCode("priority tier name", name());
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name();
  }

  /** A predicate of the application alone, equal when the predicates are. */
  private record Plain(Predicate<Application> predicate) implements BiPredicate<Application, LocalDate> {
    @Override
    public boolean test(Application application, LocalDate referenceDate) {
      return predicate.test(application);
    }

    @Override
    public String toString() {
      return predicate.toString();
    }
  }

  /** The marker of {@link #priorityGroups()}: the selector judges it with the admission. */
  private enum PriorityGroups implements BiPredicate<Application, LocalDate> {
    INSTANCE;

    @Override
    public boolean test(Application application, LocalDate referenceDate) {
      return false;
    }
  }

  /** The predicate of {@link #memberOf}, equal for the same group. */
  private record MemberOf(TargetGroup group) implements Predicate<Application> {
    @Override
    public boolean test(Application application) {
      return application.applicant().isMemberOf(group);
    }

    @Override
    public String toString() {
      return "MEMBER_OF[" + group.code() + "]";
    }
  }

  /** The predicate of {@link #residentOf}, equal for the same set of regions. */
  private record ResidentOf(ImmutableSet<RegionCode> regions) implements Predicate<Application> {
    @Override
    public boolean test(Application application) {
      RegionCode domicile = application.applicant().domicile();
      return regions.stream().anyMatch(region -> region.contains(domicile));
    }

    @Override
    public String toString() {
      return "RESIDENT_OF" + regions;
    }
  }
}
