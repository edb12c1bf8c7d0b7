package org.newsdigest.build;

/** The steps of a build, in the order they run; {@link #shownAs()} is what {@code build --timings} calls each. */
enum Phase {
    /** The templates, and the list of content files; shown as {@code templates}, the name it always had there. */
    LOAD("templates"),
    PARSE("parse"),
    MODEL("model"),
    RENDER("render"),
    CHECK("check"),
    PUBLISH("publish"),
    /** Keeps the manifest of the published site for the next build. */
    REMEMBER("cache");

    private final String shownAs;

    Phase(String shownAs) {
        this.shownAs = shownAs;
    }

    String shownAs() {
        return shownAs;
    }

    /** Up to and including publishing an interrupt still leaves the output as it was; after that it is too late. */
    boolean stopsOnInterrupt() {
        return compareTo(PUBLISH) <= 0;
    }
}
