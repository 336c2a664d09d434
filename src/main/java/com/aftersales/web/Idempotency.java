package com.aftersales.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every {@code POST} under {@code /api} (IETF draft "The Idempotency-Key HTTP Header
 * Field"): the same key and the same request by the same user get the first answer again, status included; the
 * same key with another request (another body or path) is refused with {@code 422}; keys of different users never
 * meet. The request runs in one transaction with the row that stores its answer, so a request either took effect
 * and its answer is kept, or neither (a crash, a refusal). Only successful answers are kept: a refused request
 * changed nothing and may be corrected and sent again with the same key. A request with a key still in progress
 * waits for it (at most {@value #WAIT_MILLIS} ms, then {@code 409}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class Idempotency extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final long WAIT_MILLIS = 10_000;

    private final IdempotentAnswers answers;
    private final TransactionTemplate transaction;

    Idempotency(IdempotentAnswers answers, TransactionTemplate transaction) {
        this.answers = answers;
        this.transaction = transaction;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            Problems.write(response, Problems.of(ProblemType.INVALID_REQUEST, "The Idempotency-Key header is malformed.",
                    List.of(FieldProblem.header(HEADER, "must be 1 to 100 visible ASCII characters"))));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Problems.write(response, Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body is larger than " + MAX_BODY_BYTES + " bytes."));
            return;
        }
        try {
            answerOnce(request, response, chain, key, body);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            // the request and its answer commit together or not at all: sent again with the same key, it takes
            // effect once (its kept answer comes back if the commit went through after all)
            Problems.write(response, Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Send the request again shortly."));
        }
    }

    private void answerOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                            byte[] body) throws ServletException, IOException {
        String caller = request.getUserPrincipal().getName();
        String hash = hash(request.getRequestURI(), body);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<IdempotentAnswers.Answer> known = answers.find(caller, key);
            if (known.isPresent()) {
                replay(known.get(), hash, response);
                return;
            }
            if (tryFirst(caller, key, hash, new CachedBody(request, body), response, chain)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                Problems.write(response, Problems.of(ProblemType.REQUEST_IN_PROGRESS,
                        "A request with this Idempotency-Key is still in progress; send it again later."));
                return;
            }
            sleep(25 + ThreadLocalRandom.current().nextInt(50));
        }
    }

    /** Runs the request as the first with its key; {@code false} when another request holds the key. */
    private boolean tryFirst(String caller, String key, String hash, HttpServletRequest request,
                             HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        boolean[] claimed = {false};
        try {
            transaction.executeWithoutResult(status -> {
                answers.claim(caller, key, hash);
                claimed[0] = true;
                try {
                    chain.doFilter(request, cached);
                } catch (IOException | ServletException e) {
                    throw new Failed(e);
                }
                int answer = cached.getStatus();
                if (answer >= 200 && answer < 300) {
                    answers.complete(caller, key, new IdempotentAnswers.Answer(hash, answer, cached.getContentType(),
                            cached.getHeader(HttpHeaders.LOCATION),
                            new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8)));
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException held) {
            if (!claimed[0]) {
                return false;
            }
            throw held;
        } catch (Failed failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failed.getCause();
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            answers.purge();
        }
        cached.copyBodyToResponse();
        return true;
    }

    private static void replay(IdempotentAnswers.Answer answer, String hash, HttpServletResponse response)
            throws IOException {
        if (!answer.requestHash().equals(hash)) {
            Problems.write(response, Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for another request; use a new key for a new request.",
                    List.of(FieldProblem.header(HEADER, "was used with another body or path"))));
            return;
        }
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.body() != null && !answer.body().isEmpty()) {
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }

    /** The request with its body read once, to be hashed and then read again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
