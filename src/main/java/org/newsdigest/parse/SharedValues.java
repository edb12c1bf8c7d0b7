package org.newsdigest.parse;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.model.Provider;
import org.newsdigest.model.Topic;

/**
 * The web addresses, topics and providers of one build's articles, each made once and shared by every article that
 * writes it alike. Articles repeat them a lot: an article's {@code webUrl} is usually its {@code originalUrl}, related
 * entries name other articles' addresses, and a site has far fewer providers and topics than articles. The benchmark's
 * 100,000-article corpus writes about 700,000 addresses, 300,000 of them distinct, and a parsed {@link URI} takes
 * about 460 bytes of heap: shared, the parse results the build holds until the parse cache is written are about
 * 190 MB smaller, and each repeated address is parsed once.
 *
 * <p>Used by every parse thread at once. It holds what it made until the parser is let go, so a parser, and this
 * with it, is made for each build.
 */
final class SharedValues {

    private final Map<String, Optional<URI>> addresses = new ConcurrentHashMap<>();
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<ProviderNames, Provider> providers = new ConcurrentHashMap<>();

    private record ProviderNames(String name, String domain) {
    }

    /** {@link WebAddresses#parse} of {@code text}, the same object for the same text. */
    Optional<URI> address(String text) {
        Optional<URI> known = addresses.get(text);
        if (known != null) {
            return known;
        }
        Optional<URI> parsed = WebAddresses.parse(text);
        // kept under the address's own text when it is the text given, so that the key costs nothing more
        return keptFirst(addresses, parsed.map(URI::toString).filter(text::equals).orElse(text), parsed);
    }

    /** {@link Topic#named}, the same object for the same name. */
    Topic topic(String name) {
        Topic known = topics.get(name);
        return known != null ? known : keptFirst(topics, name, Topic.named(name));
    }

    /** {@link Provider#named}, the same object for the same name and domain. */
    Provider provider(String name, String domain) {
        ProviderNames names = new ProviderNames(name, domain);
        Provider known = providers.get(names);
        return known != null ? known : keptFirst(providers, names, Provider.named(name, domain));
    }

    /** {@code made}, unless another thread kept an equal value first: then that one. */
    private static <K, V> V keptFirst(Map<K, V> values, K key, V made) {
        V first = values.putIfAbsent(key, made);
        return first != null ? first : made;
    }
}
