# SPDX-License-Identifier: GPL-3.0-or-later
# Search Everything at 10^6 events: the word index against a per-field scan of every event.
entente_add_bench(bench_search entente_models)
