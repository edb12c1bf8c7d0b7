/**
 * The Maven plugin: goals {@code news-digest:build} (bound to {@code package}), {@code news-digest:check} and
 * {@code news-digest:serve} for a site repository whose {@code pom.xml} names this plugin. Input: the site's
 * {@code site-config.yml} and the overrides the CLI also has (base URL, strict, clean, skip); output: the same
 * build, link check or preview as the CLI's, through the same library calls, with problems written to Maven's log
 * as {@code [ERROR]}/{@code [WARNING]} lines in {@code path:line:col: message} form and the CLI's summary lines.
 */
package org.newsdigest.maven;
