package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API as an RFC 9457 problem detail ({@code application/problem+json}), in the
 * caller's language (Chinese unless English is asked for), never a stack trace or a Vaadin page. Global
 * rather than bound to the controllers, because an unknown path, an oversized upload and the security
 * chain's refusals have no controller; anything outside {@code /api} is handed back untouched.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final TranslationProvider texts;

    ApiProblems(TranslationProvider texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiExceptions.ScoreFileRejected.class)
    ResponseEntity<ProblemDetail> scoreFileRejected(ApiExceptions.ScoreFileRejected e, HttpServletRequest request) throws Exception {
        guard(e, request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "score-file-rejected", request,
                text(request, "api.problem.score-file-rejected", e.result().problems().size(), e.result().rowsRead()));
        problem.setProperty("rowsRead", e.result().rowsRead());
        problem.setProperty("problems", e.result().problems());
        return answer(problem);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentChangeException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(rule(HttpStatus.CONFLICT, "conflict", e, request));
    }

    /** A broken rule: its key names it; an unknown thing is 404, a malformed id 400, any other rule 422. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> ruleBroken(DomainException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        if (e.messageKey().endsWith(".not-found")) {
            return answer(rule(HttpStatus.NOT_FOUND, "not-found", e, request));
        }
        if (e.messageKey().endsWith(".malformed")) {
            return answer(rule(HttpStatus.BAD_REQUEST, "bad-request", e, request));
        }
        return answer(rule(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken", e, request));
    }

    /** No credentials, wrong ones, or a locked or disabled account: one answer for all, so that nobody can probe names. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorised(AuthenticationException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "unauthorised", request, text(request, "api.problem.unauthorised"));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + ApiSecurityConfiguration.REALM + "\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The role may not do this: method security on the use case said no (AuthorizationDeniedException is one of these). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden", request, text(request, "api.problem.forbidden")));
    }

    @ExceptionHandler(ApiExceptions.PasswordChangeRequired.class)
    ResponseEntity<ProblemDetail> passwordChangeRequired(ApiExceptions.PasswordChangeRequired e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(problem(HttpStatus.FORBIDDEN, "password-change-required", request, text(request, "api.problem.password-change-required")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", request, text(request, "api.problem.too-large", e.getMaxUploadSize())));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", request, text(request, "api.problem.no-such-path", path(request))));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(TypeMismatchException e, HttpServletRequest request) throws Exception {
        guard(e, request);
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", request,
                text(request, "api.problem.bad-parameter", name, String.valueOf(e.getValue()))));
    }

    @ExceptionHandler(ApiExceptions.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(ApiExceptions.BadParameter e, HttpServletRequest request) throws Exception {
        guard(e, request);
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", request, text(request, "api.problem.bad-parameter", e.name(), e.value())));
    }

    /** Spring MVC's own refusals (a missing part, a wrong method or media type) keep their status; anything else is 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        guard(e, request);
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = known.getStatusCode();
            ProblemDetail problem = problem(status, "bad-request", request, known.getBody().getDetail());
            return answer(problem);
        }
        LOG.error("API call {} {} failed", request.getMethod(), path(request), e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", request, text(request, "api.problem.internal")));
    }

    /** Outside the API (nothing there is ours today), the error goes on to Spring's and Vaadin's own handling. */
    private static void guard(Exception e, HttpServletRequest request) throws Exception {
        String path = path(request);
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            throw e;
        }
    }

    private ProblemDetail rule(HttpStatus status, String type, DomainException e, HttpServletRequest request) {
        ProblemDetail problem = problem(status, type, request, texts.getTranslation(e.messageKey(), locale(request), e.arguments().toArray()));
        problem.setProperty("rule", e.messageKey());
        return problem;
    }

    private ProblemDetail problem(HttpStatusCode status, String type, HttpServletRequest request, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:pingyi:problem:" + type));
        problem.setTitle(text(request, "api.problem.title." + type));
        problem.setInstance(URI.create(path(request)));
        return problem;
    }

    private String text(HttpServletRequest request, String key, Object... arguments) {
        return texts.getTranslation(key, locale(request), arguments);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Chinese unless the caller asks for English: the server's own locale never decides. */
    private static Locale locale(HttpServletRequest request) {
        String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return asked == null || asked.isBlank() ? TranslationProvider.CHINESE : TranslationProvider.supported(request.getLocale());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
