#!/usr/bin/env bash
# The same contract as bench/adapter, engine "searchportal-full": the product's whole pipeline as the CLI and the site
# run it (CorpusIndexer: cleaning, paragraphs, metadata, SmartCn + bigrams, quotations; DocumentSearch: query
# understanding, facet counts over every facet, paragraph passages).
SP_BENCH_PREFIX=full- exec "$(cd "$(dirname "$0")/../adapter" && pwd)/run.sh" "$@"
