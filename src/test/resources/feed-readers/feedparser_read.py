# Reads each feed named on the command line with feedparser, as a feed reader would, and prints one JSON object
# per feed: what feedparser made of the feed's and each entry's fields. Run by FeedParser (src/test/java).
import json
import sys

import feedparser


def detail(value):
    return None if value is None else {"value": value.get("value"), "type": value.get("type")}


def entry(item):
    return {
        "title": item.get("title"),
        "title_detail": detail(item.get("title_detail")),
        "id": item.get("id"),
        "link": item.get("link"),
        "summary": item.get("summary"),
        "summary_detail": detail(item.get("summary_detail")),
        "author": item.get("author"),
        "tags": [{"term": tag.get("term"), "label": tag.get("label")} for tag in item.get("tags", [])],
        "enclosures": [{"href": e.get("href"), "type": e.get("type"), "length": e.get("length")}
                       for e in item.get("enclosures", [])],
    }


def read(path):
    parsed = feedparser.parse(path)
    feed = parsed.feed
    return {
        "path": path,
        "version": parsed.get("version"),
        "bozo": bool(parsed.get("bozo")),
        "bozo_exception": str(parsed.get("bozo_exception")) if parsed.get("bozo") else None,
        "title": feed.get("title"),
        "title_detail": detail(feed.get("title_detail")),
        "subtitle": feed.get("subtitle"),
        "subtitle_detail": detail(feed.get("subtitle_detail")),
        "author": feed.get("author"),
        "entries": [entry(item) for item in parsed.entries],
    }


print(json.dumps({"feedparser": feedparser.__version__, "feeds": [read(path) for path in sys.argv[1:]]},
                 ensure_ascii=False, indent=1))
