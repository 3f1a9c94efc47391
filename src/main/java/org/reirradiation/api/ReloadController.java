package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/knowledge-base/reload}, for administrators only (see {@link SecurityConfiguration}):
 * 200 with the previous and the new digest, or 422 with every problem while the knowledge base in force
 * keeps serving.
 */
@RestController
class ReloadController {

    static final String PATH = "/api/v1/knowledge-base/reload";

    private final KnowledgeBaseReloader reloader;

    ReloadController(KnowledgeBaseReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping(PATH)
    ResponseEntity<byte[]> reload(Principal principal, HttpServletRequest request) {
        KnowledgeBaseReloader.Reload reload = reloader.reload(principal == null ? "unknown" : principal.getName(),
                RequestIds.of(request));
        return JsonResponses.ok(ReloadView.of(reload, reloader.source()));
    }
}
