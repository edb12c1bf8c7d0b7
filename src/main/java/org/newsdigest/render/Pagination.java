package org.newsdigest.render;

import java.util.List;

/** How a list of items is cut into pages; shared by the list pages and the sitemap so they always agree. */
final class Pagination {

    private Pagination() {
    }

    /** At least one page, so an empty list still has its first page. */
    static int pageCount(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    /** The items on page {@code number} (1-based). */
    static <T> List<T> page(List<T> items, int number, int pageSize) {
        return items.subList(Math.min(items.size(), (number - 1) * pageSize), Math.min(items.size(), number * pageSize));
    }
}
