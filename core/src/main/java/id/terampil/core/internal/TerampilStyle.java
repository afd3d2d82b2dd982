package id.terampil.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on {@code package-info.java} of every package
 * that holds value types; never put {@code @Value.Style} on a value type itself.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract value
 * type ({@code overshadowImplementation}); builders are strict (each attribute set at most once);
 * collections are Guava immutable collections. Generated code carries no classpath annotations
 * ({@code allowedClasspathAnnotations}): otherwise it would carry Immutables' own {@code
 * @Generated}, and every consumer calling a builder without the Immutables annotations jar
 * would get a javac warning (an error under {@code -Werror}). The annotation has source
 * retention: class files carry no trace of it, so no reader of Terampil's classes ever needs it.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jakarta = true,
    jdkOnly = false,
    allParameters = false,
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    allowedClasspathAnnotations = {Override.class})
public @interface TerampilStyle {}
