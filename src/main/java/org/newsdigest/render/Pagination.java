package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;

/** How a list of items is cut into pages; shared by the list pages and the sitemap so they always agree. */
final class Pagination {

    private Pagination() {
    }

    /** How many pages on each side of the current one a pager links to, besides the first and the last. */
    static final int NEIGHBOURS = 2;

    /**
     * The page numbers a pager shows on page {@code current} of {@code total}, in order: the first, the last, and
     * those near the current one. A gap of a single page shows that page instead, since "…" would take its place.
     */
    static List<Integer> pagerNumbers(int current, int total) {
        int from = current - NEIGHBOURS == 3 ? 2 : current - NEIGHBOURS;
        int to = current + NEIGHBOURS == total - 2 ? total - 1 : current + NEIGHBOURS;
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || (n >= from && n <= to)) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    /** At least one page, so an empty list still has its first page. */
    static int pageCount(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    /** The items on page {@code number} (1-based). */
    static <T> List<T> page(List<T> items, int number, int pageSize) {
        return items.subList(Math.min(items.size(), (number - 1) * pageSize), Math.min(items.size(), number * pageSize));
    }

    /** A list page's title: the list's own on its first page, with the page's number on the others. */
    static String pageTitle(String title, int number, int total) {
        return number == 1 ? title : title + " (page " + number + " of " + total + ")";
    }
}
