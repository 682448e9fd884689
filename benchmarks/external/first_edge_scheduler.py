#!/usr/bin/env python3
"""The cheapest possible offline scheduler: every task on its first eligible edge. Used to measure what one call
through the external protocol costs (process start, JSON both ways, validation)."""
import json
import sys

request = json.load(sys.stdin)
eligible = request.get("eligible")
json.dump({"assignment": [row[0] for row in eligible] if eligible else [0] * request["tasks"]}, sys.stdout)
