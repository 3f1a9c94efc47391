package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CatalogueTest {

    private final KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();

    @Test
    void theHtmlPageListsEveryRuleWithItsReferencesResolved() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                new Catalogue(knowledgeBase).html().getBytes(StandardCharsets.UTF_8)));

        List<String> ruleRows = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        NodeList rows = page.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("class").startsWith("rule")) {
                ruleRows.add(row.getAttribute("id"));
            }
        }
        NodeList items = page.getElementsByTagName("li");
        for (int i = 0; i < items.getLength(); i++) {
            anchors.add(((Element) items.item(i)).getAttribute("id"));
        }
        assertThat(ruleRows).containsExactlyElementsOf(knowledgeBase.rules().stream().map(RuleInfo::id).toList());
        knowledgeBase.rules().forEach(rule -> rule.sources()
                .forEach(key -> assertThat(anchors).contains("ref-" + key)));
        assertThat(new Catalogue(knowledgeBase).html()).contains("https://doi.org/10.3322/caac.70016");
    }

    @Test
    void theMarkdownCatalogueHasARowPerRuleWithItsParameterValues() {
        String markdown = new Catalogue(knowledgeBase).markdown();
        knowledgeBase.rules().forEach(rule -> assertThat(markdown).contains("| " + rule.id() + " | "));
        assertThat(markdown).contains("`common.kpsNotRecommended` = 50 KPS")
                .contains("`common.type2ConcernEqd2Gy` = (no value: needs a local value)");
    }
}
