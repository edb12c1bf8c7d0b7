/**
 * Data shapes described once: the config's keys and the article header's fields are each a {@link org.newsdigest.schema.Shape}
 * of {@link org.newsdigest.schema.KeyDescription}s, from which validation's "did you mean", {@code init}'s commented config and
 * the README's tables are made or checked.
 */
package org.newsdigest.schema;
