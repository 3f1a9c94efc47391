package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** {@code GET /catalogue}: the live knowledge base's page lists every rule, and follows a reload. */
class CataloguePageTest extends DeployedService {

    private static final String C10_TITLE = "Poor performance status: curative reirradiation not recommended";

    @Test
    void theCatalogueListsEveryRuleOfTheKnowledgeBaseInForce() throws Exception {
        HttpResponse<String> response = catalogue();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        List<String> listed = ruleRows(response.body());
        List<String> inForce = new ArrayList<>();
        for (JsonNode rule : Json.mapper().readTree(send(HttpRequest.newBuilder(uri("/api/v1/rules"))
                .header("Authorization", API_AUTH).GET()).body())) {
            inForce.add(rule.get("id").asString());
        }
        assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(inForce);
        assertThat(response.body()).contains(digest());
    }

    @Test
    void theCatalogueShowsAReloadedRule() {
        try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit("common/selection.drl",
                text -> text.replace(C10_TITLE, C10_TITLE + " at this centre"))) {
            assertThat(reload(ADMIN_AUTH).statusCode()).isEqualTo(200);

            assertThat(catalogue().body()).contains(C10_TITLE + " at this centre").contains(digest());
        } finally {
            reload(ADMIN_AUTH);
        }
        assertThat(catalogue().body()).doesNotContain(C10_TITLE + " at this centre");
    }

    private HttpResponse<String> catalogue() {
        return send(HttpRequest.newBuilder(uri("/catalogue")).header("Authorization", API_AUTH).GET());
    }

    private static List<String> ruleRows(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                html.getBytes(StandardCharsets.UTF_8)));
        List<String> ids = new ArrayList<>();
        NodeList rows = page.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("class").startsWith("rule")) {
                ids.add(row.getAttribute("id"));
            }
        }
        return ids;
    }
}
