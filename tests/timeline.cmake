# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_timescale entente_ui)
entente_add_test(tst_timelinerenderer entente_ui)
