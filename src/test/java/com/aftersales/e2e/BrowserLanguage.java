package com.aftersales.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The preferred language of a test's {@link Browser} parameter, as a browser's language setting gives it
 * ({@code @BrowserLanguage("zh-CN") Browser browser}). Without it a browser prefers English.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface BrowserLanguage {

    String ENGLISH = "en-US";

    String value();
}
