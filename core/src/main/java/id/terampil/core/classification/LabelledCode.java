package id.terampil.core.classification;

import id.terampil.core.internal.Codes;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The one shape of an entry of an open vocabulary ({@link SkillField}, {@link TargetGroup},
 * {@link Skill}): a stable machine code with an Indonesian and an English label. Two entries of
 * one type are equal when their codes are equal (the labels are descriptive), and the text form
 * is the code. Each type adds its own facts: its name in messages, its built-in entries, and any
 * further attributes.
 */
abstract class LabelledCode {

  LabelledCode() {}

  /**
   * Returns the stable machine code: 1-48 upper-case ASCII letters, digits and '_', starting with
   * a letter, e.g. {@code CULINARY}.
   *
   * @return the code, not null
   */
  public abstract String code();

  /**
   * Returns the Indonesian label, e.g. "Tata boga".
   *
   * @return the label, not null
   */
  @Value.Auxiliary
  public abstract String labelId();

  /**
   * Returns the English label, e.g. "Culinary".
   *
   * @return the label, not null
   */
  @Value.Auxiliary
  public abstract String labelEn();

  /** Returns what the entry is, for messages, e.g. "skill field". */
  abstract String noun();

  /** Returns the entry of {@code entries} with the given code, if there is one. */
  static <T extends LabelledCode> Optional<T> withCode(List<T> entries, String code) {
    return entries.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  @Value.Check
  final void check() {
    Codes.checkCode(noun() + " code", code());
    Codes.checkLabel(noun() + " labelId", labelId());
    Codes.checkLabel(noun() + " labelEn", labelEn());
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  @Override
  public final String toString() {
    return code();
  }
}
