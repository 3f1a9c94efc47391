package org.reirradiation.knowledge;

/** A citation of the references table; {@code key} is what rules cite in {@code @sources}. */
public record Reference(String key, String authors, String title, String journal, String year, String doi,
        String pmid, String note) {
}
