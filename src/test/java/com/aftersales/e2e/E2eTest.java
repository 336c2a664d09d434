package com.aftersales.e2e;

import com.aftersales.support.AfterSalesTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the shared application context of {@link AfterSalesTest} (random port, in-memory H2,
 * no job executor) and a headless Chromium per test method (declare a {@link Browser} parameter).
 * Skipped where the machine has no {@link Chromium}. To run the browser tests alone: {@code mvn test -Dtest='*E2eTest' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AfterSalesTest
@ExtendWith({Chromium.class, BrowserExtension.class})
@Tag("e2e")
@interface E2eTest {
}
