package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rounds and their results, for other systems. Permissions are the use cases'; this class only translates. */
@RestController
@RequestMapping(path = "/api/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
class RoundsApi {

    private final ListRoundsUseCase listRounds;
    private final ListResultsUseCase listResults;

    RoundsApi(ListRoundsUseCase listRounds, ListResultsUseCase listResults) {
        this.listRounds = listRounds;
        this.listResults = listResults;
    }

    /** Every round, newest year first; every signed-in person may see which rounds exist. */
    @GetMapping
    List<ApiJson.Round> rounds() {
        return all(page -> listRounds.listRounds(new ListRounds(page))).stream().map(ApiJson.Round::of).toList();
    }

    /** All results of a round in rank order, units without a result last (admins and auditors). */
    @GetMapping("/{id}/results")
    List<ApiJson.Result> results(@PathVariable String id) {
        RoundId round = RoundId.of(id);
        return all(page -> listResults.listResults(new ListResults(round, page))).stream().map(ApiJson.Result::of).toList();
    }

    /** The use cases answer in pages of at most PageRequest.MAX_LIMIT rows; the API answers with all of them. */
    static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> rows = new ArrayList<>();
        while (true) {
            Page<T> page = query.apply(new PageRequest(rows.size(), PageRequest.MAX_LIMIT));
            rows.addAll(page.items());
            if (page.items().isEmpty() || rows.size() >= page.total()) {
                return rows;
            }
        }
    }
}
