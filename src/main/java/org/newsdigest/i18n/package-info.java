/**
 * Between the model and rendering: the words of the interface in the site's language. {@link
 * org.newsdigest.i18n.MessageBundles} picks the bundled messages for the configured {@code language} (region, then
 * language, then English), lays the site's own {@code templates/messages.properties} over them, and reports what it
 * finds wrong there; {@link org.newsdigest.i18n.Messages} formats a message with ICU4J, so plurals follow CLDR's rules
 * for the language (Ukrainian's one/few/many, Arabic's six forms). Dates and numbers are formatted with the same
 * locale ({@link org.newsdigest.i18n.ReaderLocale}).
 */
package org.newsdigest.i18n;
