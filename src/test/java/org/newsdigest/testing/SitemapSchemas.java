package org.newsdigest.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The sitemaps.org 0.9 schemas ({@code src/test/resources/sitemaps-org/}, see its README), with the JDK's validator:
 * {@code sitemap.xsd} for a {@code <urlset>}, {@code siteindex.xsd} for a {@code <sitemapindex>}.
 */
public final class SitemapSchemas {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final Schema URLSET = load("sitemap.xsd");
    private static final Schema INDEX = load("siteindex.xsd");

    private SitemapSchemas() {
    }

    /** Fails, naming the line and what is wrong, unless {@code xml} is a urlset the protocol's schema accepts. */
    public static void validateUrlset(byte[] xml) throws IOException, SAXException {
        validate(URLSET, xml);
    }

    /** Fails unless {@code xml} is a sitemap index the protocol's schema accepts. */
    public static void validateIndex(byte[] xml) throws IOException, SAXException {
        validate(INDEX, xml);
    }

    /** Validates a file of the site, with the schema its root element calls for. */
    public static void validate(Path file) throws IOException, SAXException {
        byte[] xml = Files.readAllBytes(file);
        String root = XmlFiles.parse(file).getDocumentElement().getLocalName();
        switch (root) {
            case "urlset" -> validateUrlset(xml);
            case "sitemapindex" -> validateIndex(xml);
            default -> throw new AssertionError(file + " is neither a urlset nor a sitemap index: <" + root + ">");
        }
    }

    /** The text of every {@code <loc>} under the root's children ({@code url} or {@code sitemap}), in order. */
    public static List<String> locs(Path file) throws IOException, SAXException {
        return texts(file, "loc");
    }

    /** The text of every {@code <lastmod>}, in order. */
    public static List<String> lastmods(Path file) throws IOException, SAXException {
        return texts(file, "lastmod");
    }

    private static List<String> texts(Path file, String tag) throws IOException, SAXException {
        NodeList nodes = XmlFiles.parse(file).getDocumentElement().getElementsByTagNameNS(NAMESPACE, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }

    private static void validate(Schema schema, byte[] xml) throws IOException, SAXException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema load(String name) {
        URL schema = SitemapSchemas.class.getResource("/sitemaps-org/" + name);
        if (schema == null) {
            throw new IllegalStateException("the schema " + name + " is not on the test class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the schema " + name, e);
        }
    }
}
