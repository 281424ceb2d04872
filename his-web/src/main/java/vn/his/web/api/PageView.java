package vn.his.web.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page number (from 0), the page size and the total number of items. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public <R> PageView<R> map(Function<T, R> f) {
        return new PageView<>(items.stream().map(f).toList(), page, size, total);
    }

    /** Refuses a page below 0 or a size outside 1..{@link #MAX_SIZE} (400). */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("api.page.invalid", "page", MAX_SIZE);
        }
    }
}
