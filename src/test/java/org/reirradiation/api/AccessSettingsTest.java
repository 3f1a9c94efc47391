package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reirradiation.api.AccessSettings.Admin;
import org.reirradiation.api.AccessSettings.Api;
import org.reirradiation.api.AccessSettings.ApiAuth;
import org.reirradiation.api.AccessSettings.Cors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The access settings refuse what would leave the API silently open or unusable; credentials compare safely. */
class AccessSettingsTest {

    private static final Cors NO_CORS = new Cors(List.of());
    private static final Admin NO_ADMIN = new Admin(null, null);

    @Test
    void basicWithoutAUserOrPasswordDoesNotStart() {
        assertThatThrownBy(() -> new AccessSettings(NO_ADMIN, new Api(ApiAuth.BASIC, "app", "", List.of()), NO_CORS))
                .hasMessage("kb.api.auth=basic needs kb.api.username and kb.api.password");
        assertThatThrownBy(() -> new AccessSettings(NO_ADMIN, new Api(ApiAuth.BASIC, null, "pw", List.of()), NO_CORS))
                .hasMessage("kb.api.auth=basic needs kb.api.username and kb.api.password");
    }

    @Test
    void bearerNeedsTokensThatCannotBeGuessed() {
        assertThatThrownBy(() -> new AccessSettings(NO_ADMIN, new Api(ApiAuth.BEARER, null, null, List.of()), NO_CORS))
                .hasMessageContaining("at least one token");
        assertThatThrownBy(() -> new AccessSettings(NO_ADMIN, new Api(ApiAuth.BEARER, null, null,
                List.of("0123456789abcdef", "short")), NO_CORS)).hasMessageContaining("at least 16 characters");
    }

    @Test
    void theApiUserCannotShareTheAdministratorsName() {
        assertThatThrownBy(() -> new AccessSettings(new Admin("same", "a"), new Api(ApiAuth.BASIC, "same", "b",
                List.of()), NO_CORS)).hasMessage("kb.api.username must differ from kb.admin.username");
    }

    @Test
    void halfAnAdministratorIsNoAdministrator() {
        assertThat(new Admin("physicist", null).configured()).isFalse();
        assertThat(new Admin("physicist", "").configured()).isFalse();
        assertThat(new Admin(" ", "pw").configured()).isFalse();
        assertThat(new Admin("physicist", "pw").configured()).isTrue();
    }

    @Test
    void passwordsInClearOrAsBcryptHashesAreChecked() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("hashed-secret");
        AccessSettings settings = new AccessSettings(new Admin("physicist", hash),
                new Api(ApiAuth.BASIC, "app", "{not-an-id}clear", List.of()), NO_CORS);
        UserDetailsService users = Credentials.users(settings);
        PasswordEncoder encoder = Credentials.passwordEncoder();

        assertThat(encoder.matches("hashed-secret", users.loadUserByUsername("physicist").getPassword())).isTrue();
        assertThat(encoder.matches("{bcrypt}" + hash, users.loadUserByUsername("physicist").getPassword())).isFalse();
        assertThat(encoder.matches("{not-an-id}clear", users.loadUserByUsername("app").getPassword())).isTrue();
        assertThat(encoder.matches("clear", users.loadUserByUsername("app").getPassword())).isFalse();
        assertThat(users.loadUserByUsername("physicist").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_API");
        assertThat(users.loadUserByUsername("app").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_API");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void tokensAreMatchedByNumberNeverEchoed() {
        Credentials.Tokens tokens = new Credentials.Tokens(List.of(" first-token-0123456 ", "second-token-012345"));

        assertThat(tokens.match("first-token-0123456")).isEqualTo(1);
        assertThat(tokens.match("second-token-012345")).isEqualTo(2);
        assertThat(tokens.match("second-token-01234")).isZero();
        assertThat(tokens.match("")).isZero();
    }
}
