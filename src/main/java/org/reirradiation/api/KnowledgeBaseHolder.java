package org.reirradiation.api;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.reirradiation.knowledge.KnowledgeBase;

/**
 * The knowledge base in force. A reload replaces it in one atomic step; an assessment reads it once
 * and finishes on the knowledge base it started with (the facade takes this holder as its supplier).
 */
final class KnowledgeBaseHolder implements Supplier<KnowledgeBase> {

    private final AtomicReference<KnowledgeBase> current;

    KnowledgeBaseHolder(KnowledgeBase initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    @Override
    public KnowledgeBase get() {
        return current.get();
    }

    /** Puts a fully loaded knowledge base in force and returns the one it replaces. */
    KnowledgeBase replace(KnowledgeBase next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }
}
