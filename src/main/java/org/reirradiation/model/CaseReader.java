package org.reirradiation.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a case from JSON as the contract requires: the document's structure is checked first, then
 * its content, and every error is reported with its field path in an {@link InvalidCaseException}.
 * A field of the wrong type has no value to check, so it is dropped before the content checks; the
 * rest of the case is still checked, so that one answer lists every bad field. A reader holds no
 * state besides its clock and may be shared between threads.
 */
public final class CaseReader {

    private final Clock clock;

    public CaseReader() {
        this(Clock.systemUTC());
    }

    /** @param clock gives "today", the reference date of a case without {@code assessmentDate} */
    public CaseReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws InvalidCaseException listing every error found, with its field path */
    public ReirradiationCase read(String json) {
        return toCase(parse(() -> Json.mapper().readTree(json)));
    }

    /** Reads a UTF-8 (or UTF-16/32, as detected) document; see {@link #read(String)}. */
    public ReirradiationCase read(byte[] json) {
        return toCase(parse(() -> Json.mapper().readTree(json)));
    }

    private ReirradiationCase toCase(JsonNode tree) {
        StructureChecker checker = new StructureChecker();
        JsonNode checked = checker.root(tree, ReirradiationCase.class);
        if (!checked.isObject()) {
            throw new InvalidCaseException(checker.errors());
        }
        ReirradiationCase c = Json.mapper().treeToValue(checked, ReirradiationCase.class);
        List<FieldError> errors = new ArrayList<>(checker.errors());
        Set<String> malformed = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        CaseValidator.validate(c, LocalDate.now(clock)).stream()
                .filter(error -> !malformed.contains(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        return c;
    }

    private static JsonNode parse(Supplier<JsonNode> parser) {
        try {
            return parser.get();
        } catch (JacksonException e) {
            throw new InvalidCaseException(List.of(new FieldError("$", "is not valid JSON: " + describe(e))));
        }
    }

    private static String describe(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        if (location == null || location.getLineNr() < 1) {
            return message;
        }
        return message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
