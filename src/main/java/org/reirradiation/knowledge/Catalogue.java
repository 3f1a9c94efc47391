package org.reirradiation.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readable catalogue of a knowledge base, as Markdown or as a standalone HTML page: per site,
 * every rule with its metadata, the parameters it uses with their values, and its full references.
 */
public final class Catalogue {

    private final KnowledgeBase knowledgeBase;

    public Catalogue(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(knowledgeBase.name()).append(' ').append(knowledgeBase.version()).append("\n\n");
        out.append(knowledgeBase.status()).append("\n\nDigest `").append(knowledgeBase.digest()).append("`\n\n");
        out.append("| area | rules | unverified | need a local value |\n|---|---|---|---|\n");
        for (KnowledgeArea area : KnowledgeArea.values()) {
            List<RuleInfo> rules = rulesOf(area);
            out.append("| ").append(area.folder()).append(" | ").append(rules.size()).append(" | ")
                    .append(rules.stream().filter(r -> !r.verified()).count()).append(" | ")
                    .append(rules.stream().filter(r -> r.needsLocalValue(knowledgeBase.parameters())).count())
                    .append(" |\n");
        }
        for (KnowledgeArea area : KnowledgeArea.values()) {
            List<RuleInfo> rules = rulesOf(area);
            if (rules.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(area.folder()).append("\n\n");
            out.append("| id | rule | category | severity | verdict | evidence | verified | sources | parameters |\n");
            out.append("|---|---|---|---|---|---|---|---|---|\n");
            for (RuleInfo rule : rules) {
                out.append("| ").append(rule.id()).append(" | ").append(escape(rule.title()))
                        .append(" | ").append(rule.category()).append(" | ").append(rule.severity())
                        .append(" | ").append(verdict(rule)).append(" | ").append(rule.evidence())
                        .append(" | ").append(rule.verified() ? "yes" : "no")
                        .append(" | ").append(String.join(", ", rule.sources()))
                        .append(" | ").append(parameters(rule, key -> "`" + key + "`")).append(" |\n");
            }
        }
        out.append("\n## References\n\n");
        for (Reference reference : knowledgeBase.references().values()) {
            out.append("- **").append(reference.key()).append("**: ").append(citation(reference)).append(links(reference,
                    (label, url) -> " [" + label + "](" + url + ")")).append('\n');
        }
        return out.toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(html(knowledgeBase.name())).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}")
                .append(".unverified{color:#a40}</style></head><body>\n")
                .append("<h1>").append(html(knowledgeBase.name() + " " + knowledgeBase.version())).append("</h1>\n")
                .append("<p>").append(html(knowledgeBase.status())).append("</p><p>Digest <code>")
                .append(knowledgeBase.digest()).append("</code></p>\n")
                .append("<table id=\"summary\"><tr><th>area</th><th>rules</th><th>unverified</th>")
                .append("<th>need a local value</th></tr>\n");
        for (KnowledgeArea area : KnowledgeArea.values()) {
            List<RuleInfo> rules = rulesOf(area);
            out.append("<tr><td>").append(area.folder()).append("</td><td>").append(rules.size()).append("</td><td>")
                    .append(rules.stream().filter(r -> !r.verified()).count()).append("</td><td>")
                    .append(rules.stream().filter(r -> r.needsLocalValue(knowledgeBase.parameters())).count())
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        for (KnowledgeArea area : KnowledgeArea.values()) {
            List<RuleInfo> rules = rulesOf(area);
            if (rules.isEmpty()) {
                continue;
            }
            out.append("<h2 id=\"").append(area.folder()).append("\">").append(area.folder()).append("</h2>\n<table>")
                    .append("<tr><th>id</th><th>rule</th><th>category</th><th>severity</th><th>verdict</th>")
                    .append("<th>evidence</th><th>verified</th><th>sources</th><th>parameters</th></tr>\n");
            for (RuleInfo rule : rules) {
                out.append("<tr class=\"rule").append(rule.verified() ? "" : " unverified").append("\" id=\"")
                        .append(rule.id()).append("\"><td>").append(rule.id()).append("</td><td>")
                        .append(html(rule.title())).append("</td><td>").append(rule.category()).append("</td><td>")
                        .append(rule.severity()).append("</td><td>").append(verdict(rule)).append("</td><td>")
                        .append(rule.evidence()).append("</td><td>").append(rule.verified() ? "yes" : "no")
                        .append("</td><td>").append(rule.sources().stream()
                                .map(key -> "<a href=\"#ref-" + key + "\">" + html(key) + "</a>")
                                .collect(Collectors.joining(", ")))
                        .append("</td><td>").append(parameters(rule, key -> "<code>" + html(key) + "</code>"))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<h2 id=\"references\">References</h2>\n<ul>\n");
        for (Reference reference : knowledgeBase.references().values()) {
            out.append("<li id=\"ref-").append(html(reference.key())).append("\"><b>").append(html(reference.key()))
                    .append("</b>: ").append(html(citation(reference)))
                    .append(links(reference, (label, url) -> " <a href=\"" + html(url) + "\">" + label + "</a>"))
                    .append("</li>\n");
        }
        return out.append("</ul>\n</body></html>\n").toString();
    }

    private List<RuleInfo> rulesOf(KnowledgeArea area) {
        return knowledgeBase.rules().stream().filter(rule -> rule.area() == area).toList();
    }

    private static String verdict(RuleInfo rule) {
        if (rule.verdict() == null) {
            return "-";
        }
        return rule.verdict() + (rule.scope() == null ? "" : " (" + rule.scope().name().toLowerCase() + ")");
    }

    private String parameters(RuleInfo rule, Function<String, String> key) {
        Map<String, String> values = rule.parameters().stream().collect(Collectors.toMap(k -> k,
                k -> knowledgeBase.parameters().get(k).text(), (a, b) -> a, java.util.LinkedHashMap::new));
        return values.entrySet().stream()
                .map(e -> key.apply(e.getKey()) + " = " + (e.getValue().isEmpty() ? "(no value: needs a local value)"
                        : e.getValue() + " " + knowledgeBase.parameters().get(e.getKey()).unit()))
                .collect(Collectors.joining("; "));
    }

    private static String citation(Reference r) {
        return java.util.stream.Stream.of(r.authors(), r.title(), r.journal(), r.year())
                .filter(s -> !s.isBlank()).collect(Collectors.joining(". "))
                + (r.note().isBlank() ? "" : " [" + r.note() + "]");
    }

    private static String links(Reference r, java.util.function.BiFunction<String, String, String> link) {
        return (r.doi().isBlank() ? "" : link.apply("doi:" + r.doi(), "https://doi.org/" + r.doi()))
                + (r.pmid().isBlank() ? "" : link.apply("PubMed " + r.pmid(), "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid() + "/"));
    }

    private static String escape(String markdown) {
        return markdown.replace("|", "\\|");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
