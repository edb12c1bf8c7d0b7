package org.newsdigest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.config.Limits;
import org.newsdigest.diagnostic.Problem;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.load.SourceFileReader;
import org.newsdigest.schema.KeyDescription;
import org.newsdigest.testing.InlineSite;

/** The description of the header's fields is what the reader does and what the README says. */
class ArticleFieldsTest {

    /** A header with one value of every top-level field, one line each. */
    private static final String EVERY_FIELD = """
            title: "A headline"
            publishedDateTime: 2021-07-29T11:09:00Z
            updatedDateTime: 2021-07-30T08:00:00Z
            published: true
            provider: {name: TechNode, domain: technode.com}
            excerpt: "In short"
            originalUrl: "https://technode.com/original"
            webUrl: "https://technode.com/a"
            ampWebUrl: "https://technode.com/amp/a"
            cdnAmpWebUrl: "https://cdn.example/technode.com/a"
            type: "article"
            category: "news"
            quality: 3
            heat: 4
            topics: ["AI"]
            images: [{url: "https://technode.com/a.jpg", width: 640, height: 480, isCached: true}]
            related: [{title: "Elsewhere", webUrl: "https://other.example/b"}]
            slug: "a-headline"
            aliases: ["/old/a/"]
            secured: "never shown"
            """;

    @TempDir
    Path dir;

    @Test
    void theReadmeSchemaTableIsTheDescription() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = readme.indexOf("\n### The schema\n");
        assertTrue(heading >= 0, "README.md has a section 'The schema'");
        int start = readme.indexOf("\n|", heading) + 1;
        String table = readme.substring(start).lines().takeWhile(line -> line.startsWith("|"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(ArticleFields.readmeTable(), table);
    }

    @Test
    void everyTopLevelFieldIsRead() {
        assertEquals(List.of(), problems(EVERY_FIELD), "no field of the description is unknown to the reader");
        List<String> written = EVERY_FIELD.lines().map(line -> line.substring(0, line.indexOf(':'))).toList();
        assertEquals(ArticleFields.SHAPE.namesIn(""), written, "the sample header has every top-level field");
    }

    /** A required field's absence is an error that names it; an optional one's is at most a warning. */
    @Test
    void whatTheDescriptionCallsRequiredIsRequired() {
        for (KeyDescription key : ArticleFields.SHAPE.keys()) {
            if (!key.group().isEmpty()) {
                continue;
            }
            String without = EVERY_FIELD.lines().filter(line -> !line.startsWith(key.name() + ":"))
                    .collect(Collectors.joining("\n", "", "\n"));
            List<Problem> problems = problems(without);
            List<Problem> errors = problems.stream().filter(Problem::isError).toList();
            if (key.presence().required()) {
                assertEquals(1, errors.size(), key.name() + ": " + problems);
                assertTrue(errors.get(0).message().startsWith("missing required field '" + key.name() + "'"), errors.get(0).message());
            } else {
                assertEquals(List.of(), errors, key.name());
            }
        }
    }

    /** Each required text's message ends with the fix the description gives, so the README's fix and the message agree. */
    @Test
    void aRequiredFieldWithABadValueIsToldTheDescribedFix() {
        List<String> messages = new ArrayList<>();
        for (String name : List.of("title", "provider.name")) {
            String header = name.equals("title") ? EVERY_FIELD.replace("title: \"A headline\"", "title: 42")
                    : EVERY_FIELD.replace("{name: TechNode,", "{name: 42,");
            problems(header).stream().filter(Problem::isError).map(Problem::message).forEach(messages::add);
        }
        assertEquals(List.of("'title' must be a non-blank string; found an integer '42'; " + ArticleFields.fix("title"),
                "'provider.name' must be a non-blank string; found an integer '42'; " + ArticleFields.fix("provider.name")),
                messages);
    }

    private List<Problem> problems(String header) {
        InlineSite.write(dir, "-- seeds/a.txt --\n---\n" + header + "---\nBody.\n");
        Problems problems = new Problems();
        ArticleParser parser = new ArticleParser(ZoneId.of("UTC"), 1_000_000, Limits.DEFAULTS, new MarkdownRenderer());
        new SourceFileReader(1_000_000).read(dir.resolve("seeds/a.txt"), problems).map(text -> parser.parseFile(text, problems));
        return problems.list();
    }
}
