package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reirradiation.knowledge.Catalogue;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fast start: the service as the launcher runs it builds the bundled rules on a thread of their own,
 * and serves the same knowledge base as the rules directory compiled at run time: the same digest, the
 * same catalogue. (A start on rules that do not load: {@link ServiceStartupTest}.)
 */
class EarlyKnowledgeBaseTest {

    @Test
    void theBundledRulesBuiltEarlyHaveTheDigestAndCatalogueOfTheRulesDirectory() {
        try (ConfigurableApplicationContext service = ServiceLauncher.application().run("--server.port=0")) {
            KnowledgeBase served = service.getBean(KnowledgeBaseHolder.class).get();
            KnowledgeBase directory = TestKnowledgeBase.bundled();

            assertThat(service.getBean(EarlyKnowledgeBase.class).tookEarlyBuild()).isTrue();
            assertThat(served.origin()).isEqualTo("classpath:rules/");
            assertThat(served.digest()).isEqualTo(directory.digest());
            assertThat(served.rules()).isEqualTo(directory.rules());
            assertThat(new Catalogue(served).markdown()).isEqualTo(new Catalogue(directory).markdown());
            assertThat(new Catalogue(served).html()).isEqualTo(new Catalogue(directory).html());
        }
    }

    @Test
    void withoutAnEarlyBuildTheKnowledgeBaseIsBuiltWhenAsked() {
        EarlyKnowledgeBase early = new EarlyKnowledgeBase();

        assertThatThrownBy(() -> early.take(RulesSource.of("no/such/rules", ""))).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("not a directory");
        assertThat(early.tookEarlyBuild()).isFalse();
    }
}
