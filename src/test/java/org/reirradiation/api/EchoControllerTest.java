package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The benchmark's echo endpoint: absent by default, and with kb.benchmark.echo=true the case read back. */
class EchoControllerTest {

    private static MockHttpServletResponse post(MockMvcTester mvc, byte[] body) {
        return mvc.post().uri("/api/v1/echo").contentType(MediaType.APPLICATION_JSON).content(body).exchange()
                .getResponse();
    }

    @Nested
    @WebMvcTest
    @Import({ApiWebLayerTest.Library.class, SecurityConfiguration.class})
    class ByDefault {

        @Autowired
        MockMvcTester mvc;

        @Test
        void theEndpointIsNotThere() throws IOException {
            assertThat(post(mvc, Files.readAllBytes(ApiWebLayerTest.EXAMPLE)).getStatus()).isEqualTo(404);
        }
    }

    @Nested
    @WebMvcTest(properties = "kb.benchmark.echo=true")
    @Import({ApiWebLayerTest.Library.class, SecurityConfiguration.class})
    class WhenEnabled {

        @Autowired
        MockMvcTester mvc;

        @Test
        void theCaseComesBackAsTheContractWritesIt() throws IOException {
            byte[] example = Files.readAllBytes(ApiWebLayerTest.EXAMPLE);

            MockHttpServletResponse response = post(mvc, example);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsByteArray())
                    .isEqualTo(Json.mapper().writeValueAsBytes(new CaseReader().read(example)));
        }

        @Test
        void anInvalidCaseIsA400AsForAnAssessment() {
            assertThat(post(mvc, "{\"site\":\"BRAIN\",\"patient\":{\"kps\":150}}".getBytes()).getStatus())
                    .isEqualTo(400);
        }
    }
}
