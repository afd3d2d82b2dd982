package id.terampil.testkit.probe;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What a consumer's build does with the testkit, run in a JVM of its own whose working directory
 * is empty: {@code samples} draws applicants with {@link Samples#list} from a main method;
 * {@code launcher} runs, as a build's test runner would, a jqwik property and a JUnit Jupiter test
 * that use the testkit. Exits with 0 when everything ran and passed.
 */
public final class WorkingDirectoryProbe {

  static final LocalDate CLOSE = LocalDate.of(2024, 6, 30);

  private WorkingDirectoryProbe() {}

  /** A program and its applicants, drawn as a consumer would. */
  static int drawApplicants(long seed) {
    TrainingProgram program = Samples.list(TerampilArbitraries.programs(), 1, seed).get(0);
    return Samples.list(TerampilArbitraries.applicants(program, CLOSE), 50, seed).size();
  }

  /**
   * Runs the probe.
   *
   * @param args {@code samples} or {@code launcher}
   */
  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("samples")) {
      System.exit(drawApplicants(1L) == 50 ? 0 : 1);
    }
    if (args.length == 1 && args[0].equals("launcher")) {
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      try (LauncherSession session = LauncherFactory.openSession()) {
        session
            .getLauncher()
            .execute(
                LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ProbeProperties.class), selectClass(ProbeTest.class))
                    .build(),
                listener);
      }
      TestExecutionSummary summary = listener.getSummary();
      System.out.println("tests " + summary.getTestsSucceededCount() + "/" + summary.getTestsFoundCount());
      summary.getFailures().forEach(f -> f.getException().printStackTrace());
      System.exit(summary.getTestsFoundCount() == 2 && summary.getTotalFailureCount() == 0 ? 0 : 1);
    }
    System.err.println("usage: WorkingDirectoryProbe samples|launcher");
    System.exit(2);
  }
}
