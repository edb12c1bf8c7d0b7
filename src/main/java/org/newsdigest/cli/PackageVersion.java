package org.newsdigest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version in pom.xml, which Maven writes into {@code version.properties} beside this class when it builds the jar:
 * what {@code --version} prints, and the plugin version {@code init} writes into a new site's pom.xml.
 */
public final class PackageVersion implements IVersionProvider {

    /** Such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
    public static String number() {
        Properties properties = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing beside " + PackageVersion.class.getName()
                        + "; build news-digest with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"news-digest " + number()};
    }
}
