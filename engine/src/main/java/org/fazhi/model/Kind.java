package org.fazhi.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a record type: its key, its Chinese name and the sheet names it is recognised by. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {
    /** Record type key (e.g. {@code case}). */
    String key();

    /** Chinese name (e.g. {@code 行政处罚案件}). */
    String name();

    /** English name, for English reports. */
    String nameEn();

    /** Sheet names (or CSV file stems) that hold this type, besides the key and the name. */
    String[] aliases() default {};

    /** Clause of the plan the type belongs to. */
    String clause() default "";
}
