package org.newsdigest.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.SourcePosition;
import org.newsdigest.diagnostic.XmlCharacters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Reads one YAML document into {@link YamlValue}s. Only composes nodes (never constructs Java objects), so a
 * global tag such as {@code !!javax.script.ScriptEngineManager} can never become an object; snakeyaml's
 * default tag inspector already refuses it, and any other explicit tag reads as {@link YamlScalar.Kind#OTHER}.
 * Characters XML 1.0 forbids (which YAML escapes such as {@code "\x01"} can produce) are removed from scalars.
 */
public final class YamlReader {

    /** Nesting deeper than this is not something an article or config needs. */
    static final int MAX_DEPTH = 40;
    /** Values after alias expansion; a billion-laughs document hits this long before it costs memory. */
    static final int MAX_VALUES = 200_000;
    static final int MAX_ALIASES = 50;
    private static final String TOO_DEEP = "the YAML is nested more than " + MAX_DEPTH + " levels deep; flatten it";

    private final int codePointLimit;
    /**
     * Tags plain scalars (bool, int, …). Only read once built, so one serves every file and thread; a whole
     * {@code Yaml} per file also built a constructor and a representer that composing never uses.
     */
    private final Resolver resolver = new Resolver();

    public YamlReader(int codePointLimit) {
        this.codePointLimit = codePointLimit;
    }

    /**
     * @param firstLine the file line the YAML text starts on (1-based), so positions point into the file
     * @return the document, or empty when it could not be read (the reason is in {@code problems})
     */
    public Optional<YamlValue> read(String yaml, Path file, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // behind DocumentRules, which must see these crossed first to say where: the composer counts a level deeper
        // before it takes the node's event, DocumentRules when it is taken
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(codePointLimit);
        options.setAllowRecursiveKeys(false);
        // a string has at least as many chars as code points: only a long one needs counting
        int length = yaml.length() <= codePointLimit ? 0 : yaml.codePointCount(0, yaml.length());
        if (length > codePointLimit) {
            // snakeyaml would stop at the limit too, in words that say neither how long the text is nor what to do
            problems.add(Problem.error(SourcePosition.of(file, firstLine), "the YAML is " + length
                    + " characters long, over the limit of " + codePointLimit + "; shorten it"));
            return Optional.empty();
        }
        Node root;
        try {
            root = new Composer(new DocumentRules(new ParserImpl(new StreamReader(new StringReader(yaml)), options)),
                    resolver, options).getSingleNode();
        } catch (DocumentRules.BrokenRule e) {
            problems.add(broken(e.broken(), yaml, file, firstLine));
            return Optional.empty();
        } catch (ScannerException e) {
            problems.add(scannerProblem(e, yaml, file, firstLine));
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(e, yaml, file, firstLine));
            return Optional.empty();
        } catch (ReaderException e) {
            problems.add(Problem.error(position(file, firstLine, yaml, e.getPosition()), String.format(Locale.ROOT,
                    "the character U+%04X is not allowed in YAML; remove it, or write it as \"\\u%04X\" inside double quotes",
                    e.getCodePoint(), e.getCodePoint())));
            return Optional.empty();
        } catch (YAMLException e) {
            // snakeyaml's own limits, behind the checks above; it gives them no mark
            problems.add(Problem.error(SourcePosition.of(file, firstLine), "the YAML cannot be read: " + oneLine(e.getMessage())
                    + "; check its syntax"));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        Conversion conversion = new Conversion(file, firstLine, problems);
        try {
            return Optional.of(conversion.convert(root, 0));
        } catch (TooLarge e) {
            problems.add(Problem.error(conversion.position(root), e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Removes the characters a YAML stream may not hold (C0 controls other than tab and line breaks, DEL, C1 controls
     * other than U+0085, surrogates, U+FFFE and U+FFFF: all that snakeyaml's reader refuses), warning at each one's line and column with its code point,
     * so that one stray byte from a pipeline costs that character rather than the whole article.
     *
     * @param firstLine the file line the YAML text starts on (1-based)
     */
    public static String withoutUnreadableCharacters(String yaml, Path file, int firstLine, Problems problems) {
        if (isReadable(yaml)) {
            return yaml;
        }
        StringBuilder kept = new StringBuilder(yaml.length());
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < yaml.length(); ) {
            int cp = yaml.codePointAt(i);
            i += Character.charCount(cp);
            if (isReadable(cp)) {
                kept.appendCodePoint(cp);
            } else {
                problems.warning(new SourcePosition(file, line, column), String.format(Locale.ROOT,
                        "the character U+%04X is not allowed in YAML; found it here and removed it; delete it from the file, "
                                + "or write it as \"\\u%04X\" inside double quotes", cp, cp));
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return kept.toString();
    }

    private static boolean isReadable(String yaml) {
        for (int i = 0; i < yaml.length(); ) {
            char c = yaml.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n' || c >= 0xA0 && c <= 0xD7FF) {
                i++;
                continue;
            }
            int cp = yaml.codePointAt(i);
            if (!isReadable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** What snakeyaml's reader accepts (YAML 1.1's printable set). */
    private static boolean isReadable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static Problem broken(DocumentRules.Broken broken, String yaml, Path file, int firstLine) {
        SourcePosition at = position(file, firstLine, broken.mark());
        if (broken instanceof DocumentRules.SecondDocument second) {
            return Problem.error(at, "a second YAML document starts here; found " + Quote.of(line(yaml, second.mark()))
                    + "; there must be only one: remove this line, and merge what follows it into what comes before");
        } else if (broken instanceof DocumentRules.GlobalTag global) {
            return Problem.error(at, "a global tag is not allowed; found " + Quote.of(oneLine(global.tag())) + "; remove the tag");
        } else if (broken instanceof DocumentRules.TooDeep deep) {
            return Problem.error(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep; found "
                    + Quote.of(line(yaml, deep.mark()).strip()) + "; flatten it");
        }
        DocumentRules.TooManyAliases aliases = (DocumentRules.TooManyAliases) broken;
        return Problem.error(at, "too many aliases (more than " + MAX_ALIASES + "); found " + Quote.of("*" + aliases.anchor())
                + ", alias number " + aliases.number() + "; write the values out instead of using anchors");
    }

    /**
     * The scanner's failures that have a message of their own, told apart by where their marks point: a quoted value
     * never closed (the scanner reached the end of the text inside it); a tab where a token should start or a tag
     * should end; a {@code :} that cannot start a value.
     */
    private static Problem scannerProblem(ScannerException e, String yaml, Path file, int firstLine) {
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        int atContext = codePointAt(yaml, contextMark);
        if ((atContext == '"' || atContext == '\'') && codePointAt(yaml, problemMark) == END
                && !closes(yaml, contextMark.getIndex())) {
            // the end of the header is where snakeyaml gave up, not where the mistake is: point at the opening quote
            return Problem.error(position(file, firstLine, contextMark), "a quoted value is never closed; found "
                    + Quote.of(line(yaml, contextMark)) + "; add the closing quote");
        }
        if (codePointAt(yaml, problemMark) == '\t' && (contextMark == null || atContext == '!')) {
            SourcePosition at = position(file, firstLine, problemMark);
            String line = line(yaml, problemMark);
            String before = line.substring(0, Math.min(problemMark.getColumn(), line.length()));
            if (!before.isBlank()) {
                return Problem.error(at, "a tab after " + Quote.of(before.strip()) + " is not allowed; found "
                        + Quote.of(line) + "; YAML separates a key from its value with a space: replace the tab with a space");
            }
            return Problem.error(at, "a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces");
        }
        return syntaxError(e, yaml, file, firstLine);
    }

    /** Any other failure, in snakeyaml's words, with the line it points at. */
    private static Problem syntaxError(MarkedYAMLException e, String yaml, Path file, int firstLine) {
        String problem = oneLine(e.getProblem());
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        Mark problemMark = e.getProblemMark();
        String found = problemMark == null || line(yaml, problemMark).isBlank() ? ""
                : "; found " + Quote.of(line(yaml, problemMark));
        boolean valueIndicator = e instanceof ScannerException && e.getContextMark() == null
                && codePointAt(yaml, problemMark) == ':';
        String fix = valueIndicator
                ? "; a value that contains ': ' must be in quotes, like title: \"Breaking: news\""
                : "; check quoting and indentation on this line";
        return Problem.error(position(file, firstLine, problemMark),
                "YAML syntax error: " + (context.isEmpty() ? "" : context + ": ") + problem + found + fix);
    }

    /**
     * Whether the quoted scalar that opens at code point {@code opening} is closed: a single-quoted one by a quote that
     * is not doubled, a double-quoted one by a quote no backslash escapes.
     */
    private static boolean closes(String yaml, int opening) {
        int[] text = yaml.codePoints().skip(opening).toArray();
        int quote = text[0];
        for (int i = 1; i < text.length; i++) {
            if (quote == '"' && text[i] == '\\') {
                i++;
            } else if (text[i] == quote) {
                if (quote == '\'' && i + 1 < text.length && text[i + 1] == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@link #codePointAt} gives for a mark at the end of the text. */
    private static final int END = -1;

    /** The character a mark points at, {@link #END} at the end of the text, or -2 for no mark. */
    private static int codePointAt(String yaml, Mark mark) {
        if (mark == null) {
            return -2;
        }
        if (mark.getIndex() >= yaml.codePointCount(0, yaml.length())) {
            return END;
        }
        return yaml.codePointAt(yaml.offsetByCodePoints(0, mark.getIndex()));
    }

    /** The text of the YAML line a mark is on, or "" past the end. */
    private static String line(String yaml, Mark mark) {
        List<String> lines = yaml.lines().toList();
        return mark.getLine() < lines.size() ? lines.get(mark.getLine()) : "";
    }

    private static String oneLine(String text) {
        return text == null ? "unknown problem" : text.replace('\n', ' ').strip();
    }

    /** The position of a code point offset into the YAML text. */
    private static SourcePosition position(Path file, int firstLine, String yaml, int codePointOffset) {
        int line = firstLine;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < yaml.length() && offset < codePointOffset; offset++) {
            int cp = yaml.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    private static SourcePosition position(Path file, int firstLine, Mark mark) {
        if (mark == null) {
            return SourcePosition.of(file, firstLine);
        }
        return new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** One pass over the node graph; counts values so aliases cannot multiply the work. */
    private static final class Conversion {
        private final Path file;
        private final int firstLine;
        private final Problems problems;
        private int values;

        Conversion(Path file, int firstLine, Problems problems) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        SourcePosition position(Node node) {
            return YamlReader.position(file, firstLine, node.getStartMark());
        }

        YamlValue convert(Node node, int depth) {
            if (++values > MAX_VALUES) {
                throw new TooLarge("the YAML expands to more than " + MAX_VALUES
                        + " values (aliases repeated inside aliases?); write the values out instead");
            }
            if (depth > MAX_DEPTH) {
                throw new TooLarge(TOO_DEEP);
            }
            if (node instanceof ScalarNode scalar) {
                return new YamlScalar(XmlCharacters.clean(scalar.getValue()), kind(scalar.getTag()), position(node),
                        !scalar.isPlain(), explicitTag(scalar));
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YamlList(items, position(node));
            }
            MappingNode mapping = (MappingNode) node;
            List<YamlMap.Entry> entries = new ArrayList<>();
            Map<String, YamlScalar> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(Problem.error(position(tuple.getKeyNode()),
                            "a key must be a plain name; found " + convert(tuple.getKeyNode(), depth + 1).describe()
                                    + "; write the key as text"));
                    continue;
                }
                YamlScalar key = new YamlScalar(keyNode.getValue(), kind(keyNode.getTag()), position(keyNode));
                YamlScalar first = seen.putIfAbsent(key.text(), key);
                if (first != null) {
                    problems.add(Problem.error(key.position(), "duplicate key " + Quote.of(key.text()) + ", first given on line "
                            + first.position().line() + "; keep only one of them"));
                    continue;
                }
                entries.add(new YamlMap.Entry(key, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlMap(entries, position(node));
        }

        /**
         * The tag written before a scalar, if any. snakeyaml keeps no flag for it, but a node's start mark is where its
         * properties begin: a tag ({@code !!bool}) or an anchor ({@code &a}) that a tag may follow.
         */
        private static Optional<String> explicitTag(ScalarNode scalar) {
            Mark mark = scalar.getStartMark();
            if (mark == null || mark.getBuffer() == null) {
                return Optional.empty();
            }
            int[] text = mark.getBuffer();
            int i = mark.getPointer();
            if (i < text.length && text[i] == '&') {
                while (i < text.length && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') {
                    i++;
                }
                while (i < text.length && (text[i] == ' ' || text[i] == '\t')) {
                    i++;
                }
            }
            if (i >= text.length || text[i] != '!') {
                return Optional.empty();
            }
            String tag = scalar.getTag().getValue();
            return Optional.of(tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag);
        }

        private static YamlScalar.Kind kind(Tag tag) {
            if (Tag.STR.equals(tag)) {
                return YamlScalar.Kind.STRING;
            } else if (Tag.BOOL.equals(tag)) {
                return YamlScalar.Kind.BOOLEAN;
            } else if (Tag.INT.equals(tag)) {
                return YamlScalar.Kind.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                return YamlScalar.Kind.FLOAT;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                return YamlScalar.Kind.TIMESTAMP;
            } else if (Tag.NULL.equals(tag)) {
                return YamlScalar.Kind.NULL;
            }
            return YamlScalar.Kind.OTHER;
        }
    }
}
