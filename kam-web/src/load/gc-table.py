#!/usr/bin/env python3
"""The heap of a node over a load run, from its -Xlog:gc file (config/cluster/start.sh writes one per node).

    python3 kam-web/src/load/gc-table.py target/benchmarks/load-1-nodes-<time>/node1-gc.log [SECONDS]

One Markdown row per SECONDS (300 by default) of the node's uptime: the collections, the lowest heap left after any
of them (the floor of the live set, which a leak makes climb), the full collections and the heap they left.
"""
import re
import sys

PAUSE = re.compile(r'\[(\d+\.\d+)s\] GC\(\d+\) Pause (\w+).*?(\d+)M->(\d+)M\((\d+)M\)')


def main(path, bucket):
    rows = {}
    for line in open(path, encoding='utf-8'):
        match = PAUSE.search(line)
        if not match:
            continue
        uptime, kind, after = float(match.group(1)), match.group(2), int(match.group(4))
        row = rows.setdefault(int(uptime // bucket), {'pauses': 0, 'floor': None, 'full': []})
        row['pauses'] += 1
        row['floor'] = after if row['floor'] is None else min(row['floor'], after)
        if kind == 'Full':
            row['full'].append(after)
    print('| from s | to s | collections | lowest heap after a collection | full collections | heap after full collections |')
    print('|---:|---:|---:|---:|---:|---|')
    for key in sorted(rows):
        row = rows[key]
        full = f"{min(row['full'])}–{max(row['full'])} MB" if row['full'] else ''
        print(f"| {key * bucket} | {(key + 1) * bucket} | {row['pauses']} | {row['floor']} MB | {len(row['full'])} | {full} |")
    print(f"full collections in all: {sum(len(r['full']) for r in rows.values())}")


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300)
