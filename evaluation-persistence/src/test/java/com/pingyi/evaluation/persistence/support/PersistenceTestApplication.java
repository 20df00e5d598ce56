package com.pingyi.evaluation.persistence.support;

import com.pingyi.evaluation.persistence.config.PersistenceConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The adapter alone, with Spring Boot's JPA and Flyway set-up, as the app assembles it. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
public class PersistenceTestApplication {
}
