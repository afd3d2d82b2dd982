package id.terampil.validation.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats finding messages from {@code ContributorValidationMessages*.properties} by plain
 * {@code {name}} substitution: one pass, no expression language, no recursion, so a parameter
 * value such as {@code ${1+1}} or {@code {field}} appears literally. Not an API.
 *
 * <p>A bundle may name fields and machine values in its language: {@code {field}} becomes the
 * label under {@code id.terampil.validation.field.}<i>field</i> (list indexes written {@code []},
 * the 1-based position as {@code {position}}), and a parameter value (or each element of a
 * comma-separated list) the label under {@code id.terampil.validation.value.}<i>name</i>{@code
 * .}<i>value</i>, e.g. {@code ...value.level.VILLAGE}. Without a label the raw text stands, as in
 * the English bundle, which names fields and values as a program reads them.
 */
public final class Messages {

  /** The base name of the message bundles (shared with Hibernate Validator). */
  public static final String BUNDLE = "ContributorValidationMessages";

  private static final String FIELD = "id.terampil.validation.field.";
  private static final String VALUE = "id.terampil.validation.value.";
  private static final Pattern INDEX = Pattern.compile("\\[([0-9]{1,9})\\]");

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
    ResourceBundle bundle;
    String template;
    try {
      bundle = ResourceBundle.getBundle(BUNDLE, locale);
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      return format(fallback, field, parameters);
    }
    Map<String, String> labelled = new HashMap<>(parameters);
    labelled.replaceAll((name, value) -> label(bundle, VALUE + name + '.', value));
    Matcher index = INDEX.matcher(field);
    String fieldKey = FIELD + index.replaceAll("[]");
    String label = field;
    if (!field.isEmpty() && bundle.containsKey(fieldKey)) {
      String position = index.reset().find() ? Long.toString(Long.parseLong(index.group(1)) + 1) : "";
      label = format(bundle.getString(fieldKey), "", Map.of("position", position));
    }
    return format(template, label, labelled);
  }

  /** Returns {@code value}, or each element of it, labelled by the bundle where it has a label. */
  private static String label(ResourceBundle bundle, String prefix, String value) {
    if (bundle.containsKey(prefix + value)) {
      return bundle.getString(prefix + value);
    }
    if (value.indexOf(',') < 0) {
      return value;
    }
    String[] elements = value.split(",", -1);
    boolean labelled = false;
    for (int i = 0; i < elements.length; i++) {
      if (bundle.containsKey(prefix + elements[i])) {
        elements[i] = bundle.getString(prefix + elements[i]);
        labelled = true;
      }
    }
    return labelled ? String.join(", ", elements) : value;
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
