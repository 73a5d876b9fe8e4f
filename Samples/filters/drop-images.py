#!/usr/bin/env python3
"""Octavo filter: replace every image by its alt text and drop figures.

Reads the document's model JSON (docs/model-json.md) on stdin, writes the changed
document on stdout. The target format's name is the first argument (unused here).
Usage: octavo convert --filter Samples/filters/drop-images.py notes.md -t text
"""
import json
import sys


def inlines(items):
    out = []
    for item in items:
        if item.get("type") == "image":
            out.extend(inlines(item.get("alt", [])))
        else:
            out.append(walk(item))
    return out


def blocks(items):
    return [walk(item) for item in items if item.get("type") != "figure"]


def walk(node):
    """Rewrites the children of a block or inline node, whatever field holds them."""
    if isinstance(node, dict):
        changed = {}
        for key, value in node.items():
            if key in ("content", "alt", "caption") and isinstance(value, list):
                changed[key] = inlines(value)
            elif key == "blocks" and isinstance(value, list):
                changed[key] = blocks(value)
            elif key == "lines" and isinstance(value, list):
                changed[key] = [inlines(line) for line in value]
            else:
                changed[key] = walk(value)
        return changed
    if isinstance(node, list):
        return [walk(item) for item in node]
    return node


def main():
    envelope = json.load(sys.stdin)
    document = envelope["document"]
    document["blocks"] = blocks(document.get("blocks", []))
    document.pop("resources", None)
    json.dump(envelope, sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
