#!/usr/bin/env python3
"""Prints a Gatling run's per-request figures as a Markdown table for docs/performance.md.

    python3 kam-web/src/load/report-table.py kam-web/target/gatling/kamplannersimulation-<run>/index.html

Per request: count, failures, throughput (requests/s over the run), p50, p95, p99 (ms), and its p50 and p95 as
multiples of the trivial endpoint's (/health/ready) and of the anonymous login page's, from the same run.
"""
import html
import re
import sys

ROW = re.compile(r'<tr id="(req_[^"]+)"[^>]*>.*?class="ellipsed-name">([^<]+)</span>(.*?)</tr>', re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')


def rows(path):
    text = open(path, encoding="utf-8").read()
    for match in ROW.finditer(text):
        cells = {int(k): v for k, v in CELL.findall(match.group(3))}
        yield html.unescape(match.group(2)), cells


def main(path):
    table = list(rows(path))
    by_name = {name: cells for name, cells in table}
    health = by_name.get("reference: /health/ready")
    login = by_name.get("reference: login page")
    print("| request | count | KO | req/s | p50 | p95 | p99 | p50, p95 ÷ health | p50, p95 ÷ login page |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, c in table:
        def ratio(ref):
            if not ref:
                return "–"
            return "%.1f, %.1f" % (float(c[8]) / max(1.0, float(ref[8])), float(c[10]) / max(1.0, float(ref[10])))
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (name, c[2], c[4], c[6], c[8], c[10], c[11],
                                                             ratio(health), ratio(login)))


if __name__ == "__main__":
    main(sys.argv[1])
