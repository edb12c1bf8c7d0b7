package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site overrides one partial of the theme, the article card, and only the cards change: on the front page, topic
 * pages and provider pages, each card becomes the site's card and every other byte of every file stays as it was. The
 * README's walk-through does the same.
 */
class CardOverrideTest {

    /** The README's card: the headline and the built-in article meta line, no picture, excerpt or topics. */
    static final String COMPACT_CARD = """
            <#import "/partials/article-meta.ftlh" as meta>
            <#macro card article headingLevel=2 lead=false>
            <article class="card card-compact">
              <h${headingLevel} class="card-title" dir="auto"><a href="${article.url}">${article.title}</a></h${headingLevel}>
            <@meta.articleMeta article/>
            </article>
            </#macro>
            """;

    private static final Pattern CARD = Pattern.compile("<article class=\"card\">\n.*?\n</article>\n", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("\n *(<h\\d class=\"card-title\" dir=\"auto\">.*</h\\d>)\n");
    private static final Pattern META = Pattern.compile("\n( {4}<p class=\"meta\">\n.*?\n {4}</p>\n)", Pattern.DOTALL);

    @Test
    void overridingTheCardChangesEveryCardAndNothingElse(@TempDir Path work) throws Exception {
        PartialOverride builds = PartialOverride.of(work, "card.ftlh", COMPACT_CARD);

        Set<String> withCards = new TreeSet<>();
        for (String file : builds.before().keySet()) {
            if (CARD.matcher(builds.textBefore(file)).find()) {
                withCards.add(file);
            }
        }
        assertTrue(withCards.containsAll(Set.of("index.html", "page/2/index.html", "topics/ai/index.html",
                "providers/tech-wire/index.html")), withCards.toString());
        assertEquals(withCards, builds.changed(), "the files that changed are those with cards");
        for (String file : withCards) {
            assertEquals(withCompactCards(builds.textBefore(file)), builds.textAfter(file), file);
        }
    }

    /** The page with each built-in card replaced by what {@link #COMPACT_CARD} makes of the same article. */
    private static String withCompactCards(String page) {
        return CARD.matcher(page).replaceAll(card -> Matcher.quoteReplacement("<article class=\"card card-compact\">\n  "
                + only(TITLE, card.group()) + "\n" + only(META, card.group()) + "</article>\n"));
    }

    private static String only(Pattern pattern, String card) {
        Matcher found = pattern.matcher(card);
        assertTrue(found.find(), () -> pattern + " in " + card);
        return found.group(1);
    }
}
