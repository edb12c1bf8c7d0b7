package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The render's work cut into parts for the build's threads, in the order of the site's kinds of output (article pages,
 * then the front page, topics, …), which is the order {@link SiteRenderer} reports failures in. A long list of pages
 * (the providers' pages, the date archives, the feeds) is cut into parts of about {@link #partCost} each, a
 * <em>run</em>: its parts are the list, one after the other, so a failure in it is reported as the list would have
 * met it alone. A part that cannot be cut is a run of its own. The threads take the parts costliest first
 * ({@link #costliestFirst}), so that no thread is left with a long part once the others are done.
 *
 * <p>A cost is a rough guess in "cards": the work of one article's card on a list page. Measured at 10,000 articles,
 * a page besides its cards (its head, header, footer and pager) costs about six, an article's page about eleven.
 */
final class RenderPlan {

    /** What a page of HTML costs besides what it lists. */
    static final int PAGE_COST = 6;

    /** Renders some of the site's files. */
    interface Work {
        void render(PageEmitter out) throws TemplateFailure;
    }

    /** One page (or one file) of a list, and a guess at what it costs. */
    record Piece(int cost, Work work) {
    }

    /** What one thread renders at a time; {@code run} numbers the run it belongs to, in order. */
    record Part(int run, int cost, Work work) {
    }

    private final int partCost;
    private final List<Part> parts = new ArrayList<>();
    private int runs;

    /** @param partCost the most a part made of pieces costs, besides its last piece */
    RenderPlan(int partCost) {
        this.partCost = partCost;
    }

    /** A part that cannot be cut, costing about {@code cost}: a run of its own. */
    RenderPlan whole(int cost, Work work) {
        parts.add(new Part(runs++, cost, work));
        return this;
    }

    /** The pieces in their order, cut into parts of about {@link #partCost}: one run. An empty list adds nothing. */
    RenderPlan run(List<Piece> pieces) {
        int run = runs++;
        int from = 0;
        while (from < pieces.size()) {
            int cost = 0;
            int to = from;
            while (to < pieces.size() && (to == from || cost + pieces.get(to).cost() <= partCost)) {
                cost += pieces.get(to).cost();
                to++;
            }
            List<Piece> slice = pieces.subList(from, to);
            parts.add(new Part(run, cost, out -> {
                for (Piece piece : slice) {
                    piece.work().render(out);
                }
            }));
            from = to;
        }
        return this;
    }

    /** Every part, in the order failures are reported in. */
    List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The indexes of {@link #parts()} from the costliest part to the cheapest; of equal costs, the earlier first. */
    List<Integer> costliestFirst() {
        return IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> parts.get(i).cost()).reversed())
                .toList();
    }
}
