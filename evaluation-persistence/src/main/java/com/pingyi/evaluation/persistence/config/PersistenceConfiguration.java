package com.pingyi.evaluation.persistence.config;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The adapter plugs itself in: the app scans this package at run time and never names a class of
 * this module, so nothing outside Spring's wiring can reach an entity or a repository.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "com.pingyi.evaluation.persistence")
@EnableJpaRepositories(basePackages = "com.pingyi.evaluation.persistence")
@EntityScan(basePackages = "com.pingyi.evaluation.persistence")
public class PersistenceConfiguration {
}
