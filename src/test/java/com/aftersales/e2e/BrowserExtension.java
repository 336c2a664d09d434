package com.aftersales.e2e;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each test method that asks for a {@link Browser} a fresh one on the shared application's port (in English
 * unless the parameter says {@link BrowserLanguage otherwise}),
 * keeps a screenshot and the page source when the test fails, and closes the browser afterwards.
 */
class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        String language = parameter.findAnnotation(BrowserLanguage.class).map(BrowserLanguage::value)
                .orElse(BrowserLanguage.ENGLISH);
        Browser browser = Browser.start(port, language);
        context.getStore(NAMESPACE).put(Browser.class, browser);
        return browser;
    }

    /** Runs before {@code @AfterEach}, while the page still shows what went wrong. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.keepEvidence("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
