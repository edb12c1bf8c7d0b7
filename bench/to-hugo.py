#!/usr/bin/env python3
"""Copies a news-digest corpus into Hugo content: same front matter, plus the fields Hugo needs to build the
same pages (date, draft, a providers taxonomy). Line-based, for the generator's own output format."""
import os
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        text = f.read()
    head, _, body = text[4:].partition("\n---\n")
    date = re.search(r"^publishedDateTime: (.+)$", head, re.M).group(1)
    published = re.search(r"^published: (\w+)$", head, re.M).group(1) == "true"
    provider = re.search(r"^provider:\n  name: (.+)$", head, re.M).group(1)
    head = re.sub(r"^secured: .*$", "", head, flags=re.M)
    head = re.sub(r"^published: .*$", "", head, flags=re.M)  # Hugo reads 'published' as a date
    extra = f'date: {date}\ndraft: {"false" if published else "true"}\nproviders: ["{provider}"]\n'
    with open(os.path.join(dst, name[:-4] + ".md"), "w", encoding="utf-8") as f:
        f.write("---\n" + extra + head + "\n---\n" + body)
