package org.reirradiation.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users and tokens that {@link AccessSettings} configures, and how their secrets are compared.
 *
 * <p>Passwords given in clear are compared in constant time rather than hashed at start-up: hashing
 * with BCrypt would cost tens of milliseconds on every API call in basic mode, while the clear value is
 * in the process's environment anyway. A password written {@code {bcrypt}...} is checked as a BCrypt hash.
 * The users live in a plain map, not Spring's in-memory manager, so that Spring never re-encodes a
 * password behind the operator's back.
 */
final class Credentials {

    static final String ADMIN = "ADMIN";
    static final String API = "API";
    private static final String BCRYPT = "{bcrypt}";

    private Credentials() {
    }

    static PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("plain", Map.of("plain", new ConstantTimePlain(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** The administrator (who may also assess) and, in basic mode, the API user. */
    static UserDetailsService users(AccessSettings settings) {
        Map<String, UserDetails> users = new LinkedHashMap<>();
        if (settings.admin().configured()) {
            users.put(settings.admin().username(), user(settings.admin().username(), settings.admin().password(),
                    ADMIN, API));
        }
        if (settings.api().auth() == AccessSettings.ApiAuth.BASIC) {
            users.put(settings.api().username(), user(settings.api().username(), settings.api().password(), API));
        }
        return name -> {
            UserDetails user = users.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            // a copy: Spring erases the password of the instance it authenticated
            return User.withUserDetails(user).build();
        };
    }

    private static UserDetails user(String name, String password, String... roles) {
        String stored = password.startsWith(BCRYPT) ? password : "{plain}" + password;
        return User.withUsername(name).password(stored).roles(roles).build();
    }

    /** The configured bearer tokens, kept as SHA-256 digests and compared in constant time. */
    static final class Tokens {

        private final List<byte[]> digests;

        Tokens(List<String> tokens) {
            this.digests = tokens.stream().map(String::strip).filter(t -> !t.isEmpty()).map(Credentials::sha256)
                    .toList();
        }

        /** The 1-based number of the matching token, for the logs (never the token itself), or 0. */
        int match(String token) {
            byte[] presented = sha256(token);
            int found = 0;
            for (int i = 0; i < digests.size(); i++) {
                // every token is compared, so the time taken does not tell which one matched
                if (MessageDigest.isEqual(digests.get(i), presented) && found == 0) {
                    found = i + 1;
                }
            }
            return found;
        }
    }

    static List<org.springframework.security.core.GrantedAuthority> apiAuthorities() {
        return AuthorityUtils.createAuthorityList("ROLE_" + API);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clear password compared through digests of equal length, so the time taken reveals nothing. */
    private static final class ConstantTimePlain implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String stored) {
            return raw != null && stored != null && MessageDigest.isEqual(sha256(raw.toString()), sha256(stored));
        }
    }
}
