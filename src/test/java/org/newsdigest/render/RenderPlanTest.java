package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsdigest.render.RenderPlan.Part;
import org.newsdigest.render.RenderPlan.Piece;

/** The render's work, cut into parts the threads share out, without a page lost, repeated or moved. */
class RenderPlanTest {

    @Test
    void aLongListIsCutIntoPartsOfBoundedCostThatRenderEveryPageOnceInOrder() throws TemplateFailure {
        List<String> rendered = new ArrayList<>();
        List<Piece> pages = IntStream.range(0, 100)
                .mapToObj(i -> new Piece(1 + i % 7, out -> rendered.add("page " + i))).toList();

        List<Part> parts = new RenderPlan(20).run(pages).parts();

        for (Part part : parts) {
            part.work().render(null);
            assertEquals(0, part.run());
        }
        assertEquals(IntStream.range(0, 100).mapToObj(i -> "page " + i).toList(), rendered);
        assertTrue(parts.size() > 10, "parts: " + parts.size());
        assertTrue(parts.stream().allMatch(part -> part.cost() <= 20), "no part costs more than the bound");
        assertEquals(pages.stream().mapToInt(Piece::cost).sum(), parts.stream().mapToInt(Part::cost).sum());
    }

    @Test
    void aPageCostlierThanTheBoundIsAPartOfItsOwn() {
        List<Part> parts = new RenderPlan(10).run(List.of(new Piece(3, out -> { }), new Piece(50, out -> { }),
                new Piece(3, out -> { }))).parts();

        assertEquals(List.of(3, 50, 3), parts.stream().map(Part::cost).toList());
    }

    @Test
    void eachListAndEachWholeFileIsARunOfItsOwnInTheOrderAdded() {
        List<Part> parts = new RenderPlan(10)
                .run(List.of(new Piece(6, out -> { }), new Piece(6, out -> { })))
                .whole(100, out -> { })
                .run(List.of())
                .run(List.of(new Piece(1, out -> { })))
                .parts();

        assertEquals(List.of(0, 0, 1, 3), parts.stream().map(Part::run).toList());
    }

    @Test
    void theThreadsTakeTheCostliestPartsFirstAndOfEqualCostsTheEarlier() {
        RenderPlan plan = new RenderPlan(10)
                .run(List.of(new Piece(6, out -> { }), new Piece(6, out -> { }), new Piece(2, out -> { })))
                .whole(100, out -> { })
                .whole(8, out -> { });

        assertEquals(List.of(6, 8, 100, 8), plan.parts().stream().map(Part::cost).toList());
        assertEquals(List.of(2, 1, 3, 0), plan.costliestFirst());
    }
}
