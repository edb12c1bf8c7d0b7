// Reads each RSS or Atom feed named on the command line with rss-parser and its default options, as a Node.js feed
// reader would, and prints one JSON object per feed. Run by RssParser (src/test/java) with the folder that holds
// node_modules as the first argument.
const path = require('path');
const fs = require('fs');
const Parser = require(path.join(process.argv[2], 'rss-parser'));

async function main() {
  const parser = new Parser();
  const feeds = [];
  for (const file of process.argv.slice(3)) {
    const feed = await parser.parseString(fs.readFileSync(file, 'utf8'));
    feeds.push({
      path: file,
      title: feed.title,
      description: feed.description,
      items: feed.items.map(item => ({
        title: item.title,
        guid: item.guid,
        id: item.id,
        link: item.link,
        creator: item.creator,
        author: item.author,
        content: item.content,
        contentSnippet: item.contentSnippet,
        summary: item.summary,
        categories: item.categories,
        enclosure: item.enclosure || null,
      })),
    });
  }
  process.stdout.write(JSON.stringify({ feeds }, null, 1));
}

main().catch(error => {
  console.error(error && error.stack || String(error));
  process.exit(1);
});
