package com.pingyi.evaluation.wiring;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the API's OpenAPI document (springdoc builds the paths from ui.api's controllers): its
 * title, and HTTP Basic as the one way to call it. Kept here, with the wiring, so that the API adapter
 * itself stays free of documentation-library types.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI pingyiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Pingyi API").version("1")
                        .description("Rounds, results, the notice and score import for other systems. HTTP Basic with a Pingyi account; "
                                + "the account's roles decide what it may call, as in the web UI. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
