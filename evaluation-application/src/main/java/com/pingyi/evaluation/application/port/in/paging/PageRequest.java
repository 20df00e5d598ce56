package com.pingyi.evaluation.application.port.in.paging;

/**
 * One page of a query, as the application's own record so that no framework type crosses a port.
 * {@code offset} is the index of the first row; {@code limit} the most rows to return.
 */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("page offset must be >= 0, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be within 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
