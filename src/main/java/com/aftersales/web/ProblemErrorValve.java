package com.aftersales.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request it refuses before any application code runs: an invalid URI, a bad
 * header, an encoded slash) as {@code application/problem+json} instead of Tomcat's HTML page.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            Problems.write(response.getResponse(),
                    Problems.of(ProblemType.ofStatus(status), status, ErrorPage.detail(status), null));
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the answer was already started: nothing more to say
        }
    }
}
