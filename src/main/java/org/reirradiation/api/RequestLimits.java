package org.reirradiation.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what a client may send, checked before a case is parsed: a body larger than
 * {@code kb.max-request-bytes} is refused with 413, a document nested deeper than
 * {@code kb.max-json-depth} with 400. A valid case nests five levels deep.
 */
@ConfigurationProperties("kb")
record RequestLimits(@DefaultValue("1MB") DataSize maxRequestBytes, @DefaultValue("32") int maxJsonDepth) {

    RequestLimits {
        if (maxRequestBytes.toBytes() < 1 || maxRequestBytes.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("kb.max-request-bytes must be between 1 byte and 2 GB");
        }
        if (maxJsonDepth < 1) {
            throw new IllegalArgumentException("kb.max-json-depth must be at least 1");
        }
    }

    int maxBodyBytes() {
        return (int) maxRequestBytes.toBytes();
    }
}
