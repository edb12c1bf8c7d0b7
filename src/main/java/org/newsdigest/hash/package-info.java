/**
 * The one 64-bit hash the build uses to tell whether something changed since the last build: the data of a page,
 * a theme, the code and the config a cache depends on. Used by {@code cache}, {@code build} and {@code render};
 * depends on nothing of ours.
 */
package org.newsdigest.hash;
