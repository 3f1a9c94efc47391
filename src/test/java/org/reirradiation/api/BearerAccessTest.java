package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code kb.api.auth=bearer}: the API takes the configured tokens; a token is never an administrator's
 * credential, and the administrator still signs in with HTTP Basic.
 */
@WebMvcTest(properties = {"kb.api.auth=bearer", "kb.api.tokens=" + BearerAccessTest.TOKEN + ", " + BearerAccessTest.OTHER,
        "kb.admin.username=" + DeployedService.ADMIN, "kb.admin.password=" + DeployedService.ADMIN_PASSWORD})
@Import({ApiWebLayerTest.Library.class, SecurityConfiguration.class})
class BearerAccessTest {

    static final String TOKEN = "token-of-the-tumour-board-app";
    static final String OTHER = "token-of-the-planning-system";

    private final MockMvcTester mvc;

    BearerAccessTest(@Autowired MockMvcTester mvc) {
        this.mvc = mvc;
    }

    @Test
    void withoutATokenIsA401WithABearerChallenge() {
        MockHttpServletResponse response = mvc.get().uri("/api/v1/rules").exchange().getResponse();

        ApiWebLayerTest.problem(response, 401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"reirradiation\"");
    }

    @Test
    void anUnknownTokenIsA401NamingTheInvalidToken() {
        MockHttpServletResponse response = mvc.get().uri("/api/v1/rules").header("Authorization", "Bearer " + TOKEN + "x")
                .exchange().getResponse();

        ApiWebLayerTest.problem(response, 401);
        assertThat(response.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void eachConfiguredTokenMayAssess() throws IOException {
        for (String token : new String[] {TOKEN, OTHER}) {
            MockHttpServletResponse response = mvc.post().uri("/api/v1/assessments")
                    .header("Authorization", "bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content(Files.readAllBytes(ApiWebLayerTest.EXAMPLE)).exchange().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aTokenIsNotAnAdministratorsCredential() {
        MockHttpServletResponse response = mvc.post().uri(ReloadController.PATH).header("Authorization", "Bearer " + TOKEN)
                .exchange().getResponse();

        ApiWebLayerTest.problem(response, 403);
    }

    @Test
    void theAdministratorSignsInWithBasicToReload() {
        MockHttpServletResponse response = mvc.post().uri(ReloadController.PATH)
                .header("Authorization", DeployedService.ADMIN_AUTH).exchange().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
    }

    @Test
    void theAdministratorWithoutCredentialsGetsABasicChallenge() {
        MockHttpServletResponse response = mvc.post().uri(ReloadController.PATH).exchange().getResponse();

        ApiWebLayerTest.problem(response, 401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic ");
    }
}
