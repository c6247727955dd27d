#!/usr/bin/env bash
# The second blind set's scorer: ../score-topic.sh on this folder (the one scorer of every set; usage there).
exec "$(dirname "${BASH_SOURCE[0]}")/../score-topic.sh" "$(dirname "${BASH_SOURCE[0]}")"
