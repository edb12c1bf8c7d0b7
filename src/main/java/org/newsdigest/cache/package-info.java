/**
 * What one build keeps for the next, in a folder beside the output ({@code .output.cache} for {@code output}):
 * every content file's parse result keyed by a hash of its bytes ({@link org.newsdigest.cache.ParsedFiles}; a base
 * file and a delta file of the entries changed since; files named relative to the cache's folder, so a moved site
 * keeps its cache), and the fingerprint, size, modification time and links of every file of the published site
 * ({@link org.newsdigest.cache.OutputManifest}; a published file whose size or time differs is not trusted). An unpublished or invalid file's article is kept without its
 * body, excerpt and related list, which nothing reads, and with the keys that keep it out of related lists
 * ({@link org.newsdigest.cache.FileOutcome}): a build reads it without decoding the article. The base of the parse
 * cache is read on the build's threads while the content folder is walked ({@link org.newsdigest.cache.BaseReading}),
 * the manifest after it. A published article's body and related entries are kept outside the checked sections and read
 * back only for a page rendered again. The pairs of articles the story grouping found alike are kept too, each article
 * with a fingerprint of what the grouping reads ({@link org.newsdigest.cache.StoryPairsCodec}). All are stamped with what they depend on (the code, the config, the theme); a stamp that does not match, or a
 * file that cannot be read, means a full build, never a wrong one. The build reaches all of it through
 * {@link org.newsdigest.build.IncrementalState}, on disk ({@link org.newsdigest.cache.CacheFolder}) or, for
 * {@code serve}, in memory ({@link org.newsdigest.cache.MemoryCache}); {@link org.newsdigest.cache.ReusableParses} is
 * what the parse step asks for each file.
 */
package org.newsdigest.cache;
