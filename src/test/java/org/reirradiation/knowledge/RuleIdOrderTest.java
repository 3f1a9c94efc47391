package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdOrderTest {

    @Test
    void ordersByPrefixThenNumberThenSuffix() {
        List<String> ids = new ArrayList<>(List.of("HN-10", "C-10", "HN-05a", "C-2", "BRN-01", "HN-05", "HN-06",
                "C-00", "HN-05b", "CX-3"));
        ids.sort(RuleIdOrder.NATURAL);
        assertThat(ids).containsExactly("BRN-01", "C-00", "C-2", "C-10", "CX-3", "HN-05", "HN-05a", "HN-05b", "HN-06",
                "HN-10");
    }

    @Test
    void anIdOfAnotherShapeFallsBackToTextOrder() {
        List<String> ids = new ArrayList<>(List.of("hn-1", "HN-1", "HN-", "-1", "HN-1A", "HN-2"));
        ids.sort(RuleIdOrder.NATURAL);
        assertThat(ids).containsExactly("-1", "HN-", "HN-1", "HN-1A", "HN-2", "hn-1");
    }
}
