/**
 * Benchmark support, outside the build pipeline: {@link org.newsdigest.bench.CorpusGenerator} writes a
 * deterministic synthetic corpus in the exact seed format, so every tool in a benchmark builds the same content.
 */
package org.newsdigest.bench;
