/**
 * Benchmark support, outside the build pipeline: {@link org.newsdigest.bench.CorpusGenerator} writes a
 * deterministic synthetic corpus in the exact seed format, so every tool in a benchmark builds the same content;
 * {@link org.newsdigest.bench.LibraryFloor} times the libraries a build must use on their own. It calls snakeyaml,
 * flexmark and jsoup directly, not through the packages that own them in the pipeline, because what it measures is
 * the libraries without our code around them.
 */
package org.newsdigest.bench;
