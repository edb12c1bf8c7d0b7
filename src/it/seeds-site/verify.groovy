// The plugin built this repository's site into output/; it must be the CLI's output/ of the same mvn run, byte for byte.
import java.nio.file.*

List<String> log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] 5 files read: 1 published, 4 unpublished, 0 invalid')
assert log.contains('[INFO] published to output')
// no problem line: the seeds are all valid
assert !log.any { it =~ /^\[(WARNING|ERROR)\] [^ ]+:[0-9]+/ }

Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>()
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.forEach { files.put(root.relativize(it).toString(), Files.readAllBytes(it)) }
    }
    return files
}
Map<String, byte[]> byCli = tree(basedir.toPath().resolve('../../../output').normalize())
Map<String, byte[]> byPlugin = tree(basedir.toPath().resolve('output'))
assert byPlugin.containsKey('index.html')
assert byPlugin.keySet() == byCli.keySet()
byCli.each { name, bytes -> assert Arrays.equals(bytes, byPlugin[name]): 'output/' + name + ' differs from the CLI build' }
return true
