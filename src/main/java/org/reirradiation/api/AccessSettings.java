package org.reirradiation.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service, from {@code kb.admin.*}, {@code kb.api.*} and {@code kb.cors.*} (or the
 * environment: {@code KB_ADMIN_USERNAME}, {@code KB_ADMIN_PASSWORD}, {@code KB_API_AUTH},
 * {@code KB_API_USERNAME}, {@code KB_API_PASSWORD}, {@code KB_API_TOKENS}, {@code KB_CORS_ALLOWED_ORIGINS}).
 * There is no built-in credential of any kind: what is not configured is closed (admin) or open only
 * because the operator chose {@code kb.api.auth=none}.
 */
@ConfigurationProperties("kb")
record AccessSettings(@DefaultValue Admin admin, @DefaultValue Api api, @DefaultValue Cors cors) {

    /** How the assessment API and the knowledge base's read endpoints are protected. */
    enum ApiAuth { NONE, BASIC, BEARER }

    /** Bearer tokens shorter than this are refused at start-up: they could be guessed. */
    static final int MIN_TOKEN_LENGTH = 16;

    /**
     * The administrator, who may reload the knowledge base. The password is plain text, or a BCrypt hash
     * written {@code {bcrypt}$2a$...} so that the clear password need not be stored in the deployment.
     */
    record Admin(String username, String password) {

        /** Both must be given: half a credential leaves administration closed, as none does. */
        boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isEmpty();
        }
    }

    /**
     * @param auth none (the default, for local use), basic (the user below) or bearer (the tokens below)
     * @param tokens bearer tokens, comma-separated in a property or an environment variable
     */
    record Api(@DefaultValue("none") ApiAuth auth, String username, String password,
            @DefaultValue List<String> tokens) {
    }

    /** Origins allowed to call the service from a browser page; none allowed when empty (no CORS). */
    record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /** Refuses a configuration that would silently leave the API open or unusable. */
    AccessSettings {
        if (api.auth() == ApiAuth.BASIC && (api.username() == null || api.username().isBlank()
                || api.password() == null || api.password().isEmpty())) {
            throw new IllegalArgumentException("kb.api.auth=basic needs kb.api.username and kb.api.password");
        }
        if (api.auth() == ApiAuth.BEARER && api.tokens().stream().noneMatch(t -> !t.isBlank())) {
            throw new IllegalArgumentException("kb.api.auth=bearer needs at least one token in kb.api.tokens");
        }
        if (api.auth() == ApiAuth.BEARER && api.tokens().stream().anyMatch(t -> t.strip().length() < MIN_TOKEN_LENGTH)) {
            throw new IllegalArgumentException("kb.api.tokens: every bearer token needs at least " + MIN_TOKEN_LENGTH
                    + " characters");
        }
        if (api.auth() == ApiAuth.BASIC && admin.configured() && admin.username().equals(api.username())) {
            throw new IllegalArgumentException("kb.api.username must differ from kb.admin.username");
        }
    }
}
