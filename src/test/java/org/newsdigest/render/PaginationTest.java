package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages a pager links to: never all of them, so a long list does not link every page from every page. */
class PaginationTest {

    @Test
    void aShortListLinksEveryPage() {
        assertEquals(List.of(1), Pagination.pagerNumbers(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5), Pagination.pagerNumbers(3, 5));
        assertEquals(List.of(1, 2, 3, 4), Pagination.pagerNumbers(1, 4));
    }

    @Test
    void aLongListLinksTheEndsAndTwoPagesEitherSideOfTheCurrentOne() {
        assertEquals(List.of(1, 2, 3, 1500), Pagination.pagerNumbers(1, 1500));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 1500), Pagination.pagerNumbers(5, 1500));
        assertEquals(List.of(1, 4, 5, 6, 7, 8, 1500), Pagination.pagerNumbers(6, 1500));
        assertEquals(List.of(1, 748, 749, 750, 751, 752, 1500), Pagination.pagerNumbers(750, 1500));
        assertEquals(List.of(1, 1498, 1499, 1500), Pagination.pagerNumbers(1500, 1500));
    }

    @Test
    void pagesOfAListAreCutByPageSize() {
        assertEquals(3, Pagination.pageCount(41, 20));
        assertEquals(1, Pagination.pageCount(0, 20));
        assertEquals(List.of(41), Pagination.page(List.of(1, 2, 3, 41), 2, 3));
    }
}
