package org.reirradiation.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The HTTP service: the assessment facade behind {@code /api/v1}, the catalogue of the knowledge base
 * in force, and the actuator's health. Started by {@link ServiceLauncher}. Component scanning stays
 * inside this package: the library packages know nothing of Spring.
 */
@SpringBootApplication(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class ReirradiationService {
}
