/**
 * Step 1, configuration: reads {@code site-config.yml} (plus command-line overrides) into one validated,
 * immutable {@link org.newsdigest.config.SiteConfig}. {@link org.newsdigest.config.ConfigKeys} describes every key
 * once (kind, default, meaning, fix); {@link org.newsdigest.config.SiteConfigLoader} is the only place that validates
 * configuration, reading each key as its description says; every later step trusts the record.
 */
package org.newsdigest.config;
