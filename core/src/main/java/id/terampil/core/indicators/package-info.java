/**
 * Program indicators: seats, applicants and people, completion, attendance, credentials, outcomes
 * in their windows with reached-only and honest rates, follow-up against the plan, and cost per
 * participant by source, fiscal year and cohort; {@link
 * id.terampil.core.indicators.IndicatorDefinition} defines each figure.
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; no method accepts or
 * returns {@code null} unless annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.core.indicators;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
