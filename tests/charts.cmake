# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_chartseries entente_models)
entente_add_test(tst_charts entente_ui)
entente_add_test(tst_imageexporter entente_ui)
entente_add_test(tst_briefingexporter entente_ui)
entente_add_test(tst_headlessexport entente_ui)
entente_add_test(tst_exportimagedialog entente_ui)
