package org.newsdigest.render;

/**
 * Where a render puts its files, and what the last published build left there. A page whose template data has the
 * fingerprint the last build recorded for it is kept, not rendered again; implementations must be thread-safe,
 * because the kinds of output render at the same time.
 */
public interface RenderTarget {

    /** True when the last published build wrote {@code path} from data with this fingerprint. */
    boolean holds(String path, long fingerprint);

    /** {@code path} stays as the last build wrote it. */
    void keep(String path, long fingerprint);

    void write(RenderedPage page, long fingerprint);

    /**
     * False when no page of the last build can be kept (a full build): every page is rendered, so what its key is
     * made of is not worth holding from one page to the next.
     */
    default boolean mayKeepPages() {
        return true;
    }
}
