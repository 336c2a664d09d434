package com.aftersales.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever reaches the servlet container's error page (an unknown path, a method or media type nothing maps, an
 * exception outside the controllers) answers {@code application/problem+json}, whatever {@code Accept} asked for:
 * Spring Boot's own error page answers a different JSON, or nothing at all for {@code Accept: application/xml}.
 */
@Controller
class ErrorPage implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && DatabaseOutage.isCause(failure)) {
            Problems.write(response, Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Try again shortly."));
            return;
        }
        if (status < 400) {
            status = 500;
        }
        if (status >= 500 && failure != null) {
            log.error("Unexpected error answering {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        Problems.write(response, Problems.of(ProblemType.ofStatus(status), status, detail(status), null));
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "Nothing is found at this path.";
            case 405 -> "This path does not answer this method.";
            case 406 -> "The answer is available as application/json (errors as application/problem+json) only.";
            case 413 -> "The request is too large.";
            case 415 -> "The body must be application/json.";
            case 500 -> "The request could not be processed; nothing was changed. Try again later.";
            default -> null;
        };
    }
}
