package org.newsdigest.build;

import java.nio.file.Path;

/** Run in a JVM of its own by tests: holds a site's lock, as a long build would, until its input closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (SiteLock lock = SiteLock.take(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the test closes the input or kills this JVM
            }
        }
    }
}
