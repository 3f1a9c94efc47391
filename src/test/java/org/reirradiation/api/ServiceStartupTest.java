package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The service does not start on rules that do not load, and says where each problem is. */
@ExtendWith(OutputCaptureExtension.class)
class ServiceStartupTest {

    @Test
    void refusesToStartOnARuleFileWithASyntaxError(@TempDir Path temp, CapturedOutput output) throws IOException {
        Path rules = temp.resolve("rules");
        TestKnowledgeBase.copyRulesTo(rules);
        Path broken = rules.resolve("common/selection.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(broken, StandardCharsets.UTF_8));
        int brokenLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("rule ")).skip(1).findFirst()
                .orElseThrow()) + 1;
        lines.set(brokenLine - 1, "rule \"broken\" when this is not DRL");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        boolean started = ServiceLauncher.start("--rules.dir=" + rules, "--server.port=0");

        assertThat(started).isFalse();
        assertThat(output.getOut() + output.getErr())
                .contains("The knowledge base at " + rules.toAbsolutePath().normalize() + " does not load:")
                .contains("\n    common/selection.drl:" + brokenLine + ": ")
                .contains("Correct each file at the line given");
    }
}
