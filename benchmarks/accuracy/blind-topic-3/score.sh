#!/usr/bin/env bash
# The third blind set's scorer: ../score-topic.sh on this folder, or on the folder given (batch-2, noisy/...): the one
# scorer of every set; usage there.
exec "$(dirname "${BASH_SOURCE[0]}")/../score-topic.sh" "${1:-$(dirname "${BASH_SOURCE[0]}")}"
