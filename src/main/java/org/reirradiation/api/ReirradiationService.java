package org.reirradiation.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The HTTP service: the assessment facade behind {@code /api/v1}, the administrator's reload of the
 * knowledge base, the catalogue of the knowledge base in force, and the actuator's health and info,
 * behind {@link SecurityConfiguration}. Started by {@link ServiceLauncher}. Component scanning stays
 * inside this package: the library packages know nothing of Spring.
 */
@SpringBootApplication(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class ReirradiationService {
}
