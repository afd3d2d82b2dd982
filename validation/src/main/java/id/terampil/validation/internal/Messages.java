package id.terampil.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats finding messages from {@code ContributorValidationMessages*.properties} by plain
 * {@code {name}} substitution: one pass, no expression language, no recursion, so a parameter
 * value such as {@code ${1+1}} or {@code {field}} appears literally. Not an API.
 */
public final class Messages {

  /** The base name of the message bundles (shared with Hibernate Validator). */
  public static final String BUNDLE = "ContributorValidationMessages";

  private Messages() {}

  /**
   * Returns the message under {@code key} in {@code locale} with the parameters substituted;
   * falls back to the key when the bundle or the key is missing.
   *
   * @param key the message key, not null
   * @param locale the locale, not null
   * @param parameters the parameters, not null
   * @return the message, not null
   */
  public static String text(String key, Locale locale, Map<String, String> parameters) {
    return text(key, key, locale, "", parameters);
  }

  /**
   * Returns the message under {@code key} in {@code locale}, with {@code {field}} and the
   * parameters substituted; falls back to {@code fallback} when the bundle or the key is missing.
   *
   * @param key the message key, not null
   * @param fallback the text used when there is no message, not null
   * @param locale the locale, not null
   * @param field the field name, not null, may be empty
   * @param parameters the parameters, not null
   * @return the message, not null
   */
  public static String text(
      String key, String fallback, Locale locale, String field, Map<String, String> parameters) {
    String template;
    try {
      template = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      template = fallback;
    }
    return format(template, field, parameters);
  }

  /**
   * Returns the template with each {@code {name}} replaced by its parameter ({@code field} for
   * {@code {field}}); unknown names stay as they are. Values are never scanned again.
   *
   * @param template the template, not null
   * @param field the value of {@code {field}}, not null
   * @param parameters the parameters, not null
   * @return the text, not null
   */
  public static String format(String template, String field, Map<String, String> parameters) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    int n = template.length();
    while (i < n) {
      char ch = template.charAt(i);
      int close = ch == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = "field".equals(name) ? field : parameters.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(ch);
      i++;
    }
    return out.toString();
  }
}
