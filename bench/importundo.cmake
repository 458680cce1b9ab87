# SPDX-License-Identifier: GPL-3.0-or-later
# Undo and redo of a 10^6-event import through Document (models/), against re-opening the dossier.
entente_add_bench(bench_importundo entente_models)
