package com.pingyi.evaluation.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_maps_lists_and_exact_decimals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", "黄浦区教育局");
        m.put("rate", new BigDecimal("92.50"));
        m.put("tiny", new BigDecimal("1E-12"));
        m.put("vetoed", false);
        m.put("ranks", List.of(1, 2L));
        m.put("none", null);

        assertThat(Json.write(m)).isEqualTo(
                "{\"unit\":\"黄浦区教育局\",\"rate\":92.50,\"tiny\":0.000000000001,\"vetoed\":false,\"ranks\":[1,2],\"none\":null}");
    }

    @Test
    void escapes_what_json_requires() {
        assertThat(Json.write("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
