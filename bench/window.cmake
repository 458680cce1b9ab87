# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_bench(bench_window entente_ui)
