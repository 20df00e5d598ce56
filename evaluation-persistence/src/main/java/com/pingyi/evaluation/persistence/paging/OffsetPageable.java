package com.pingyi.evaluation.persistence.paging;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A Spring Data page by offset and limit. Spring's own PageRequest counts pages, but a lazy grid
 * asks for any offset, which need not be a multiple of its page size.
 */
public final class OffsetPageable implements Pageable {

    private final long offset;
    private final int limit;
    private final Sort sort;

    private OffsetPageable(long offset, int limit, Sort sort) {
        this.offset = offset;
        this.limit = limit;
        this.sort = Objects.requireNonNull(sort);
    }

    public static OffsetPageable of(PageRequest page) {
        return new OffsetPageable(page.offset(), page.limit(), Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageable(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPageable(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageable(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageable((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetPageable other && offset == other.offset && limit == other.limit && sort.equals(other.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, limit, sort);
    }

    @Override
    public String toString() {
        return "OffsetPageable[offset=" + offset + ", limit=" + limit + "]";
    }
}
