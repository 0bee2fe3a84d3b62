#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a JSON object {source: translation}.

Usage: tools/fill_translations.py translations/guichet_en.ts new-strings.json
Sources are matched exactly (as written in the C++ code); numerus messages take a list.
"""
import html
import json
import re
import sys


def main(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        wanted = json.load(f)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(r'<source>([^<]*)</source>\n(\s*)<translation type="unfinished">(.*?)</translation>', re.S)

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")

    def fill(m):
        source = html.unescape(m.group(1))
        if source not in wanted:
            return m.group(0)
        value = wanted[source]
        if isinstance(value, list):
            forms = "".join(f"\n{m.group(2)}    <numerusform>{esc(v)}</numerusform>" for v in value)
            body = f"{forms}\n{m.group(2)}"
        else:
            body = esc(value)
        return f"<source>{m.group(1)}</source>\n{m.group(2)}<translation>{body}</translation>"

    text = pattern.sub(fill, text)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text)
    left = len(re.findall(r'type="unfinished"', text))
    print(f"{ts_path}: {left} unfinished message(s) left")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
