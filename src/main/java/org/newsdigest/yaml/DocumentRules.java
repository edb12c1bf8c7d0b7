package org.newsdigest.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

/**
 * The events of one YAML text, as the composer takes them, checked against what a document of ours may hold: one
 * document, no global tag, at most {@link YamlReader#MAX_DEPTH} nested collections and
 * {@link YamlReader#MAX_ALIASES} aliases of collections. A break is a {@link Broken} of its own kind with the mark
 * where it happens. snakeyaml checks the last three too, but its nesting and alias limits throw a bare
 * {@code YAMLException} with neither a kind nor a place; the events are checked here as the composer takes each one,
 * so these rules are met first and snakeyaml's stay behind them.
 */
final class DocumentRules implements Parser {

    /** A rule the document breaks, at {@link #mark()}. */
    sealed interface Broken {
        Mark mark();
    }

    /** A second {@code ---} document after the first. */
    record SecondDocument(Mark mark) implements Broken {
    }

    /** A tag in the {@code tag:yaml.org,2002:} namespace that YAML itself does not define, such as {@code !!javax.x}. */
    record GlobalTag(String tag, Mark mark) implements Broken {
    }

    /** The collection that starts at {@code mark} holds a node deeper than {@link YamlReader#MAX_DEPTH}. */
    record TooDeep(Mark mark) implements Broken {
    }

    /** Alias number {@code number} of a collection, over {@link YamlReader#MAX_ALIASES}. */
    record TooManyAliases(String anchor, int number, Mark mark) implements Broken {
    }

    /** Carries a {@link Broken} out through the composer. */
    static final class BrokenRule extends RuntimeException {
        private final transient Broken broken;

        BrokenRule(Broken broken) {
            super(broken.toString(), null, false, false);
            this.broken = broken;
        }

        Broken broken() {
            return broken;
        }
    }

    private final Parser events;
    /** The start marks of the collections open around the next event, innermost first. */
    private final Deque<Mark> open = new ArrayDeque<>();
    /** Whether each anchor, as last defined, names a collection: only aliases of collections multiply the work. */
    private final Map<String, Boolean> anchorsOfCollections = new HashMap<>();
    private int documents;
    private int collectionAliases;

    DocumentRules(Parser events) {
        this.events = events;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = events.getEvent();
        if (event instanceof DocumentStartEvent && ++documents > 1) {
            throw new BrokenRule(new SecondDocument(event.getStartMark()));
        }
        if (event instanceof AliasEvent alias) {
            if (anchorsOfCollections.getOrDefault(alias.getAnchor(), false) && ++collectionAliases > YamlReader.MAX_ALIASES) {
                throw new BrokenRule(new TooManyAliases(alias.getAnchor(), collectionAliases, alias.getStartMark()));
            }
        } else if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
            check((NodeEvent) event);
        } else if (event instanceof CollectionEndEvent) {
            open.pop();
        }
        return event;
    }

    private void check(NodeEvent node) {
        if (open.size() > YamlReader.MAX_DEPTH) {
            throw new BrokenRule(new TooDeep(collectionAtDepth(YamlReader.MAX_DEPTH + 1)));
        }
        String tag = node instanceof ScalarEvent scalar ? scalar.getTag() : ((CollectionStartEvent) node).getTag();
        if (tag != null && !tag.equals("!") && new Tag(tag).isCustomGlobal()) {
            throw new BrokenRule(new GlobalTag(tag, node.getStartMark()));
        }
        boolean collection = node instanceof CollectionStartEvent;
        if (node.getAnchor() != null) {
            anchorsOfCollections.put(node.getAnchor(), collection);
        }
        if (collection) {
            open.push(node.getStartMark());
        }
    }

    /** The start of the open collection at {@code depth} (1 the outermost). */
    private Mark collectionAtDepth(int depth) {
        return open.stream().skip(open.size() - depth).findFirst().orElseThrow();
    }
}
