package com.pingyi.evaluation.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /api/rounds} and {@code GET /api/rounds/{id}/results} on the demo round, for every role. */
class RoundsApiTest extends ApiTestSupport {

    @Test
    void every_signed_in_role_lists_the_rounds_as_id_year_title_status() throws Exception {
        for (RequestPostProcessor caller : List.of(admin(), auditor(), expert(), unitContact())) {
            String json = mvc.perform(get("/api/rounds").with(caller))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse().getContentAsString();

            List<Map<String, Object>> rounds = JsonPath.read(json, "$");
            assertThat(rounds).singleElement().satisfies(round -> {
                assertThat(round).containsOnlyKeys("id", "year", "title", "status");
                assertThat(round).containsEntry("year", 2019).containsEntry("status", "PUBLISHED");
                assertThat((String) round.get("title")).contains("2019");
            });
        }
    }

    @Test
    void admins_and_auditors_get_every_result_in_rank_order_with_the_rate_as_a_decimal_string() throws Exception {
        String round = demoRound();
        for (RequestPostProcessor caller : List.of(admin(), auditor())) {
            String json = mvc.perform(get("/api/rounds/{id}/results", round).with(caller))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            List<Map<String, Object>> results = JsonPath.read(json, "$");
            assertThat(results).hasSize(16);
            assertThat(results.getFirst()).containsOnlyKeys("unitCode", "unitName", "rank", "scoreRate", "band", "named")
                    .containsEntry("unitName", "黄浦区教育局").containsEntry("rank", 1).containsEntry("band", "优秀").containsEntry("named", true);
            assertThat(results).allSatisfy(r -> assertThat(r.get("scoreRate")).isInstanceOf(String.class));
            assertThat(results).extracting(r -> (String) r.get("scoreRate")).allMatch(rate -> rate.matches("\\d{1,3}\\.\\d{2}"));
            assertThat(results).extracting(r -> (Integer) r.get("rank")).isSorted();
            assertThat(results).extracting(r -> new java.math.BigDecimal((String) r.get("scoreRate")))
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            // The seed's bands, in the seed's order: 3 excellent, 2 good, 10 pass, and 宝山 below 60% and not named.
            assertThat(results).extracting(r -> (String) r.get("unitName")).startsWith("黄浦区教育局", "杨浦区教育局", "闵行区教育局",
                    "金山区教育局", "普陀区教育局", "松江区教育局");
            assertThat(results.getLast()).containsEntry("unitName", "宝山区教育局").containsEntry("named", false);
        }
    }

    @Test
    void experts_and_unit_contacts_may_not_read_a_round_s_results() throws Exception {
        String round = demoRound();
        for (RequestPostProcessor caller : List.of(expert(), unitContact())) {
            mvc.perform(get("/api/rounds/{id}/results", round).with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:pingyi:problem:forbidden"));
        }
        mvc.perform(get("/api/rounds/{id}/results", round)).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_round_is_404_and_a_malformed_id_400_each_naming_the_rule() throws Exception {
        mvc.perform(get("/api/rounds/{id}/results", UNKNOWN_ROUND.toString()).with(auditor()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("round.not-found"))
                .andExpect(jsonPath("$.detail").value(containsString(UNKNOWN_ROUND.toString())));

        mvc.perform(get("/api/rounds/{id}/results", "not-a-round").with(auditor()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:bad-request"))
                .andExpect(jsonPath("$.rule").value("round.id.malformed"))
                .andExpect(jsonPath("$.detail").value("Round id \"not-a-round\" is malformed."))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void all_pages_of_a_use_case_are_gathered_not_only_the_first() {
        List<Integer> rows = java.util.stream.IntStream.range(0, 1_201).boxed().toList();
        List<Integer> asked = new java.util.ArrayList<>();

        List<Integer> all = RoundsApi.all(page -> {
            asked.add(page.offset());
            int to = Math.min(page.offset() + page.limit(), rows.size());
            return new com.pingyi.evaluation.application.port.in.paging.Page<>(rows.subList(page.offset(), to), rows.size());
        });

        assertThat(all).isEqualTo(rows);
        assertThat(asked).containsExactly(0, 500, 1000);
    }

    private String demoRound() throws Exception {
        return JsonPath.read(mvc.perform(get("/api/rounds").with(admin())).andReturn().getResponse().getContentAsString(), "$[0].id");
    }
}
