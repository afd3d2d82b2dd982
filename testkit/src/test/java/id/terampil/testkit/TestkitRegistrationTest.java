package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.testkit.internal.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/**
 * Both registrations (class path: {@code META-INF/services}; module path: {@code provides} in
 * {@code module-info}) and {@link TerampilDomain} name the same providers. The tests run on the
 * class path, so the module descriptor is read from the compiled classes.
 */
class TestkitRegistrationTest {

  private static final String SERVICE = ArbitraryProvider.class.getName();

  private static Path classes() throws URISyntaxException {
    return Path.of(TerampilDomain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Set<String> domainProviders() {
    return Providers.all().stream().map(p -> p.getClass().getName()).collect(Collectors.toSet());
  }

  @Test
  void serviceFileListsEveryProviderOfTheDomain() throws Exception {
    List<String> lines =
        Files.readAllLines(classes().resolve("META-INF/services/" + SERVICE), StandardCharsets.UTF_8);
    Set<String> listed =
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    assertEquals(14, listed.size());
    assertEquals(domainProviders(), listed);
  }

  @Test
  void moduleInfoProvidesEveryProviderOfTheDomain() throws URISyntaxException, IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> provided =
        descriptor.provides().stream()
            .filter(p -> p.service().equals(SERVICE))
            .flatMap(p -> p.providers().stream())
            .collect(Collectors.toSet());
    Set<String> expected =
        domainProviders().stream().map(n -> n.replace('$', '.')).collect(Collectors.toSet());
    Set<String> providedAsSourceNames =
        provided.stream().map(n -> n.replace('$', '.')).collect(Collectors.toSet());
    assertEquals(expected, providedAsSourceNames);
    assertFalse(descriptor.exports().stream().anyMatch(e -> e.source().endsWith(".internal")));
  }

  @Test
  void theDomainProvidesTheTerampilTypesOnly() {
    TerampilDomain domain = new TerampilDomain();
    assertTrue(
        domain.getArbitraryProviders().stream()
            .anyMatch(p -> p.canProvideFor(TypeUsage.of(Nik.class))));
    assertFalse(
        domain.getArbitraryProviders().stream()
            .anyMatch(p -> p.canProvideFor(TypeUsage.of(String.class))));
  }
}
