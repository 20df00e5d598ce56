package com.pingyi.evaluation.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.domain.shared.DomainException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The round archive as JSON. Written in the archive records' own field order, indented, without absent
 * values, so that the same archive is always the same bytes. Read strictly: an unknown field, a number
 * where a decimal string belongs, or a string where a number belongs is refused with its JSON path.
 */
@Component
class JacksonRoundArchiveCodec implements RoundArchiveCodecPort {

    /** Far above a national round (3,000 units x 150 indicators), far below what would exhaust the heap. */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // decimals travel as strings: a JSON number would have passed through a double somewhere
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    @Override
    public byte[] write(RoundArchive archive) {
        return mapper.writeValueAsBytes(archive);
    }

    @Override
    public RoundArchive read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw invalid("$", "the file has " + content.length + " bytes, more than the " + MAX_BYTES + " an archive may have");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JacksonException e) {
            throw invalid(path(e), "not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("$", "not a JSON object");
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isString() || !RoundArchive.FORMAT.equals(format.asString())) {
            throw invalid("$.format", "not a round archive: expected \"" + RoundArchive.FORMAT + "\", found " + format);
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isInt() || version.asInt() != RoundArchive.FORMAT_VERSION) {
            throw invalid("$.formatVersion", "unsupported version " + version + ", this build reads "
                    + RoundArchive.FORMAT_VERSION);
        }
        try {
            return mapper.treeToValue(tree, RoundArchive.class);
        } catch (JacksonException e) {
            throw invalid(path(e), e.getOriginalMessage());
        }
    }

    private static DomainException invalid(String path, String detail) {
        return new DomainException("archive.invalid", path, detail);
    }

    /** Jackson's path as a JSON path: {@code $.scores[3].points}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
