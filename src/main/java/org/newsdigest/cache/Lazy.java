package org.newsdigest.cache;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A value made when first asked for, once, whichever thread asks. */
final class Lazy<T> {

    /** How the value is made; it may fail as reading a cache does. */
    interface Maker<T> {
        T make() throws IOException;
    }

    private Maker<T> maker;
    private T value;

    private Lazy(Maker<T> maker, T value) {
        this.maker = maker;
        this.value = value;
    }

    static <T> Lazy<T> of(T value) {
        return new Lazy<>(null, value);
    }

    static <T> Lazy<T> made(Maker<T> maker) {
        return new Lazy<>(maker, null);
    }

    synchronized T get() {
        if (maker != null) {
            try {
                value = maker.make();
            } catch (IOException e) {
                throw new UncheckedIOException("a cache entry checked when it was read no longer decodes", e);
            }
            maker = null;
        }
        return value;
    }
}
