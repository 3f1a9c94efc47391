package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A browser may replay cached Basic credentials on a request that another site's page makes (a
 * cross-site request forgery). Browsers mark such requests with {@code Sec-Fetch-Site}; the admin
 * endpoints refuse them. Programs such as curl send no such header and are not affected.
 */
final class CrossSiteRequests {

    private CrossSiteRequests() {
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
    }
}
