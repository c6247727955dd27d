#!/usr/bin/env bash
# Scores IMR0200 on this set (see README.md); arguments and environment as for ../score-topic.sh (IMRCITE, LINT_JSON).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec "$here/../score-topic.sh" "$here"
