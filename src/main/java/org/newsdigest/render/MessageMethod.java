package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
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
        return format(arguments, false);
    }

    private Object isolated(List arguments) throws TemplateModelException {
        String text = format(arguments, true);
        StringBuilder html = new StringBuilder();
        String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(text);
        List<String> texts = texts(arguments);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == START) {
                int end = escaped.indexOf(END, i);
                int index = Integer.parseInt(escaped.substring(i + 1, end));
                html.append("<bdi>").append(HTMLOutputFormat.INSTANCE.escapePlainText(texts.get(index))).append("</bdi>");
                i = end;
            } else {
                html.append(c);
            }
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }

    /** {@code msg.pluralForms("search.found", "{q}")}: each plural form's text, with {n} for the count (the first argument). */
    private Object pluralForms(List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg.pluralForms needs a message key, as in msg.pluralForms(\"search.found\", \"{q}\")");
        }
        Object[] others = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            others[i - 1] = arguments.get(i) instanceof TemplateNumberModel number ? number.getAsNumber()
                    : scalar(arguments.get(i), i);
        }
        try {
            return messages.pluralForms(scalar(arguments.get(0), 0), others);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private String format(List<?> arguments, boolean markTexts) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg needs a message key, as in msg(\"nav.latest\")");
        }
        String key = scalar(arguments.get(0), 0);
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            if (argument instanceof TemplateNumberModel number) {
                values[i - 1] = number.getAsNumber();
            } else {
                values[i - 1] = markTexts ? START + Integer.toString(i - 1) + END : scalar(argument, i);
            }
        }
        try {
            return messages.text(key, values);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static List<String> texts(List<?> arguments) throws TemplateModelException {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i++) {
            texts.add(arguments.get(i) instanceof TemplateNumberModel number ? number.getAsNumber().toString()
                    : scalar(arguments.get(i), i));
        }
        return texts;
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
