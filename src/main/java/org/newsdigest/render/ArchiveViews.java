package org.newsdigest.render;

import java.util.List;
import org.newsdigest.render.Views.LinkView;

/** What a date archive page lists: its articles as headlines, under the days they are filed under. */
public final class ArchiveViews {

    private ArchiveViews() {
    }

    /**
     * One article in a date archive, as a line of a list: its headline ({@code title}) linking its page ({@code url}),
     * its {@code provider}, and when it was published: {@code dateIso} for {@code <time datetime>}, {@code time} of day
     * ({@code 14:05}) and {@code dateReadable} ({@code 29 July 2021}), both in the site's zone and language. Only what
     * the line can show, so an edit of an article's excerpt, topics or picture renders no archive page again.
     */
    public record ArchiveEntryView(String title, String url, LinkView provider, String dateIso, String dateReadable,
            String time) {
    }

    /**
     * The articles of one day on an archive page, newest first: {@code heading} ({@code 29 July 2021}), {@code date}
     * for {@code <time datetime>} ({@code 2021-07-29}), {@code url} the day's archive. A page of a month or a year has
     * one for each day it shows; a day's page has one, its own.
     */
    public record ArchiveDayView(String heading, String date, String url, List<ArchiveEntryView> entries) {

        public ArchiveDayView {
            entries = List.copyOf(entries);
        }
    }
}
