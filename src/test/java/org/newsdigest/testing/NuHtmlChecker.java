package org.newsdigest.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.types.MessageType;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (vnu), run in-process the way its own command-line client runs it on an {@code .html} file:
 * {@link SimpleDocumentValidator} with the HTML5 + RDFa Lite schema that ships inside the checker's jar (nothing is
 * fetched over the network), and the checker's own {@link MessageEmitterAdapter} deciding what is an error, what is
 * only a warning, and which messages it filters out by default. Each message lands in a list instead of on stderr.
 * Unlike the command line, language detection is off: it only ever adds warnings.
 *
 * <p>Loading the schema takes about half a second, so make one checker and reuse it for every page; the checker is
 * not thread-safe, so {@code check} is synchronized.
 */
public final class NuHtmlChecker {

    /** The schema {@code vnu} uses for {@code .html} files. */
    public static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    /**
     * One message of the checker, with the 1-based position of its start (or of its end, if it has no start).
     *
     * @param type the checker's own name for the kind, as vnu prints it: {@code error}, {@code error fatal},
     *             {@code info}, {@code info warning}, {@code non-document-error io}, ...
     * @param error true unless the checker files it under "info" (info and warnings are advice; errors, fatal
     *              errors, and failures to check at all are not)
     */
    public record Message(String type, boolean error, int line, int column, String text) {

        /** {@code page:line:col: message}, as compilers print positions; a kind other than a plain error follows it. */
        public String format(String page) {
            return page + ":" + line + ":" + column + ": " + text + (type.equals("error") ? "" : " [" + type + "]");
        }
    }

    private final SimpleDocumentValidator validator;

    public NuHtmlChecker() {
        configureCheckerLogging();
        // false: leave log4j's global set-up alone (see configureCheckerLogging); false: no URLs to log;
        // false: no language detection
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new ThrowingErrorHandler());
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not load its bundled schema " + HTML_SCHEMA, e);
        }
    }

    /**
     * The checker logs through log4j 1.2. Its own set-up would send every logger of the JVM to the console at DEBUG,
     * so only its {@code nu.validator} loggers get a console here, at WARN, with {@code nu.validator.source} at
     * FATAL as the checker itself configures it; without any, log4j complains that it has no appender.
     */
    private static synchronized void configureCheckerLogging() {
        Logger checkerLogs = Logger.getLogger("nu.validator");
        if (checkerLogs.getAllAppenders().hasMoreElements()) {
            return;
        }
        checkerLogs.setLevel(Level.WARN);
        checkerLogs.setAdditivity(false);
        checkerLogs.addAppender(new ConsoleAppender(new PatternLayout("%c - %m%n"), ConsoleAppender.SYSTEM_ERR));
        Logger.getLogger("nu.validator.source").setLevel(Level.FATAL);
    }

    /** Every message for the HTML page in {@code file}, read as UTF-8, in document order. */
    public synchronized List<Message> check(Path file) {
        try {
            Collector collector = start(file.toUri().toString());
            validator.checkHtmlFile(file.toFile(), true);
            return collector.messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker failed on " + file, e);
        }
    }

    /** Every message for the HTML page {@code html}; {@code systemId} names it in messages. */
    public synchronized List<Message> check(String html, String systemId) {
        try {
            Collector collector = start(systemId);
            InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            input.setSystemId(systemId);
            validator.checkHtmlInputSource(input);
            return collector.messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker failed on " + systemId, e);
        }
    }

    /** A fresh adapter per page, so its counters (and its "stop after a fatal error") never carry over. */
    private Collector start(String systemId) throws SAXException {
        Collector collector = new Collector();
        MessageEmitterAdapter adapter = new MessageEmitterAdapter(null, validator.getSourceCode(), false,
                new ImageCollector(validator.getSourceCode()), 0, true, collector);
        adapter.setHtml(true);
        adapter.start(systemId);
        // no streaming (noStream = false) and no external entities: the same as vnu's defaults
        validator.setUpValidatorAndParsers(adapter, false, false);
        return collector;
    }

    /** Gathers what the adapter would have printed. */
    private static final class Collector extends MessageEmitter implements MessageTextHandler {

        final List<Message> messages = new ArrayList<>();
        private MessageType type;
        private int line;
        private int column;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
                int lastColumn, boolean exact) {
            this.type = type;
            boolean hasStart = firstLine != -1;
            this.line = hasStart ? firstLine : lastLine;
            this.column = hasStart ? firstColumn : lastColumn;
            text.setLength(0);
        }

        @Override
        public MessageTextHandler startText() {
            return this;
        }

        @Override
        public void endMessage() {
            boolean error = !"info".equals(type.getSuperType());
            messages.add(new Message(type.getFlatType(), error, line, column, text.toString().strip()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void startCode() {
            text.append('“');
        }

        @Override
        public void endCode() {
            text.append('”');
        }

        @Override
        public void startLink(String href, String title) {
        }

        @Override
        public void endLink() {
        }
    }

    /** The bundled schema is the checker's own: any problem reading it is a broken set-up, not a page error. */
    private static final class ThrowingErrorHandler implements org.xml.sax.ErrorHandler {

        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
