package org.reirradiation.assessment;

import java.util.List;

/**
 * The unknown inputs of a case among those a rule asked about, as contract paths. Not a collection on
 * purpose: a rule binds it whole with {@code $absent : AbsentInputs( any ) from CaseFields.absent(...)}.
 */
public record AbsentInputs(List<String> paths) {

    public boolean any() {
        return !paths.isEmpty();
    }

    /** The paths for a finding's text. */
    public String text() {
        return String.join(", ", paths);
    }
}
