# SPDX-License-Identifier: GPL-3.0-or-later
# models/: events filter/search/sort inside the model vs QSortFilterProxyModel; the matrix as-of step.
entente_add_bench(bench_models entente_models)
