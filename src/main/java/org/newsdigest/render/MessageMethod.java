package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.i18n.Messages;

/**
 * {@code msg} in every template: {@code ${msg("nav.latest")}}, {@code ${msg("terms.count", term.count)}} give a
 * message as text, which the template escapes like any other. {@code ${msg.isolated("article.readOriginal", domain)}}
 * gives HTML in which each text argument is wrapped in {@code <bdi>}, so a Latin name inside an Arabic sentence
 * keeps its own direction and does not reorder the words around it. {@code msg.pluralForms("search.found", "{q}")}
 * gives each plural form with {@code {n}} for the count, for the search script.
 */
final class MessageMethod implements TemplateMethodModelEx, TemplateHashModel {

    /** Stand for a text argument while the message is formatted and escaped; private-use, so never in a message. */
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private final Messages messages;
    private final TemplateMethodModelEx isolated = this::isolated;
    private final TemplateMethodModelEx pluralForms = this::pluralForms;

    MessageMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        return text(key(arguments, "msg"), values(arguments));
    }

    private Object isolated(List arguments) throws TemplateModelException {
        Object[] values = values(arguments);
        Object[] marked = values.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof String) {
                marked[i] = START + Integer.toString(i) + END;
            }
        }
        String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(text(key(arguments, "msg.isolated"), marked));
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == START) {
                int end = escaped.indexOf(END, i);
                String value = (String) values[Integer.parseInt(escaped.substring(i + 1, end))];
                html.append("<bdi>").append(HTMLOutputFormat.INSTANCE.escapePlainText(value)).append("</bdi>");
                i = end;
            } else {
                html.append(c);
            }
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }

    /** {@code msg.pluralForms("search.found", "{q}")}: each plural form's text, with {n} for the count (the first argument). */
    private Object pluralForms(List arguments) throws TemplateModelException {
        String key = key(arguments, "msg.pluralForms");
        try {
            return messages.pluralForms(key, values(arguments));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private String text(String key, Object[] values) throws TemplateModelException {
        try {
            return messages.text(key, values);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static String key(List<?> arguments, String method) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException(method + " needs a message key, as in " + method + "(\"nav.latest\")");
        }
        return scalar(arguments.get(0), 0);
    }

    /** The arguments after the key: numbers stay numbers (for plurals and the reader's digits), the rest is text. */
    private static Object[] values(List<?> arguments) throws TemplateModelException {
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = arguments.get(i) instanceof TemplateNumberModel number ? number.getAsNumber() : scalar(arguments.get(i), i);
        }
        return values;
    }

    private static String scalar(Object argument, int index) throws TemplateModelException {
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("msg's argument " + (index + 1) + " must be text or a number, not markup or a list");
    }

    @Override
    public TemplateModel get(String name) throws TemplateModelException {
        return switch (name) {
            case "isolated" -> isolated;
            case "pluralForms" -> pluralForms;
            default -> throw new TemplateModelException("msg has no " + Quote.of(name)
                    + "; use msg(\"key\", …), msg.isolated(\"key\", …) or msg.pluralForms(\"key\", …)");
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
