package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.Category;
import org.reirradiation.model.Verdict;

class VerdictResolverTest {

    @Test
    void notRecommendedWinsOverAGate() {
        assertThat(resolve("C-01", Verdict.INSUFFICIENT_INFORMATION, "C-10", Verdict.NOT_RECOMMENDED, "C-25",
                Verdict.FAVOURABLE)).isEqualTo(new VerdictResolver.Resolution(Verdict.NOT_RECOMMENDED, List.of("C-10")));
    }

    @Test
    void aGateWinsOverEveryImposedVerdictButNotRecommended() {
        assertThat(resolve("C-13b", Verdict.UNFAVOURABLE, "C-06", Verdict.INSUFFICIENT_INFORMATION, "C-01",
                Verdict.INSUFFICIENT_INFORMATION).ruleIds()).containsExactly("C-01", "C-06");
    }

    @Test
    void theLeastFavourableImposedVerdictWinsAndListsEveryRuleThatImposedIt() {
        VerdictResolver.Resolution resolution = resolve("HN-30", Verdict.FAVOURABLE, "HN-03", Verdict.UNFAVOURABLE,
                "C-13b", Verdict.UNFAVOURABLE, "C-07", Verdict.CONDITIONAL, "HN-21", null);
        assertThat(resolution.verdict()).isEqualTo(Verdict.UNFAVOURABLE);
        assertThat(resolution.ruleIds()).containsExactly("C-13b", "HN-03");
    }

    @Test
    void ruleIdsAreInNaturalOrder() {
        assertThat(resolve("C-10", Verdict.CONDITIONAL, "C-2", Verdict.CONDITIONAL, "BR-1", Verdict.CONDITIONAL)
                .ruleIds()).containsExactly("BR-1", "C-2", "C-10");
    }

    @Test
    void withoutAnyImposedVerdictTheDefaultIsConditionalUnderC00() {
        assertThat(resolve("C-21", null)).isEqualTo(new VerdictResolver.Resolution(Verdict.CONDITIONAL, List.of("C-00")));
    }

    @Test
    void anAlternativeImposesConditional() {
        assertThat(VerdictResolver.imposed(null, Category.ALTERNATIVE)).isEqualTo(Verdict.CONDITIONAL);
        assertThat(VerdictResolver.imposed(null, Category.TECHNIQUE)).isNull();
        assertThat(VerdictResolver.imposed(Verdict.UNFAVOURABLE, Category.ELIGIBILITY)).isEqualTo(Verdict.UNFAVOURABLE);
    }

    private static VerdictResolver.Resolution resolve(Object... idsAndVerdicts) {
        Map<String, Verdict> imposed = new LinkedHashMap<>();
        for (int i = 0; i < idsAndVerdicts.length; i += 2) {
            imposed.put((String) idsAndVerdicts[i], (Verdict) idsAndVerdicts[i + 1]);
        }
        return VerdictResolver.resolve(imposed);
    }
}
