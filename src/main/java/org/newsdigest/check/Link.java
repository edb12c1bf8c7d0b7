package org.newsdigest.check;

/**
 * A link of a page. {@code index} is its place in the page's links in document order; line and column are 0 when
 * unknown.
 */
record Link(String page, int index, int line, int column, String target) {
}
