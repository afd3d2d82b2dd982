package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every public type of core's exported API packages (read from the module descriptor) and
 * checks the value-type contract of STYLE.md: final, or abstract with a hidden implementation;
 * no non-final instance fields; collections returned as Guava immutable collections; no public
 * mutators. Builders are the documented exception: they are mutable by design.
 */
class PublicTypesImmutabilityTest {

  private static final Pattern MUTATOR =
      Pattern.compile("(set|add|remove|put|clear|push|pop|increment|decrement)[A-Z].*|clear");

  private static final Module CORE = PublicTypesImmutabilityTest.class.getModule();

  private static Set<String> apiPackages() {
    ModuleDescriptor descriptor = CORE.getDescriptor();
    if (descriptor != null) {
      return descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .filter(p -> !p.endsWith(".internal"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    // Not running as a named module (e.g. some IDE runners): fall back to the compiled classes.
    return classNamesOnDisk().stream()
        .map(n -> n.substring(0, n.lastIndexOf('.')))
        .filter(p -> !p.endsWith(".internal"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> classNamesOnDisk() {
    Path classes = Paths.get("target", "classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> classNames() {
    Optional<ResolvedModule> resolved =
        CORE.getLayer() == null ? Optional.empty() : CORE.getLayer().configuration().findModule("id.terampil.core");
    if (resolved.isEmpty()) {
      return classNamesOnDisk();
    }
    try (ModuleReader reader = resolved.get().reference().open();
        Stream<String> entries = reader.list()) {
      return entries
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Class<?>> publicApiTypes() throws ClassNotFoundException {
    Set<String> packages = apiPackages();
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames()) {
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (!packages.contains(pkg) || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, PublicTypesImmutabilityTest.class.getClassLoader());
      if (isPublicApi(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  private static boolean isBuilder(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      if (t.getSimpleName().equals("Builder") || t.getSimpleName().endsWith("Builder")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValueType(Class<?> type) {
    return !type.isInterface() && !type.isAnnotation() && !isBuilder(type)
        && !Throwable.class.isAssignableFrom(type);
  }

  @Test
  void the_walk_finds_the_api() throws Exception {
    List<Class<?>> types = publicApiTypes();
    Set<String> names = types.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    // If the walk silently found nothing, every check below would pass vacuously.
    assertTrue(names.containsAll(List.of("Nik", "RegionCode", "DateRange", "Rupiah", "PersonName", "KbliCode")),
        "expected core value types among " + names);
  }

  @Test
  void every_value_type_is_final_or_abstract_with_hidden_implementation() throws Exception {
    assertEquals(List.of(), subclassable(publicApiTypes()), "value types that can be subclassed outside core");
  }

  static List<String> subclassable(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type) || type.isEnum()) {
        continue;
      }
      int mods = type.getModifiers();
      if (Modifier.isFinal(mods)) {
        continue;
      }
      boolean hidden = Modifier.isAbstract(mods);
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
          hidden = false;
        }
      }
      if (!hidden) {
        offenders.add(type.getName());
      }
    }
    return offenders;
  }

  @Test
  void no_value_type_has_a_non_final_instance_field() throws Exception {
    assertEquals(List.of(), nonFinalFields(publicApiTypes()));
  }

  static List<String> nonFinalFields(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type)) {
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
          offenders.add(type.getName() + "." + f.getName());
        }
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
            && !Modifier.isFinal(f.getModifiers())) {
          offenders.add(type.getName() + "." + f.getName() + " (public static, not final)");
        }
      }
    }
    return offenders;
  }

  @Test
  void collections_are_returned_as_guava_immutable_collections() throws Exception {
    assertEquals(List.of(), mutableCollections(publicApiTypes()));
  }

  static List<String> mutableCollections(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type)) {
        continue;
      }
      for (Method m : type.getMethods()) {
        Class<?> r = m.getReturnType();
        boolean collection = Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r);
        boolean immutable = ImmutableCollection.class.isAssignableFrom(r)
            || ImmutableMap.class.isAssignableFrom(r)
            || ImmutableMultimap.class.isAssignableFrom(r);
        if (collection && !immutable && !m.isBridge() && m.getDeclaringClass() != Object.class) {
          offenders.add(type.getName() + "." + m.getName() + " returns " + r.getSimpleName());
        }
      }
    }
    return offenders;
  }

