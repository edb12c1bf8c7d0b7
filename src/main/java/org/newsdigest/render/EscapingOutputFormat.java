package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker markup output format that is one escaping rule: its name (what a template names in {@code
 * <#outputformat>}), its MIME type, the function that escapes plain text, and the legacy built-ins ({@code ?xml},
 * {@code ?json_string}…) that it makes do nothing, because the format already escapes what they would. Each rule of
 * the feeds and the JSON templates is one subclass that says only these.
 */
abstract class EscapingOutputFormat extends CommonMarkupOutputFormat<EscapingOutputFormat.Escaped> {

    private final String name;
    private final String mimeType;
    private final Set<String> bypassedBuiltIns;
    private final UnaryOperator<String> escape;

    EscapingOutputFormat(String name, String mimeType, Set<String> bypassedBuiltIns, UnaryOperator<String> escape) {
        this.name = name;
        this.mimeType = mimeType;
        this.bypassedBuiltIns = Set.copyOf(bypassedBuiltIns);
        this.escape = escape;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final String getMimeType() {
        return mimeType;
    }

    @Override
    public final void output(String text, Writer out) throws IOException {
        out.write(escape.apply(text));
    }

    @Override
    public final String escapePlainText(String text) {
        return escape.apply(text);
    }

    @Override
    public final boolean isLegacyBuiltInBypassed(String builtInName) {
        return bypassedBuiltIns.contains(builtInName);
    }

    @Override
    protected final Escaped newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Escaped(this, plainTextContent, markupContent);
    }

    /** A piece of text in one of these formats, escaped or still to be. */
    static final class Escaped extends CommonTemplateMarkupOutputModel<Escaped> {
        private final EscapingOutputFormat format;

        Escaped(EscapingOutputFormat format, String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
            this.format = format;
        }

        @Override
        public EscapingOutputFormat getOutputFormat() {
            return format;
        }
    }
}
