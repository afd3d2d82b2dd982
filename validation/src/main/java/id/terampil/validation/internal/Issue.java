package id.terampil.validation.internal;

import com.google.common.collect.ImmutableMap;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one failed rule: a code and safe message parameters. Both the constraint
 * validators and the record validator turn issues into their own reports. Not an API.
 *
 * @param code the finding code, not null
 * @param parameters the message parameters, not null
 * @param severity the severity this finding has in its context, or null for the code's default
 *     (a caller's severity override of the code wins over both)
 */
public record Issue(
    FindingCode code, ImmutableMap<String, String> parameters, @Nullable Severity severity) {

  /**
   * Returns an issue with the code's default severity.
   *
   * @param code the finding code, not null
   * @param parameters the message parameters, not null
   */
  public Issue(FindingCode code, ImmutableMap<String, String> parameters) {
    this(code, parameters, null);
  }

  /**
   * Returns an issue without parameters.
   *
   * @param code the code, not null
   * @return the issue, not null
   */
  public static Issue of(FindingCode code) {
    return new Issue(code, ImmutableMap.of());
  }

  /**
   * Returns an issue with one parameter.
   *
   * @param code the code, not null
   * @param name the parameter name, not null
   * @param value the parameter value, not null
   * @return the issue, not null
   */
  public static Issue of(FindingCode code, String name, Object value) {
    return new Issue(code, ImmutableMap.of(name, String.valueOf(value)));
  }
}
