package org.reirradiation.api;

import java.nio.charset.StandardCharsets;
import org.reirradiation.knowledge.Catalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /catalogue}: the readable catalogue of the knowledge base in force, rendered on each request. */
@RestController
class CatalogueController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final KnowledgeBaseHolder knowledgeBase;

    CatalogueController(KnowledgeBaseHolder knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/catalogue")
    ResponseEntity<byte[]> catalogue() {
        return ResponseEntity.ok().contentType(HTML)
                .body(new Catalogue(knowledgeBase.get()).html().getBytes(StandardCharsets.UTF_8));
    }
}
