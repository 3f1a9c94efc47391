package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The 401 and 403 answers of Spring Security as the service's problem documents with the request id,
 * never Spring's default error body.
 *
 * <p>With no administrator configured the admin endpoints answer 403 to everyone, with or without
 * credentials: a 401 would challenge the client to retry with credentials that cannot exist.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String ADMIN_DISABLED = "Administration is disabled: the service was started without "
            + "kb.admin.username and kb.admin.password.";

    private final AccessSettings settings;

    SecurityProblems(AccessSettings settings) {
        this.settings = settings;
    }

    static boolean isAdminPath(HttpServletRequest request) {
        return ReloadController.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (isAdminPath(request) && !settings.admin().configured()) {
            write(request, response, 403, ADMIN_DISABLED);
            return;
        }
        boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(request, presented));
        write(request, response, 401, presented ? "The credentials were not accepted."
                : "This endpoint needs credentials" + (isAdminPath(request) ? " of an administrator." : "."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail;
        if (isAdminPath(request) && !settings.admin().configured()) {
            detail = ADMIN_DISABLED;
        } else if (isAdminPath(request) && CrossSiteRequests.isCrossSite(request)) {
            detail = "Administration is refused from another site's page.";
        } else {
            detail = "These credentials may not use this endpoint" + (isAdminPath(request)
                    ? ": it is for administrators." : ".");
        }
        write(request, response, 403, detail);
    }

    /** Basic for the administrator, who always signs in with a user name and password; else the API's scheme. */
    private String challenge(HttpServletRequest request, boolean presented) {
        if (!isAdminPath(request) && settings.api().auth() == AccessSettings.ApiAuth.BEARER) {
            return "Bearer realm=\"reirradiation\"" + (presented ? ", error=\"invalid_token\"" : "");
        }
        return "Basic realm=\"reirradiation\", charset=\"UTF-8\"";
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        String requestId = RequestIds.of(request);
        response.setStatus(status);
        response.setHeader(RequestIds.HEADER, requestId);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(Problems.body(status, Problems.PLAIN, detail, requestId));
        response.flushBuffer();
    }
}