  @Test
  void no_value_type_has_a_public_mutator() throws Exception {
    assertEquals(List.of(), mutators(publicApiTypes()), "public instance methods that mutate state");
  }

  static List<String> mutators(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type)) {
        continue;
      }
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
            || m.getDeclaringClass() == Enum.class) {
          continue;
        }
        Class<?> r = m.getReturnType();
        if (r == void.class || (MUTATOR.matcher(m.getName()).matches() && r == boolean.class)) {
          offenders.add(type.getName() + "." + m.getName());
        }
      }
    }
    return offenders;
  }

  @Test
  void the_walk_includes_nested_public_types() throws Exception {
    Set<String> names = publicApiTypes().stream().map(Class::getName).collect(Collectors.toSet());
    assertTrue(names.contains("id.terampil.core.program.Instructor$Affiliation"),
        "nested public types must be walked too");
  }

  /** Mutable JDK types a value type must never hand out (arrays are checked separately). */
  private static final List<Class<?>> MUTABLE_JDK_TYPES =
      List.of(java.util.Date.class, java.util.Calendar.class, StringBuilder.class,
          java.util.BitSet.class, java.util.Iterator.class, java.util.concurrent.atomic.AtomicLong.class,
          java.util.concurrent.atomic.AtomicInteger.class, java.util.concurrent.atomic.AtomicReference.class);

  @Test
  void no_value_type_exposes_an_array_or_a_mutable_jdk_type() throws Exception {
    assertEquals(List.of(), exposedMutables(publicApiTypes()));
  }

  static List<String> exposedMutables(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type)) {
        continue;
      }
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class || m.isBridge()) {
          continue;
        }
        Class<?> r = m.getReturnType();
        boolean enumValues = type.isEnum() && Modifier.isStatic(m.getModifiers()) && m.getName().equals("values");
        boolean mutable = r.isArray() || MUTABLE_JDK_TYPES.stream().anyMatch(t -> t.isAssignableFrom(r));
        if (mutable && !enumValues) {
          offenders.add(type.getName() + "." + m.getName() + " returns " + r.getSimpleName());
        }
      }
    }
    return offenders;
  }

  @Test
  void no_value_type_holds_a_mutable_collection_or_a_public_array() throws Exception {
    assertEquals(List.of(), mutableState(publicApiTypes()));
  }

  static List<String> mutableState(List<Class<?>> types) {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isValueType(type)) {
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        Class<?> t = f.getType();
        boolean collection = Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
        boolean immutable = ImmutableCollection.class.isAssignableFrom(t)
            || ImmutableMap.class.isAssignableFrom(t)
            || ImmutableMultimap.class.isAssignableFrom(t);
        boolean instance = !Modifier.isStatic(f.getModifiers());
        if (instance && collection && !immutable) {
          offenders.add(type.getName() + "." + f.getName() + " is a " + t.getSimpleName());
        }
        if (t.isArray() && (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers()))) {
          offenders.add(type.getName() + "." + f.getName() + " is a visible array");
        }
      }
    }
    return offenders;
  }

  /** A deliberately broken "value type" that every check must flag. */
  public static class MutableFixture {
    /** Mutable state. */
    public int count;

    /** Creates the fixture. */
    public MutableFixture() {}

    /**
     * Returns a mutable list.
     *
     * @return the list
     */
    public List<String> names() {
      return new ArrayList<>();
    }

    /** Mutable state handed out. */
    public final List<String> tags = new ArrayList<>();

    /**
     * Returns a mutable array.
     *
     * @return the array
     */
    public int[] counts() {
      return new int[] {count};
    }

    /**
     * Mutates.
     *
     * @param count the count
     */
    public void setCount(int count) {
      this.count = count;
    }
  }

  @Test
  void each_check_flags_a_mutable_type() {
    List<Class<?>> fixture = List.of(MutableFixture.class);
    assertEquals(1, subclassable(fixture).size());
    assertEquals(1, nonFinalFields(fixture).size());
    assertEquals(1, mutableCollections(fixture).size());
    assertEquals(1, mutators(fixture).size());
    assertEquals(1, exposedMutables(fixture).size());
    assertEquals(1, mutableState(fixture).size());
  }
}
