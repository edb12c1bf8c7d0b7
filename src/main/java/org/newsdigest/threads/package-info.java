/**
 * The threads of one build: {@link org.newsdigest.threads.BuildThreads}, made once per build with the config's
 * {@code threads} count and handed to every step that works in parallel (parse, model, render, link check, reading
 * the parse cache). Used by every step, so it uses none of them.
 */
package org.newsdigest.threads;
