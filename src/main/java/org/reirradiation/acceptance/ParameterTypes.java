package org.reirradiation.acceptance;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.Locale;
import org.reirradiation.model.Agent;
import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.Metric;
import org.reirradiation.model.Organ;
import org.reirradiation.model.ReirradiationType;
import org.reirradiation.model.ScoreName;
import org.reirradiation.model.Site;
import org.reirradiation.model.Timing;
import org.reirradiation.model.Verdict;

/**
 * The words of the step glossary: site names in plain English, and the contract's enum names. The
 * enum types match any upper-case word and name the allowed values when a word is not one of them,
 * which tells a scenario's author more than an undefined step would.
 */
public class ParameterTypes {

    private static final String ENUM_WORD = "[A-Z][A-Z0-9_]*";

    @ParameterType("head and neck|breast|cervix|rectum|brain")
    public Site site(String words) {
        return Site.valueOf(words.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public Verdict verdict(String word) {
        return word(Verdict.class, word, "verdict");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public ReirradiationType reirradiationType(String word) {
        return word(ReirradiationType.class, word, "reirradiation type");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public Organ organ(String word) {
        return word(Organ.class, word, "organ");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public Metric metric(String word) {
        return word(Metric.class, word, "dose metric");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public Agent agent(String word) {
        return word(Agent.class, word, "systemic agent");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public Timing timing(String word) {
        return word(Timing.class, word, "timing");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public ScoreName score(String word) {
        return word(ScoreName.class, word, "score");
    }

    @ParameterType(value = ENUM_WORD, useForSnippets = false)
    public DoseStatus doseStatus(String word) {
        return word(DoseStatus.class, word, "dose status");
    }

    private static <E extends Enum<E>> E word(Class<E> type, String word, String what) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(word)) {
                return value;
            }
        }
        throw new IllegalArgumentException(word + " is not a " + what + "; write one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
