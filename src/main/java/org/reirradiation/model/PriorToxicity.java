package org.reirradiation.model;

/** A toxicity of an earlier course, graded by CTCAE. */
public record PriorToxicity(
        Organ organ,
        String description,
        Integer ctcaeGrade,
        Boolean late,
        Boolean inField) {
}
