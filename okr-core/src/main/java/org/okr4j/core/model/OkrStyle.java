package org.okr4j.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style, applied to the package: generated classes are package-private and
 * callers see only the abstract types, their static factories and their {@code Builder}s.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    optionalAcceptNullable = false,
    // No annotations from the classpath on generated code (not even Immutables' own @Generated):
    // consumers compiling against okr-core must never need Immutables' jar to read our classes.
    // Override is a placeholder, since an empty list would allow them all.
    allowedClasspathAnnotations = {Override.class})
@interface OkrStyle {}
