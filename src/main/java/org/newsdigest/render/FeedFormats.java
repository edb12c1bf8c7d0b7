package org.newsdigest.render;

import freemarker.core.CombinedMarkupOutputFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import java.util.List;

/**
 * The escaping rules of the feeds, one per kind of field, as FreeMarker output formats the feed templates name.
 *
 * <ul>
 * <li>{@link #XML_TEXT} ({@code FeedXML{InertText}}), the format of {@code feed.ftlx} and {@code atom.ftlx}: plain text, made
 * inert ({@link InertTextOutputFormat}) and then escaped for XML with hexadecimal references
 * ({@link FeedXmlOutputFormat}). For the fields whose format does not say whether they are text or HTML: RSS titles,
 * descriptions, names and categories, and Atom's person names and categories, which are not text constructs.</li>
 * <li>{@link #XML_HTML} ({@code FeedXML{HTML}}): an RSS item's {@code <description>}, which readers show as HTML,
 * escaped for HTML and then for XML, so it reads exactly as typed.</li>
 * <li>{@link #XML_HTML_TEXT} ({@code FeedXML{HTMLText}}): an Atom text construct declared {@code type="html"} (title,
 * subtitle, summary): {@code & < >} escaped for HTML ({@link HtmlTextOutputFormat}), then for XML, so it reads exactly
 * as typed in a reader that follows the type, and text without {@code & < >} reads as typed even in one that does
 * not.</li>
 * <li>{@code FeedXML} ({@link FeedXmlOutputFormat}): what is not text, such as addresses and dates, escaped for XML
 * only, so that an address keeps every character it has.</li>
 * <li>{@code JSONString} ({@link JsonStringOutputFormat}), the format of {@code feed.ftlj}: JSON Feed's fields are plain
 * text by its specification and JSON has no markup to mistake, so every value is the text as typed, escaped as JSON
 * string content only.</li>
 * </ul>
 */
final class FeedFormats {

    static final CombinedMarkupOutputFormat XML_TEXT =
            new CombinedMarkupOutputFormat(FeedXmlOutputFormat.INSTANCE, InertTextOutputFormat.INSTANCE);
    static final CombinedMarkupOutputFormat XML_HTML =
            new CombinedMarkupOutputFormat(FeedXmlOutputFormat.INSTANCE, HTMLOutputFormat.INSTANCE);
    static final CombinedMarkupOutputFormat XML_HTML_TEXT =
            new CombinedMarkupOutputFormat(FeedXmlOutputFormat.INSTANCE, HtmlTextOutputFormat.INSTANCE);

    /**
     * The formats the combined ones are made of, to register with FreeMarker. A template names a combined format as
     * {@code outer{inner}}, which FreeMarker makes from these ({@code <#outputformat "FeedXML{HTML}">}).
     */
    static final List<OutputFormat> REGISTERED = List.of(JsonStringOutputFormat.INSTANCE, FeedXmlOutputFormat.INSTANCE,
            InertTextOutputFormat.INSTANCE, HtmlTextOutputFormat.INSTANCE);

    private FeedFormats() {
    }
}
