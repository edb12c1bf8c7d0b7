// The site is this repository's own: its config, seeds/ and templates/, copied in so that the plugin builds exactly
// what the CLI built into the repository's output/ during mvn package.
import java.nio.file.*

Path repository = basedir.toPath().resolve('../../..').normalize()
Path site = basedir.toPath()
Files.copy(repository.resolve('site-config.yml'), site.resolve('site-config.yml'), StandardCopyOption.REPLACE_EXISTING)
for (String folder : ['seeds', 'templates']) {
    Path from = repository.resolve(folder)
    Files.walk(from).withCloseable { paths ->
        paths.forEach { path ->
            Path to = site.resolve(folder).resolve(from.relativize(path).toString())
            if (Files.isDirectory(path)) {
                Files.createDirectories(to)
            } else {
                Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
return true
