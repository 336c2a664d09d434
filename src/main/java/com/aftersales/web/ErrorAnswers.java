package com.aftersales.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The error answers no controller gives: Tomcat's own, and Spring Security's firewall. */
@Configuration(proxyBeanMethods = false)
class ErrorAnswers {

    /** Replaces the host's error report valve once Tomcat has put its own in place. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> problemErrorValve() {
        return event -> {
            if (event.getWebServer() instanceof TomcatWebServer tomcat) {
                Host host = tomcat.getTomcat().getHost();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorValve.class.getName());
                }
                if (java.util.Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemErrorValve.class::isInstance)) {
                    host.getPipeline().addValve(new ProblemErrorValve());
                }
            }
        };
    }

    /** A path the firewall refuses ({@code ;}, {@code ..}, an encoded slash …): 400, as problem+json. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> Problems.write(response, Problems.of(ProblemType.INVALID_REQUEST,
                "The request's path or headers are not allowed here."));
    }
}
