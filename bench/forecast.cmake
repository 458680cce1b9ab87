# SPDX-License-Identifier: GPL-3.0-or-later
# The outcome forecast: the expected-utility model (50 parties, 100 rounds) and the forecast over 1,000 as-of
# steps (weighted median + PCE), each beside a naive implementation of the same formulas.
entente_add_bench(bench_forecast entente_models)
