import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks a built site's sitemap against the sitemaps.org protocol: sitemap.xml and, when it is an index, every file
 * it lists, each valid against the official schema (src/test/resources/sitemaps-org/), at most 50,000 URLs and
 * 50,000,000 bytes a file, no URL twice. Prints one line, or the problem and exits 1.
 *
 *   java bench/CheckSitemaps.java OUTPUT-FOLDER [SCHEMA-FOLDER]
 */
public class CheckSitemaps {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Path schemas = Path.of(args.length > 1 ? args[1] : "src/test/resources/sitemaps-org");
        Schema urlset = schema(schemas.resolve("sitemap.xsd"));
        Schema index = schema(schemas.resolve("siteindex.xsd"));
        Path entry = output.resolve("sitemap.xml");
        Document root = parse(entry);
        List<Path> files = new ArrayList<>();
        if (root.getDocumentElement().getLocalName().equals("sitemapindex")) {
            validate(index, entry);
            for (String loc : texts(root, "loc")) {
                files.add(output.resolve(loc.substring(loc.lastIndexOf('/') + 1)));
            }
        } else {
            files.add(entry);
        }
        Set<String> seen = new HashSet<>();
        List<String> parts = new ArrayList<>();
        long urls = 0;
        for (Path file : files) {
            validate(urlset, file);
            List<String> locs = texts(parse(file), "loc");
            long bytes = Files.size(file);
            if (locs.size() > 50_000 || bytes > 50_000_000L) {
                fail(file + " holds " + locs.size() + " URLs in " + bytes + " bytes, past the protocol's limits");
            }
            for (String loc : locs) {
                if (!seen.add(loc)) {
                    fail(loc + " is listed twice (again in " + file.getFileName() + ")");
                }
            }
            urls += locs.size();
            parts.add(String.format(Locale.ROOT, "%s %,d URLs %.1f MB", file.getFileName(), locs.size(), bytes / 1e6));
        }
        System.out.printf(Locale.ROOT, "sitemap.xml: %s; %,d URLs, none twice; every file valid against sitemaps.org %s%n",
                files.size() == 1 && files.get(0).equals(entry) ? "one urlset (" + parts.get(0) + ")"
                        : "index of " + files.size() + " files (" + String.join(", ", parts) + ")",
                urls, files.size() == 1 && files.get(0).equals(entry) ? "sitemap.xsd" : "siteindex.xsd and sitemap.xsd");
    }

    private static Schema schema(Path file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(file.toFile());
    }

    private static void validate(Schema schema, Path file) throws IOException {
        try {
            Validator validator = schema.newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(Files.readAllBytes(file))));
        } catch (org.xml.sax.SAXException e) {
            fail(file + " is not valid: " + e.getMessage());
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, tag);
        List<String> texts = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void fail(String message) {
        System.err.println("CheckSitemaps: " + message);
        System.exit(1);
    }
}
