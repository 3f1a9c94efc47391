package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.InvalidCaseException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class CaseBodyTest {

    private final CaseBody body = new CaseBody(new RequestLimits(DataSize.ofBytes(100), 4));

    /** A chunked request: no Content-Length to trust. */
    private static MockHttpServletRequest chunked(String content) {
        MockHttpServletRequest request = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(content.getBytes());
        return request;
    }

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        String atLimit = "{\"caseId\":\"" + "x".repeat(100 - 13) + "\"}";

        assertThat(body.read(chunked(atLimit))).hasSize(100);
    }

    @Test
    void stopsReadingAChunkedBodyOneByteAfterTheLimit() {
        assertThatThrownBy(() -> body.read(chunked(" ".repeat(10_000)))).isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContent(new byte[101]);

        assertThatThrownBy(() -> body.read(request)).isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void refusesNestingBeyondTheDepthButLeavesOtherJsonErrorsToTheReader() throws IOException {
        assertThat(body.read(chunked("[[[[]]]]"))).isNotEmpty();
        assertThat(body.read(chunked("{\"site\": ]"))).isNotEmpty();
        assertThatThrownBy(() -> body.read(chunked("[[[[[]]]]]"))).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("$: nests deeper than 4 levels");
    }
}
