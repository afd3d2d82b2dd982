package id.terampil.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.CompletionCode;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.VillageKind;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionResult;
import id.terampil.validation.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift from the API: every {@code ```java} block of {@code ../README.md} must
 * equal, modulo common indentation and trailing
 * blanks, a region tagged {@code // tag::name[]} ... {@code // end::name[]} in the examples
 * sources, which the build compiles.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK =
      Pattern.compile("^```java[^\\n]*\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end::([\\w-]+)\\[\\]\\s*$");

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledTaggedRegion() {
    assertBlocksAreTagged(Path.of("..", "README.md"));
  }

  @Test
  void theReadmeShowsTheQuickStart() {
    // Guards against a README whose blocks vanished (the check above would pass vacuously).
    List<String> blocks = javaBlocks(read(Path.of("..", "README.md")));
    assertTrue(blocks.size() >= 8, "the README shows the quick start: " + blocks.size());
  }

  @Test
  void aBlockThatDriftedIsCaught() {
    Map<String, String> regions = taggedRegions();
    String drifted = regions.get("first-taste").replace("Nik.parse", "Nik.of");
    assertFalse(regions.containsValue(normalize(drifted)));
    assertTrue(regions.containsValue(normalize("    " + regions.get("first-taste").replace("\n", "\n    "))),
        "indentation does not matter");
  }

  @Test
  void tagsArePairedAndUnique() {
    assertTrue(taggedRegions().keySet().containsAll(
        List.of("first-taste", "build-program", "evaluate-eligibility", "select", "validate-record",
            "form-fields", "validator-factory", "validate-batch", "follow-up-indicators",
            "testkit-samples", "testkit-property", "local-criteria")));
  }

  @Test
  void theSnippetsDoWhatTheirCommentsSay() {
    List<Object> taste = ReadmeSnippets.firstTaste();
    assertEquals(RegionCode.parse("33.75.01"), taste.get(0));
    assertEquals(Sex.FEMALE, taste.get(1));
    assertEquals(LocalDate.of(1990, 1, 1), taste.get(2));
    assertEquals("3375********0001", taste.get(3));
    assertEquals(Optional.of(VillageKind.KELURAHAN), taste.get(4));
    assertEquals(true, taste.get(5));

    EligibilityPolicy local = ReadmeSnippets.localCriteria(java.util.Set.of());
    assertEquals(6, local.rules().size());
    assertTrue(local.rules().get(5) instanceof EligibilityRule.Custom custom
        && custom.label().english().equals("no earlier grant"));

    TrainingProgram rattan = ReadmeSnippets.buildProgram();
    EligibilityDecision decision =
        ReadmeSnippets.evaluateEligibility(rattan, ReadmeSnippets.applicantFromPahandut());
    assertFalse(decision.isEligible());
    assertEquals(java.util.Set.of("RESIDENCE_OUTSIDE_REGIONS"), decision.codes());

    Application pahandut = ReadmeSnippets.applicationFromPahandut(rattan);
    SelectionResult result = ReadmeSnippets.select(rattan, List.of(pahandut));
    assertEquals(SelectionReason.INELIGIBLE, result.rejected().get(0).reason());

    List<Finding> findings = ReadmeSnippets.validateRecord();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("NIK_SEX_MISMATCH", findings.get(0).code().name());
    assertTrue(findings.get(0).message(java.util.Locale.forLanguageTag("id"))
        .startsWith("jenis kelamin L yang dinyatakan tidak sesuai dengan NIK 3375********0001"));
  }

  @Test
  void theAttendanceSnippetDoesWhatItsCommentsSay() {
    id.terampil.core.identity.Nik siti = id.terampil.core.identity.Nik.parse("6271025204880101");
    id.terampil.core.identity.Nik rina = id.terampil.core.identity.Nik.parse("6271024107900002");
    ReadmeSnippets.AttendanceOutcome out =
        ReadmeSnippets.attendanceAndCompletion(ReadmeSnippets.buildProgram(), siti, rina);
    assertEquals(
        List.of(CompletionCode.SESSIONS_NOT_YET_HELD, CompletionCode.ATTENDANCE_BELOW_MINIMUM),
        out.rinaToDate().unmet().stream().map(u -> u.code()).collect(Collectors.toList()));
    assertEquals(Optional.of(Ratio.of(1, 3)), out.rinaToDate().attendance().rate(false));
    assertTrue(out.siti().isSatisfied());
    assertEquals(Optional.of(Ratio.ONE), out.siti().attendance().rate(false));
    assertEquals(
        List.of(CompletionCode.ATTENDANCE_BELOW_MINIMUM),
        out.rina().unmet().stream().map(u -> u.code()).collect(Collectors.toList()));
    assertEquals(Optional.of(Ratio.of(3, 5)), out.rina().attendance().rate(false));
    assertTrue(CompletionRule.atLeastPercent(80).countingExcusedAsPresent()
        .evaluate(out.rina().attendance()).isSatisfied());
    assertEquals(Optional.of(Ratio.of(4, 5)), out.rina().attendance().rate(true));
    assertEquals(siti, out.certificate().participant());
    assertEquals(LocalDate.of(2020, 8, 28), out.certificate().issueDate());
  }

  @Test
  void theBatchFollowUpAndTestkitSnippetsDoWhatTheyClaim() {
    TrainingProgram pekalongan = id.terampil.examples.seeds.SeedPrograms.pekalongan2024();
    id.terampil.validation.EnrollmentRecord clean = id.terampil.validation.EnrollmentRecord.builder()
        .nik("3375015204880101").name("Siti Rahayu").sex("P").birthDate("1988-04-12")
        .domicileCode("33.75.01.1006").education("SMA_SMK").employment("HOMEMAKER")
        .programId("PKL-DBHCHT-2024").cohortId("PKL24-BENDAN-KERGON")
        .registeredAt("2024-06-10T08:05:00").build();
    id.terampil.validation.EnrollmentRecord again = id.terampil.validation.EnrollmentRecord.builder()
        .nik("3375015204880101").name("Siti Rahayu").sex("P").birthDate("1988-04-12")
        .domicileCode("33.75.01.1006").education("SMA_SMK").employment("HOMEMAKER")
        .programId("PKL-DBHCHT-2024").cohortId("PKL24-BENDAN-KERGON")
        .registeredAt("2024-06-11T08:05:00").build();
    id.terampil.validation.BatchReport report =
        ReadmeSnippets.validateBatch(pekalongan, List.of(clean, again));
    assertEquals(List.of(0), report.cleanIndexes());
    assertEquals(1, report.applications().size());
    assertEquals("DUPLICATE_NIK", report.records().get(1).findings().get(0).code().name());

    TrainingProgram rattan = ReadmeSnippets.buildProgram();
    id.terampil.core.identity.Nik graduate = id.terampil.core.identity.Nik.parse("6271025204880101");
    id.terampil.core.enrollment.Enrollment done = id.terampil.core.enrollment.Enrollment
        .apply(graduate, id.terampil.core.identity.CohortId.of("PLK20-ROTAN"), LocalDate.of(2020, 8, 10))
        .select(LocalDate.of(2020, 8, 18)).confirmReRegistration(LocalDate.of(2020, 8, 20))
        .start(LocalDate.of(2020, 8, 24))
        .complete(LocalDate.of(2020, 8, 28), ReadmeSnippets.attendanceAndCompletion(
            rattan, graduate, id.terampil.core.identity.Nik.parse("6271024107900002")).siti());
    id.terampil.core.indicators.ProgramIndicators indicators =
        ReadmeSnippets.followUpAndIndicators(rattan, done);
    assertEquals(Optional.of(id.terampil.core.attendance.Ratio.ONE),
        indicators.overall().completionRate());
    assertEquals(1, indicators.overall()
        .support(id.terampil.core.followup.FollowUpKind.CART_GRANT).orElseThrow().beneficiaries());
    assertEquals(1, indicators.overall().outcomesAt(6).orElseThrow()
        .count(id.terampil.core.followup.OutcomeStatus.WORKING_ABROAD));
    assertEquals(Optional.of(id.terampil.core.attendance.Ratio.ONE), indicators.overall()
        .outcomesAt(6).orElseThrow().rateOverDue(id.terampil.core.followup.OutcomeStatus.WORKING_ABROAD));
    assertEquals(Optional.empty(), indicators.totalCost().perParticipant());

    List<Application> pool = ReadmeSnippets.samplePool(rattan);
    assertEquals(45, pool.size());
    assertEquals(pool, ReadmeSnippets.samplePool(rattan));
  }

  private static void assertBlocksAreTagged(Path markdown) {
    Map<String, String> regions = taggedRegions();
    List<String> blocks = javaBlocks(read(markdown));
    List<String> untagged = new ArrayList<>();
    for (String block : blocks) {
      if (!regions.containsValue(normalize(block))) {
        untagged.add(block);
      }
    }
    if (!untagged.isEmpty()) {
      fail(markdown + ": " + untagged.size() + " java block(s) are not a tagged region of the"
          + " examples sources (copy the region, or tag the snippet there):\n" + untagged);
    }
  }

  static List<String> javaBlocks(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The tagged regions of every Java source of the module, normalized, by tag name. */
  static Map<String, String> taggedRegions() {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src", "main", "java")),
        Files.walk(Path.of("src", "test", "java")))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path source : sources) {
      String name = null;
      List<String> lines = new ArrayList<>();
      for (String line : read(source).split("\n", -1)) {
        Matcher tag = TAG.matcher(line);
        Matcher end = END.matcher(line);
        if (tag.matches()) {
          assertEquals(null, name, source + ": tag " + tag.group(1) + " inside " + name);
          name = tag.group(1);
          lines.clear();
        } else if (end.matches()) {
          assertEquals(name, end.group(1), source + ": end without its tag");
          assertFalse(regions.containsKey(name), "tag used twice: " + name);
          regions.put(name, normalize(String.join("\n", lines)));
          name = null;
        } else if (name != null) {
          lines.add(line);
        }
      }
      assertEquals(null, name, source + ": tag without end");
    }
    return regions;
  }

  /** Removes the common indentation, trailing blanks and leading or trailing empty lines. */
  static String normalize(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(l -> !l.isEmpty())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(path.toAbsolutePath().toString(), e);
    }
  }
}
