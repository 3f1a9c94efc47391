package org.reirradiation.api;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what. The admin endpoints need the administrator of {@code kb.admin.*} over HTTP Basic
 * (closed with 403 when none is configured); the rest of the service is open ({@code kb.api.auth=none},
 * the default for local use) or needs an API credential ({@code basic} or {@code bearer}); health and
 * info are always open, for the platform's probes. Stateless: no session, no cookie, hence no CSRF
 * token, with cross-site admin requests refused instead ({@link CrossSiteRequests}). Spring Security's
 * default headers stay on (nosniff, frame denial, no caching, HSTS on HTTPS only); CORS only for the
 * origins of {@code kb.cors.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessSettings.class)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** A bean of this type also keeps Spring Boot from creating its default user with a generated password. */
    @Bean
    UserDetailsService userDetailsService(AccessSettings settings) {
        return Credentials.users(settings);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Credentials.passwordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessSettings settings) throws Exception {
        SecurityProblems problems = new SecurityProblems(settings);
        AccessSettings.ApiAuth mode = settings.api().auth();
        if (!settings.admin().configured()) {
            LOG.info("Administration is disabled (kb.admin.username and kb.admin.password are not both set): "
                    + "{} answers 403", ReloadController.PATH);
        }
        LOG.info("API authentication: {}; CORS: {}", mode.name().toLowerCase(),
                settings.cors().allowedOrigins().isEmpty() ? "off" : settings.cors().allowedOrigins());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    // the error page renders an error that the request already met; it grants nothing
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(ReloadController.PATH).access(administrator(settings));
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    if (mode == AccessSettings.ApiAuth.NONE) {
                        requests.anyRequest().permitAll();
                    } else {
                        requests.anyRequest().hasAnyRole(Credentials.API, Credentials.ADMIN);
                    }
                });
        if (mode == AccessSettings.ApiAuth.BEARER) {
            http.addFilterBefore(new BearerTokenFilter(new Credentials.Tokens(settings.api().tokens()), problems),
                    BasicAuthenticationFilter.class);
        }
        if (settings.cors().allowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(cors(settings.cors().allowedOrigins())));
        }
        return http.build();
    }

    /** The administrator's role, from a page of this service or from a program, never from another site. */
    private static AuthorizationManager<RequestAuthorizationContext> administrator(AccessSettings settings) {
        if (!settings.admin().configured()) {
            return (authentication, context) -> new AuthorizationDecision(false);
        }
        return (authentication, context) -> new AuthorizationDecision(hasRole(authentication.get(), Credentials.ADMIN)
                && !CrossSiteRequests.isCrossSite(context.getRequest()));
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
    }

    /** Calls from the configured origins' pages: the API's methods and headers, the request id readable. */
    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins.stream().map(String::strip).toList());
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION, RequestIds.HEADER));
        configuration.setExposedHeaders(List.of(RequestIds.HEADER));
        // credentials travel in the Authorization header that the page sets, never as ambient cookies
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
