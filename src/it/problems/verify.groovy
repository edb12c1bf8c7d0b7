// Runs after the five invocations in invoker.properties; build.log holds the output of all five, in order.
import java.nio.file.*

List<String> log = new File(basedir, 'build.log').readLines('UTF-8')

def expectLine = { String line ->
    assert log.contains(line): "build.log has no line\n" + line
}
def expectCount = { String line, int count ->
    assert log.count(line) == count: "build.log has " + log.count(line) + " times, not " + count + ", the line\n" + line
}

// 2. the invalid article: a [WARNING] with its path:line:col, in every build that ran (1, 2, 3; 4 skipped)
expectCount("[WARNING] articles/bad.md:8:10: 'quality' must be a whole number; found 'very high'; the value is ignored. "
        + "To fix: write a number such as 42", 3)
expectCount('[INFO] 2 files read: 2 published, 0 unpublished, 0 invalid', 3)
expectLine('[INFO] published to reference')
expectLine('[INFO] published to output')
// 3. strict fails it, and says so in Maven's failure message
assert log.any { it.contains('news-digest: build failed (strict mode: every problem fails the build); '
        + 'nothing was published and output was left as it was') }
// 4. skip
expectLine('[INFO] news-digest: build skipped (news-digest.skip)')
// 5. the broken link, as the CLI numbers it
expectLine('[ERROR] 1 broken link:')
assert log.any { it.startsWith('[ERROR]   1. articles/good/index.html:')
        && it.endsWith(' → https://digest.example.com/missing/: no such file in the site (looked for missing/index.html)') }
assert log.count { it.contains('news-digest: build failed; nothing was published and output was left as it was') } >= 1

// The two failed builds left output/ as build 2 published it: byte for byte the reference/ of build 1.
Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>()
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.forEach { files.put(root.relativize(it).toString(), Files.readAllBytes(it)) }
    }
    return files
}
Map<String, byte[]> reference = tree(basedir.toPath().resolve('reference'))
Map<String, byte[]> output = tree(basedir.toPath().resolve('output'))
assert !reference.isEmpty()
assert output.keySet() == reference.keySet()
reference.each { name, bytes -> assert Arrays.equals(bytes, output[name]): 'output/' + name + ' differs from reference/' + name }
return true
