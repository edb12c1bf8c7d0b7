/**
 * Step 1, configuration: reads {@code site-config.yml} (plus command-line overrides) into one validated,
 * immutable {@link org.newsdigest.config.SiteConfig}. {@link org.newsdigest.config.SiteConfigLoader} is the
 * only place that validates configuration; every later step trusts the record.
 */
package org.newsdigest.config;
