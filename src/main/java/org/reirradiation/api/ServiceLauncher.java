package org.reirradiation.api;

import org.springframework.boot.SpringApplication;

/**
 * Starts the service for the command line, which must not depend on Spring itself. The web server
 * keeps running in its own threads after {@link #start} returns.
 */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    /**
     * @param args Spring Boot arguments, such as {@code --rules.dir=DIR}, {@code --parameters.overrides=FILE}
     *             and {@code --server.port=N}
     * @return false when the service did not start; Spring Boot has then reported why (for a knowledge
     *         base that does not load: the file and line of every problem)
     */
    public static boolean start(String... args) {
        try {
            application().run(args);
            return true;
        } catch (RuntimeException e) {
            // already reported by Spring Boot's failure analysis; the caller chooses the exit status
            return false;
        }
    }

    /** The service as {@link #start} runs it. */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(ReirradiationService.class);
        // fast start: the rules compile on a thread of their own while the rest of the service starts
        application.addListeners(new EarlyKnowledgeBase());
        return application;
    }
}
